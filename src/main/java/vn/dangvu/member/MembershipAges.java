package vn.dangvu.member;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.member.internal.MembershipAgeQueries;
import vn.dangvu.shared.OrgScope;

/**
 * Read API of membership ages (tuổi đảng, REGULATIONS §4.2) for the member's own pages and for other modules (the
 * badges). Reads are scoped in SQL; auditing is the caller's, who knows the purpose. A refusal (a record without an
 * admission decision has no membership age) does not doom the caller's transaction: the fee book asks within a
 * lifecycle step and treats the refusal as "no exemption by age".
 */
@Service
@Transactional(readOnly = true, noRollbackFor = vn.dangvu.shared.DomainException.class)
public class MembershipAges {

    private final MembershipAgeQueries queries;

    MembershipAges(MembershipAgeQueries queries) {
        this.queries = queries;
    }

    /**
     * One member's age on a day.
     *
     * @throws vn.dangvu.shared.DomainException {@code member.not-found} outside the scope, {@code
     *     member.age.not-admitted} for a record without an admission decision
     */
    public AgedMember of(UUID memberId, LocalDate asOf, OrgScope scope) {
        return queries.find(memberId, scope, asOf);
    }

    /** Fails with {@code member.not-found} (404) unless the member lies in the scope. */
    public void requireVisible(UUID memberId, OrgScope scope) {
        queries.requireVisible(memberId, scope);
    }

    /**
     * The official members (living, or deceased since {@link AgeWindows#diedSince()}) of the scope, optionally of a
     * subtree of it, that the windows select, with their ages on {@code asOf}.
     */
    public List<AgedMember> within(AgeWindows windows, OrgScope scope, @Nullable String subtreePath, LocalDate asOf) {
        return queries.within(windows, scope, subtreePath, asOf);
    }
}
