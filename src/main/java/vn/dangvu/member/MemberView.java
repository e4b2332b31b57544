package vn.dangvu.member;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A member's record as staff in scope (or the member) read it: the items of the member form (REGULATIONS §2.2–§2.4),
 * with the citizen ID masked but for its last four digits.
 *
 * @param id member id
 * @param fullName full name in use
 * @param birthName full name at birth
 * @param aliases aliases
 * @param sex {@code M} or {@code F}
 * @param birthDate date of birth
 * @param birthPlace place of birth
 * @param homeTown home town (quê quán)
 * @param permanentAddress permanent residence
 * @param temporaryAddress temporary residence
 * @param ethnicity ethnic group
 * @param religion religion
 * @param occupation occupation
 * @param generalEducation general education, e.g. {@code 12/12}
 * @param professionalLevel professional qualification
 * @param academicTitle academic title
 * @param theoryLevel political theory level
 * @param status membership status
 * @param admittedOn date of the admission decision
 * @param admissionDecisionNumber number of the admission decision
 * @param admissionDecisionBody the committee that decided the admission
 * @param ceremonyDate date of the admission ceremony
 * @param ceremonyPlace place of the admission ceremony
 * @param officialOn date of official membership
 * @param officialPlace place of official recognition
 * @param cardNumber party card number
 * @param historyNumber personal-history number (số lý lịch)
 * @param citizenIdMasked citizen ID, all but the last four digits masked
 * @param phone phone number
 * @param email e-mail address
 * @param partyPosts party posts held
 * @param workplace workplace and position
 * @param hasPhoto whether a photo is stored
 * @param cellId the member's cell
 * @param cellName its name
 * @param version optimistic-lock version
 */
public record MemberView(
        UUID id,
        String fullName,
        @Nullable String birthName,
        @Nullable String aliases,
        String sex,
        LocalDate birthDate,
        @Nullable String birthPlace,
        @Nullable String homeTown,
        @Nullable String permanentAddress,
        @Nullable String temporaryAddress,
        Ethnicity ethnicity,
        @Nullable Religion religion,
        @Nullable String occupation,
        @Nullable String generalEducation,
        @Nullable ProfessionalLevel professionalLevel,
        @Nullable AcademicTitle academicTitle,
        @Nullable TheoryLevel theoryLevel,
        MemberStatus status,
        @Nullable LocalDate admittedOn,
        @Nullable String admissionDecisionNumber,
        @Nullable String admissionDecisionBody,
        @Nullable LocalDate ceremonyDate,
        @Nullable String ceremonyPlace,
        @Nullable LocalDate officialOn,
        @Nullable String officialPlace,
        @Nullable String cardNumber,
        @Nullable String historyNumber,
        @Nullable String citizenIdMasked,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String partyPosts,
        @Nullable String workplace,
        boolean hasPhoto,
        long cellId,
        String cellName,
        long version) {}
