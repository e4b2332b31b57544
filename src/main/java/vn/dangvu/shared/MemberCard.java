package vn.dangvu.shared;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The member summary of the electronic handbook (QĐ 339-QĐ/TW, REGULATIONS §2.4): name, birth date, sex, admission
 * and official dates, card number, cell, citizen ID (masked) and phone.
 *
 * @param id member id
 * @param fullName full name in use
 * @param sex {@code M} or {@code F}
 * @param birthDate date of birth
 * @param status membership status code
 * @param admittedOn date of the admission decision
 * @param officialOn date of official membership
 * @param cardNumber party card number
 * @param citizenIdMasked citizen ID with all but the last 4 digits masked
 * @param phone phone number
 * @param cellId the member's cell
 * @param cellName its name
 */
public record MemberCard(
        UUID id,
        String fullName,
        String sex,
        LocalDate birthDate,
        String status,
        @Nullable LocalDate admittedOn,
        @Nullable LocalDate officialOn,
        @Nullable String cardNumber,
        @Nullable String citizenIdMasked,
        @Nullable String phone,
        long cellId,
        String cellName) {}
