package vn.dangvu.duty;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.duty.internal.evaluation.EvaluationCycles;
import vn.dangvu.duty.internal.evaluation.EvaluationWorkflow;
import vn.dangvu.duty.internal.evaluation.OrganisationEvaluations;
import vn.dangvu.member.RemovalProposals;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;

/**
 * Writes of the annual evaluation (QĐ 366-QĐ/TW 2025, REGULATIONS §5): committees open and advance cycles and decide
 * levels per grassroots organisation (within the excellent quota), cells appraise their members, members send their
 * self-assessment; in cycles of organisations, each organisation assesses itself, its superior appraises and decides; disqualifying events are recorded by staff or, later, by the inspection module. Each call is one
 * audited transaction; a refusal names its rule and changes nothing.
 */
@Service
@Transactional
public class EvaluationManagement {

    /** Who opens, advances and decides cycles. */
    public static final Role[] COMMITTEE = {Role.ORG_STAFF, Role.CITY_ORGANISATION};
    /** Who appraises members and proposes levels. */
    public static final Role[] APPRAISERS = {Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION};
    /** Who records disqualifying events. */
    public static final Role[] RECORDERS = {Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.INSPECTION};

    private final EvaluationCycles cycles;
    private final EvaluationWorkflow workflow;
    private final OrganisationEvaluations organisations;
    private final AuditTrail audit;
    private final Clock clock;
    private final Evaluations evaluations;
    private final RemovalProposals removals;

