package vn.dangvu.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.member.internal.RemovalProposalStore;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.OrgScope;

/**
 * Proposals of removal from the list (xóa tên, REGULATIONS §3.9; Charter Art. 8) raised by the rules of other modules —
 * party fees unpaid for 3 months in a year ({@link RemovalGround#INACTIVE_OR_UNPAID_FEES}), standing failed two years
 * running ({@link RemovalGround#FAILED_STANDING_TWO_YEARS}). A proposal is idempotent per member and source key; open
 * proposals show on the deadlines view ({@link DeadlineKind#REMOVAL_PROPOSED}). Writes are audited here.
 */
@Service
@Transactional
public class RemovalProposals {

    private final RemovalProposalStore store;
    private final MembershipAges ages;
    private final AuditTrail audit;
    private final Clock clock;

    RemovalProposals(RemovalProposalStore store, MembershipAges ages, AuditTrail audit, Clock clock) {
        this.store = store;
        this.ages = ages;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Proposes the removal of a member of the scope; when a proposal with the same source key exists (in any state) it
     * is returned unchanged.
     *
     * @param sourceKey what raised it, e.g. {@code fees:2026} or {@code evaluation:2025}
     * @param proposedBy the user who raised it
     * @throws vn.dangvu.shared.DomainException {@code member.not-found} outside the scope
     */
    public Proposed propose(
            UUID memberId, RemovalGround ground, String reason, String sourceKey, String proposedBy, OrgScope scope) {
        ages.requireVisible(memberId, scope);
        var existing = store.find(memberId, sourceKey);
        if (existing.isPresent()) {
            return new Proposed(existing.get(), false);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        long id = store.insert(memberId, ground, reason, sourceKey, today, proposedBy);
        audit.record(
                "member.removal.propose",
                "member",
                memberId,
                Map.of("proposalId", id, "ground", ground.name(), "source", sourceKey));
        return new Proposed(store.get(id), true);
    }

    /** The open proposals of the members of the scope, oldest first. */
    @Transactional(readOnly = true)
    public List<RemovalProposal> open(OrgScope scope) {
        return store.open(scope);
    }

    /** The proposals (any state) raised with a source key, for the members of the scope. */
    @Transactional(readOnly = true)
    public List<RemovalProposal> bySource(String sourceKey, OrgScope scope) {
        return store.bySource(sourceKey, scope);
    }

    /**
     * The outcome of {@link #propose}.
     *
     * @param proposal the proposal, new or existing
     * @param created whether this call created it
     */
    public record Proposed(RemovalProposal proposal, boolean created) {}
}
