package vn.dangvu.member;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A row of a member list.
 *
 * @param id member id
 * @param fullName full name
 * @param sex {@code M} or {@code F}
 * @param birthDate date of birth
 * @param status membership status
 * @param cellId the member's cell
 * @param cellName its name
 * @param cardNumber party card number
 */
public record MemberSummary(
        UUID id,
        String fullName,
        String sex,
        LocalDate birthDate,
        MemberStatus status,
        long cellId,
        String cellName,
        @Nullable String cardNumber) {}