    EvaluationManagement(
            EvaluationCycles cycles,
            EvaluationWorkflow workflow,
            OrganisationEvaluations organisations,
            AuditTrail audit,
            Clock clock,
            Evaluations evaluations,
            RemovalProposals removals) {
        this.evaluations = evaluations;
        this.removals = removals;
        this.cycles = cycles;
        this.workflow = workflow;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens a cycle for a committee of the caller's subtree. */
    public EvaluationCycle open(EvaluationCycleDraft draft, Actor actor) {
        EvaluationCycle cycle = cycles.open(draft, actor.scopeFor(COMMITTEE), actor.username());
        audit.record("evaluation.cycle.open", "evaluation-cycle", cycle.id(), draft);
        return cycle;
    }

    /**
     * Moves a cycle on (with the decision to reach DECIDED; publishing notifies the members). Publishing a yearly cycle
     * of members proposes, in the registry, the removal of every member of its subtree rated "not completed" this
     * year and the year before (Charter Art. 8, REGULATIONS §3.9, §5.4; {@code StandingPolicy}), once per member and
     * year.
     */
    public EvaluationCycle advance(UUID cycleId, EvaluationAdvance command, Actor actor) {
        OrgScope committee = actor.scopeFor(COMMITTEE);
        EvaluationCycle cycle = cycles.advance(cycleId, command, committee);
        audit.record("evaluation.cycle.advance", "evaluation-cycle", cycleId, command);
        if (cycle.state() == EvaluationCycleState.PUBLISHED
                && cycle.kind() == EvaluationCycleKind.MEMBER
                && cycle.period() == EvaluationPeriod.YEAR) {
            proposeRemovals(cycle, committee, actor.username());
        }
        return cycle;
    }

    private void proposeRemovals(EvaluationCycle cycle, OrgScope committee, String user) {
        for (EvaluationStanding row : evaluations.standing(cycle.orgUnitId(), committee)) {
            if (row.secondYear() != cycle.year()) {
                continue;
            }
            removals.propose(
                    row.memberId(),
                    row.ground(),
                    "Không hoàn thành nhiệm vụ hai năm liền (%d, %d) — %s"
                            .formatted(row.firstYear(), row.secondYear(), row.rule()),
                    "evaluation:" + row.secondYear(),
                    user,
                    committee);
        }
    }

    /** The caller's own self-assessment. */
    public EvaluationEntry selfAssess(UUID cycleId, EvaluationSelfAssessment command, Actor actor) {
        UUID memberId = actor.memberId();
        if (memberId == null || !actor.has(Role.MEMBER)) {
            throw DomainException.notFound("evaluation.cycle.not-found", cycleId);
        }
        EvaluationEntry entry = workflow.selfAssess(cycleId, command, memberId, actor.memberOrgUnitId());
        audit.record("evaluation.self-assess", "member", memberId, Map.of("cycleId", cycleId, "body", command));
        return entry;
    }

    /** The cell's appraisal and proposed level of a member. */
    public EvaluationEntry appraise(UUID cycleId, UUID entryId, EvaluationAppraisal command, Actor actor) {
        EvaluationEntry entry =
                workflow.appraise(cycleId, entryId, command, actor.scopeFor(APPRAISERS), actor.username());
        audit.record("evaluation.appraise", "member", entry.memberId(), Map.of("entryId", entryId, "body", command));
        return entry;
    }

    /** The committee's levels for one grassroots organisation; refused as a whole when over the quota. */
    public EvaluationQuota decide(UUID cycleId, EvaluationDecision command, Actor actor) {
        EvaluationQuota quota = workflow.decide(cycleId, command, actor.scopeFor(COMMITTEE), actor.username());
        audit.record("evaluation.decide", "evaluation-cycle", cycleId, command);
        return quota;
    }

    /** An organisation's own assessment, entered by its staff or secretary (those whose scope holds it). */
    public EvaluationUnitEntry selfAssessOrganisation(
            UUID cycleId, UUID entryId, EvaluationAppraisal command, Actor actor) {
        EvaluationUnitEntry entry =
                organisations.selfAssess(cycleId, entryId, command, actor.scopeFor(APPRAISERS), actor.username());
        audit.record(
                "evaluation.organisation.self-assess",
                "org-unit",
                entry.orgUnitId(),
                Map.of("entryId", entryId, "body", command));
        return entry;
    }

    /** The superior's appraisal and proposed level of an organisation directly under it. */
    public EvaluationUnitEntry appraiseOrganisation(
            UUID cycleId, UUID entryId, EvaluationAppraisal command, Actor actor) {
        EvaluationUnitEntry entry =
                organisations.appraise(cycleId, entryId, command, actor.scopeFor(APPRAISERS), actor.username());
        audit.record(
                "evaluation.organisation.appraise",
                "org-unit",
                entry.orgUnitId(),
                Map.of("entryId", entryId, "body", command));
        return entry;
    }

    /** A superior's levels for the organisations directly under it; refused as a whole when over the quota. */
    public EvaluationQuota decideOrganisations(UUID cycleId, EvaluationUnitDecision command, Actor actor) {
        EvaluationQuota quota = organisations.decide(cycleId, command, actor.scopeFor(COMMITTEE), actor.username());
        audit.record("evaluation.organisation.decide", "evaluation-cycle", cycleId, command);
        return quota;
    }

    /** Records a disqualifying event entered by staff in their subtree. */
    public UUID recordDisqualification(EvaluationDisqualification event, Actor actor) {
        workflow.requireInScope(event, actor.scopeFor(RECORDERS));
        return recordDisqualification(event, actor.username());
    }

    /**
     * Withdraws a disqualifying event on behalf of another module (a discipline decision annulled on appeal, QĐ
     * 117-QĐ/TW 2023: restoration of rights): the member or unit is no longer forced to "not completed" for that year.
     * A level the committee already decided stays as decided; the committee corrects it if it must.
     *
     * @param id the record returned by {@link #recordDisqualification(EvaluationDisqualification, String)}
     * @param source who withdraws it
     * @return whether the record existed
     */
    public boolean withdrawDisqualification(UUID id, String source) {
        boolean withdrawn = workflow.withdrawDisqualification(id);
        if (withdrawn) {
            audit.record("evaluation.disqualification.withdraw", "evaluation-disqualification", id, source);
        }
        return withdrawn;
    }

    /**
     * Records a disqualifying event on behalf of another module (the inspection module's discipline decisions): the
     * member or unit is rated "not completed" for that year.
     *
     * @param event what happened, to whom, in which year
     * @param source who records it (a username or a module name)
     * @return the record's id
     */
    public UUID recordDisqualification(EvaluationDisqualification event, String source) {
        UUID id = workflow.recordDisqualification(event, source, clock.instant());
        audit.record("evaluation.disqualification.record", "org-unit", event.orgUnitId(), event);
        return id;
    }
}
