package vn.dangvu.member;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A member's record as staff in scope (or the member) read it.
 *
 * @param id member id
 * @param fullName full name in use
 * @param sex {@code M} or {@code F}
 * @param birthDate date of birth
 * @param ethnicity ethnic group
 * @param status membership status
 * @param admittedOn date of the admission decision
 * @param officialOn date of official membership
 * @param cardNumber party card number
 * @param citizenIdMasked citizen ID, all but the last four digits masked
 * @param phone phone number
 * @param cellId the member's cell
 * @param cellName its name
 * @param version optimistic-lock version
 */
public record MemberView(
        UUID id,
        String fullName,
        String sex,
        LocalDate birthDate,
        Ethnicity ethnicity,
        MemberStatus status,
        @Nullable LocalDate admittedOn,
        @Nullable LocalDate officialOn,
        @Nullable String cardNumber,
        @Nullable String citizenIdMasked,
        @Nullable String phone,
        long cellId,
        String cellName,
        long version) {}
