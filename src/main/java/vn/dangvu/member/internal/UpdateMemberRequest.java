package vn.dangvu.member.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.dangvu.member.AcademicTitle;
import vn.dangvu.member.Ethnicity;
import vn.dangvu.member.ProfessionalLevel;
import vn.dangvu.member.Religion;
import vn.dangvu.member.TheoryLevel;
import vn.dangvu.member.UpdateMember;

/**
 * Body of {@code PUT /api/v1/members/{id}}: every editable item of the record (formats from
 * {@link MemberRecordPolicy}) and the version the editor loaded. A missing citizen ID keeps the stored one.
 */
record UpdateMemberRequest(
        @NotBlank(message = "{member.fullName.required}") @Size(max = 200, message = "{member.fullName.size}")
        String fullName,

        @Size(max = 200, message = "{member.birthName.size}") @Nullable
        String birthName,

        @Size(max = 200, message = "{member.aliases.size}") @Nullable
        String aliases,

        @NotNull(message = "{member.sex.required}") @Pattern(regexp = "[MF]", message = "{member.sex.pattern}")
        String sex,

        @NotNull(message = "{member.birthDate.required}") LocalDate birthDate,

        @Size(max = 300, message = "{member.birthPlace.size}") @Nullable
        String birthPlace,

        @Size(max = 300, message = "{member.homeTown.size}") @Nullable
        String homeTown,

        @Size(max = 300, message = "{member.permanentAddress.size}") @Nullable
        String permanentAddress,

        @Size(max = 300, message = "{member.temporaryAddress.size}") @Nullable
        String temporaryAddress,

        @NotNull(message = "{member.ethnicity.required}") Ethnicity ethnicity,
        @Nullable Religion religion,

        @Size(max = 200, message = "{member.occupation.size}") @Nullable
        String occupation,

        @Pattern(regexp = MemberRecordPolicy.GENERAL_EDUCATION, message = "{member.generalEducation.pattern}") @Nullable
        String generalEducation,

        @Nullable ProfessionalLevel professionalLevel,
        @Nullable AcademicTitle academicTitle,
        @Nullable TheoryLevel theoryLevel,

        @Pattern(regexp = MemberRecordPolicy.CARD_NUMBER, message = "{member.cardNumber.pattern}") @Nullable
        String cardNumber,

        @Pattern(regexp = MemberRecordPolicy.HISTORY_NUMBER, message = "{member.historyNumber.pattern}") @Nullable
        String historyNumber,

        @Pattern(regexp = MemberRecordPolicy.CITIZEN_ID, message = "{member.citizenId.pattern}") @Nullable
        String citizenId,

        @Pattern(regexp = MemberRecordPolicy.PHONE, message = "{member.phone.pattern}") @Nullable
        String phone,

        @Email(message = "{member.email.format}") @Size(max = 254, message = "{member.email.size}") @Nullable
        String email,

        @Nullable LocalDate admittedOn,

        @Size(max = 40, message = "{member.admissionDecisionNumber.size}") @Nullable
        String admissionDecisionNumber,

        @Size(max = 200, message = "{member.admissionDecisionBody.size}") @Nullable
        String admissionDecisionBody,

        @Nullable LocalDate ceremonyDate,

        @Size(max = 300, message = "{member.ceremonyPlace.size}") @Nullable
        String ceremonyPlace,

        @Nullable LocalDate officialOn,

        @Size(max = 300, message = "{member.officialPlace.size}") @Nullable
        String officialPlace,

        @Size(max = 300, message = "{member.partyPosts.size}") @Nullable
        String partyPosts,

        @Size(max = 300, message = "{member.workplace.size}") @Nullable
        String workplace,

        long version) {

    UpdateMember toCommand() {
        return new UpdateMember(
                fullName,
                birthName,
                aliases,
                sex,
                birthDate,
                birthPlace,
                homeTown,
                permanentAddress,
                temporaryAddress,
                ethnicity,
                religion,
                occupation,
                generalEducation,
                professionalLevel,
                academicTitle,
                theoryLevel,
                cardNumber,
                historyNumber,
                citizenId,
                phone,
                email,
                admittedOn,
                admissionDecisionNumber,
                admissionDecisionBody,
                ceremonyDate,
                ceremonyPlace,
                officialOn,
                officialPlace,
                partyPosts,
                workplace);
    }
}
