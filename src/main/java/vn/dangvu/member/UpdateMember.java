package vn.dangvu.member;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The editable items of a member's record (REGULATIONS §2.2–§2.4). The cell and the status are not edited here: they
 * change through transfer and the lifecycle. A {@code null} citizen ID keeps the stored one, because reads only ever
 * show it masked.
 */
public record UpdateMember(
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
        @Nullable String cardNumber,
        @Nullable String historyNumber,
        @Nullable String citizenId,
        @Nullable String phone,
        @Nullable String email,
        @Nullable LocalDate admittedOn,
        @Nullable String admissionDecisionNumber,
        @Nullable String admissionDecisionBody,
        @Nullable LocalDate ceremonyDate,
        @Nullable String ceremonyPlace,
        @Nullable LocalDate officialOn,
        @Nullable String officialPlace,
        @Nullable String partyPosts,
        @Nullable String workplace) {}
