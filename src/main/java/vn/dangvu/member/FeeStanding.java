package vn.dangvu.member;

import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import vn.dangvu.shared.OrgScope;

/**
 * Port: the month up to which a member has paid party fees, for the transfer letter ("đã đóng đảng phí đến hết tháng",
 * REGULATIONS §6). Declared here and implemented by the module that keeps the fees ({@code duty}, which depends on
 * this one), so that the member module never depends on it.
 */
public interface FeeStanding {

    /**
     * The last month from the member's first fee month up to which every month is paid or exempt, or empty when the
     * member has no fee record or the first month is unpaid.
     *
     * @param memberId the member
     * @param scope the caller's scope (the member was found in it before)
     */
    Optional<YearMonth> paidUpTo(UUID memberId, OrgScope scope);
}
