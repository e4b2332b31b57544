package vn.dangvu.badge;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.badge.internal.BadgeAwards;
import vn.dangvu.member.AgedMember;
import vn.dangvu.member.MembershipAges;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;

/**
 * Proposes badges and records their award. The cell secretary proposes for the cell; the organisation staff (and the
 * city's organisation board) propose and record awards in their subtree. Each call is one audited transaction; a
 * refusal names its rule and changes nothing.
 */
@Service
@Transactional
public class BadgeManagement {

    /** Who may propose. */
    public static final Role[] PROPOSERS = {Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION};
    /** Who may record an award. */
    public static final Role[] AWARDERS = {Role.ORG_STAFF, Role.CITY_ORGANISATION};

    private final MembershipAges ages;
    private final BadgeAwards awards;
    private final AuditTrail audit;
    private final Clock clock;

    BadgeManagement(MembershipAges ages, BadgeAwards awards, AuditTrail audit, Clock clock) {
        this.ages = ages;
        this.awards = awards;
        this.audit = audit;
        this.clock = clock;
    }

    /** Proposes a badge ({@code PROPOSED}) or records its award ({@code AWARDED}, over a proposal if there is one). */
    public BadgeAward submit(SubmitBadge command, Actor actor) {
        boolean award = command.state() == BadgeState.AWARDED;
        OrgScope scope = actor.scopeFor(award ? AWARDERS : PROPOSERS);
        if (scope.isEmpty()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "badge.award.forbidden");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        AgedMember member = ages.of(command.memberId(), command.occasion(), scope);
        BadgeAward result;
        try {
            result = awards.submit(command, member, actor.username(), today, now);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("badge.proposal.exists", command.milestone());
        }
        audit.record(
                award ? "badge.award" : "badge.propose",
                "member",
                command.memberId(),
                Map.of(
                        "awardId", result.id(),
                        "milestone", command.milestone(),
                        "occasion", command.occasion().toString(),
                        "kind", command.kind().name()));
        return result;
    }
}
