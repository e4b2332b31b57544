package vn.dangvu.duty.internal.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dangvu.duty.EvaluationAdvance;
import vn.dangvu.duty.EvaluationCycle;
import vn.dangvu.duty.EvaluationCycleDraft;
import vn.dangvu.duty.EvaluationCycleKind;
import vn.dangvu.duty.EvaluationCycleState;
import vn.dangvu.duty.EvaluationLevel;
import vn.dangvu.duty.EvaluationPeriod;
import vn.dangvu.member.AgeWindows;
import vn.dangvu.member.AgedMember;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.MembershipAges;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.MemberNotifications;
import vn.dangvu.shared.OrgScope;

/** Opening and advancing cycles; called by the write facade inside its transaction. */
@Component
public class EvaluationCycles {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final EvaluationCycleStore cycles;
    private final EvaluationStore store;
    private final GrassrootsUnits grassroots;
    private final OrgUnits orgUnits;
    private final MembershipAges ages;
    private final OrganisationEvaluations organisations;
    private final MemberNotifications notifications;
    private final MessageSource messages;
    private final Clock clock;

    EvaluationCycles(
            EvaluationCycleStore cycles,
            EvaluationStore store,
            GrassrootsUnits grassroots,
            OrgUnits orgUnits,
            MembershipAges ages,
            OrganisationEvaluations organisations,
            MemberNotifications notifications,
            MessageSource messages,
            Clock clock) {
        this.organisations = organisations;
        this.cycles = cycles;
        this.store = store;
        this.grassroots = grassroots;
        this.orgUnits = orgUnits;
        this.ages = ages;
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Opens a cycle for the committee's subtree: a cycle of members has one row per official member of its cells, a
     * cycle of organisations one row per party organisation below the committee.
     */
    public EvaluationCycle open(EvaluationCycleDraft draft, OrgScope scope, String by) {
        long unitId = Objects.requireNonNull(draft.orgUnitId());
        OrgUnitView unit = orgUnits.findWithin(unitId, scope)
                .orElseThrow(() -> DomainException.notFound("org.unit.not-found", unitId));
        EvaluationCycleKind kind = draft.kind() == null ? EvaluationCycleKind.MEMBER : draft.kind();
        EvaluationPeriod period = draft.period() == null ? EvaluationPeriod.YEAR : draft.period();
        int year = Objects.requireNonNull(draft.year());
        if (draft.selfAssessmentDue() != null
                && draft.appraisalDue() != null
                && draft.appraisalDue().isBefore(draft.selfAssessmentDue())) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "evaluation.due.order").onField("appraisalDue");
        }
        if (cycles.cycleExists(unitId, kind, year, period)) {
            throw DomainException.conflict("evaluation.cycle.exists", String.valueOf(year));
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        UUID id = UUID.randomUUID();
        cycles.insertCycle(id, unitId, kind, year, period, draft.selfAssessmentDue(), draft.appraisalDue(), by, now);
        if (kind == EvaluationCycleKind.ORGANISATION) {
            organisations.openRows(id, unit);
            return cycles.cycleRunBy(id, scope).orElseThrow();
        }
        AgeWindows everyone = new AgeWindows(
                List.of(new AgeWindows.Range(LocalDate.of(1900, 1, 1), today)), today, today.plusDays(1));
        Map<Long, Long> known = new HashMap<>();
        for (AgedMember member : ages.within(everyone, new OrgScope(List.of(unit.path()), null), null, today)) {
            if (member.status() == MemberStatus.OFFICIAL) {
                store.insertEntry(
                        id,
                        member.memberId(),
                        member.fullName(),
                        member.orgUnitId(),
                        grassroots.of(member.orgUnitId(), known));
            }
        }
        return cycles.cycleRunBy(id, scope).orElseThrow();
    }

    /** Moves a cycle one step on; DECIDED needs the decision and every entry decided; PUBLISHED tells the members. */
    public EvaluationCycle advance(UUID cycleId, EvaluationAdvance command, OrgScope scope) {
        EvaluationCycle cycle = cycles.cycleRunBy(cycleId, scope)
                .orElseThrow(() -> DomainException.notFound("evaluation.cycle.not-found", cycleId));
        if (cycle.version() != Objects.requireNonNull(command.version())) {
            throw DomainException.conflict("conflict.stale");
        }
        if (cycle.state() == EvaluationCycleState.PUBLISHED) {
            throw DomainException.rule("evaluation.cycle.published");
        }
        EvaluationCycleState to = cycle.state().next();
        if (command.to() != to) {
            throw DomainException.rule("evaluation.cycle.next-step", to.name()).onField("to");
        }
        Instant now = clock.instant();
        if (to == EvaluationCycleState.DECIDED) {
            if (command.decisionNumber() == null || command.decisionNumber().isBlank()) {
                throw new DomainException(DomainException.Kind.BAD_REQUEST, "evaluation.decision.number-required")
                        .onField("decisionNumber");
            }
            if (command.decisionDate() == null) {
                throw new DomainException(DomainException.Kind.BAD_REQUEST, "evaluation.decision.date-required")
                        .onField("decisionDate");
            }
            if (command.decisionDate().isAfter(LocalDate.ofInstant(now, clock.getZone()))) {
                throw new DomainException(DomainException.Kind.BAD_REQUEST, "evaluation.decision.date-future")
                        .onField("decisionDate");
            }
            if (cycle.kind() == EvaluationCycleKind.ORGANISATION) {
                long undecided = organisations.undecided(cycleId);
                if (undecided > 0) {
                    throw DomainException.rule("evaluation.cycle.undecided-units", undecided);
                }
            } else {
                long undecided = store.undecided(cycleId);
                if (undecided > 0) {
                    throw DomainException.rule("evaluation.cycle.undecided", undecided);
                }
            }
        }
        boolean publish = to == EvaluationCycleState.PUBLISHED;
        cycles.advance(
                cycleId,
                cycle.version(),
                to,
                to == EvaluationCycleState.DECIDED ? command.decisionNumber().strip() : null,
                to == EvaluationCycleState.DECIDED ? command.decisionDate() : null,
                publish ? now : null);
        if (publish && cycle.kind() == EvaluationCycleKind.MEMBER) {
            notifyMembers(cycle);
        }
        return cycles.cycleRunBy(cycleId, scope).orElseThrow();
    }

    private void notifyMembers(EvaluationCycle cycle) {
        Map<EvaluationLevel, List<UUID>> byLevel = new java.util.EnumMap<>(EvaluationLevel.class);
        store.decidedLevels(cycle.id())
                .forEach((member, level) -> byLevel.computeIfAbsent(level, k -> new java.util.ArrayList<>())
                        .add(member));
        String title = messages.getMessage(
                "evaluation.notice.published", new Object[] {String.valueOf(cycle.year())}, VIETNAMESE);
        byLevel.forEach((level, members) -> notifications.notify(
                members,
                new MemberNotifications.Notice(
                        "evaluation.published",
                        title,
                        messages.getMessage("evaluation.level." + level.name(), null, VIETNAMESE),
                        "/handbook/evaluations")));
    }
}
