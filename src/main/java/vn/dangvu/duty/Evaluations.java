package vn.dangvu.duty;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.duty.internal.evaluation.EvaluationReads;
import vn.dangvu.duty.internal.evaluation.OrganisationEvaluations;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;

/**
 * Reads of the annual evaluation, scoped in SQL: cycles, a cell's board with the quota counters, the board of a cycle
 * of organisations, the member's own
 * history, quality statistics by level, and the members rated "not completed" two years running (proposals of
 * removal from the list for the registry). Reads of members' evaluations are audited, in a read-write transaction (the
 * audit log is written).
 */
@Service
@Transactional(readOnly = true)
public class Evaluations {

    /** Who reads cycles and boards. */
    public static final Role[] READERS = {
        Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION
    };

    private final EvaluationReads reads;
    private final OrganisationEvaluations organisations;
    private final AuditTrail audit;

    Evaluations(EvaluationReads reads, OrganisationEvaluations organisations, AuditTrail audit) {
        this.reads = reads;
        this.organisations = organisations;
        this.audit = audit;
    }

    public List<EvaluationCycle> cycles(Actor actor) {
        return reads.cycles(actor.scopeFor(READERS));
    }

    /** The board of a cycle (optionally of one unit's subtree) in the caller's scope; the read is audited. */
    @Transactional
    public EvaluationBoard board(UUID cycleId, @Nullable Long unitId, Actor actor) {
        EvaluationBoard board = reads.board(cycleId, unitId, actor.scopeFor(READERS));
        audit.record("evaluation.board.read", "evaluation-cycle", cycleId, null);
        return board;
    }

    /** The board of a cycle of organisations (optionally of one unit's subtree) in the caller's scope; audited. */
    @Transactional
    public EvaluationUnitBoard organisationBoard(UUID cycleId, @Nullable Long unitId, Actor actor) {
        EvaluationUnitBoard board = organisations.board(cycleId, unitId, actor.scopeFor(READERS));
        audit.record("evaluation.organisations.read", "evaluation-cycle", cycleId, null);
        return board;
    }

    /** The caller's own evaluation history and open cycles. */
    public List<EvaluationOwn> mine(Actor actor) {
        UUID memberId = actor.memberId();
        if (memberId == null) {
            throw DomainException.notFound("member.not-found", actor.username());
        }
        return reads.mine(memberId, actor.memberOrgUnitId());
    }

    /** Members per level in a subtree and year (decided yearly results). */
    public EvaluationStatistics statistics(long unitId, int year, Actor actor) {
        return reads.statistics(unitId, year, actor.scopeFor(READERS));
    }

    /** Members rated "not completed" two years running, in the caller's scope or a unit's subtree of it (audited). */
    @Transactional
    public List<EvaluationStanding> standing(@Nullable Long unitId, Actor actor) {
        List<EvaluationStanding> rows = standing(unitId, actor.scopeFor(READERS));
        audit.record("evaluation.standing.read", "org-unit", unitId, null);
        return rows;
    }

    /**
     * The same list for another module (the registry's removal proposals), in the given scope; the caller audits.
     *
     * @param unitId a subtree of the scope, or {@code null} for all of it
     * @param scope what the caller may see
     */
    public List<EvaluationStanding> standing(@Nullable Long unitId, OrgScope scope) {
        return reads.standing(unitId, scope);
    }
}
