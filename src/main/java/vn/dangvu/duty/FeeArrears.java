package vn.dangvu.duty;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Members of a unit's subtree with months of a year that ended unpaid, and whether they meet the rule "3 months
 * unpaid in a year without good reason" (QĐ 01-QĐ/TW 2026; Charter Art. 8).
 *
 * @param orgUnitId the unit
 * @param year the year
 * @param rule the regulation applied
 * @param members the page of members with at least one unpaid month, most months first (then by name)
 * @param total members with at least one unpaid month, on all pages
 * @param meetingRule of them, those whose months reach the removal threshold
 * @param page the zero-based page
 * @param size the page size
 */
public record FeeArrears(
        long orgUnitId, int year, String rule, List<Member> members, int total, int meetingRule, int page, int size) {

    public FeeArrears {
        members = List.copyOf(members);
    }

    /**
     * One member in arrears.
     *
     * @param memberId the member
     * @param fullName the name
     * @param orgUnitId the member's cell
     * @param unpaidMonths the months ended with nothing paid
     * @param owed the amount due for them
     * @param meetsRemovalRule whether the months reach the removal threshold
     * @param proposalId the removal proposal raised for the year, if any
     * @param proposalState its state
     */
    public record Member(
            UUID memberId,
            String fullName,
            long orgUnitId,
            List<YearMonth> unpaidMonths,
            long owed,
            boolean meetsRemovalRule,
            @Nullable Long proposalId,
            @Nullable String proposalState) {

        public Member {
            unpaidMonths = List.copyOf(unpaidMonths);
        }
    }
}
