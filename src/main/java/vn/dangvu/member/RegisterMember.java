package vn.dangvu.member;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A new person on the registry: a candidate for admission, or a member arriving by official transfer from an
 * organisation outside the registry.
 *
 * @param entry how the person enters the registry
 * @param orgUnitId the cell
 * @param fullName full name in use
 * @param sex {@code M} or {@code F}
 * @param birthDate date of birth
 * @param ethnicity ethnic group
 * @param citizenId 12-digit citizen ID
 * @param phone phone number
 * @param effectiveDate the day of entry (the cell's decision to consider the candidate, or the arrival)
 * @param statusOnArrival an arriving member's status: probationary or official
 * @param admittedOn an arriving member's admission decision date
 * @param ceremonyDate an arriving member's ceremony date
 * @param officialOn an arriving member's official date
 * @param cardNumber an arriving member's party card number
 * @param origin the sending organisation of an arriving member
 * @param note remark
 */
public record RegisterMember(
        Entry entry,
        long orgUnitId,
        String fullName,
        String sex,
        LocalDate birthDate,
        Ethnicity ethnicity,
        @Nullable String citizenId,
        @Nullable String phone,
        LocalDate effectiveDate,
        @Nullable MemberStatus statusOnArrival,
        @Nullable LocalDate admittedOn,
        @Nullable LocalDate ceremonyDate,
        @Nullable LocalDate officialOn,
        @Nullable String cardNumber,
        @Nullable String origin,
        @Nullable String note) {

    /** How a person enters the registry. */
    public enum Entry {
        /** Quần chúng ưu tú put on the cell's list of sources for admission. */
        CANDIDATE,
        /** A member arriving by official transfer from outside the registry. */
        TRANSFER_ARRIVAL
    }
}
