package vn.dangvu.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Turns a member's current lifecycle steps into the periods during which the member was counted (REGULATIONS §3.1:
 * probationary, official, exempted and in transit members are on a list; an in-transit member is counted by the
 * sender, the unit on the step's row). The state on a date is the latest current step on or before it, so a step's
 * state lasts until the next step's date; several steps on one day leave the last one's state. Annulments are left
 * out: the step they annul is superseded and the state before it is the previous step's. A ceremony after a
 * re-admission opens its period as {@code READMITTED}, so that the movement is told from a first admission. The same
 * rules are written set-based in {@link StatPeriods#rebuildAll} (LEAD over the history) for the full rebuild.
 */
final class PeriodDerivation {

    static final Set<String> COUNTED = Set.of("PROBATIONARY", "OFFICIAL", "EXEMPTED", "IN_TRANSIT");

    private PeriodDerivation() {}

    /** A current step of the history (superseded rows are not passed). */
    record Step(long id, String kind, LocalDate effectiveDate, long orgUnitId, String statusAfter) {}

    /** A counted period: {@code validTo} is the first day not covered, {@code null} while open. */
    record Period(
            UUID memberId,
            long orgUnitId,
            String status,
            LocalDate validFrom,
            @Nullable LocalDate validTo,
            String startKind,
            @Nullable String endKind) {}

    static List<Period> derive(UUID memberId, List<Step> current) {
        List<Step> steps = current.stream()
                .filter(s -> !"ANNULMENT".equals(s.kind()))
                .sorted(Comparator.comparing(Step::effectiveDate).thenComparingLong(Step::id))
                .toList();
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            Step next = i + 1 < steps.size() ? steps.get(i + 1) : null;
            Step previous = i > 0 ? steps.get(i - 1) : null;
            if (!COUNTED.contains(step.statusAfter())) {
                continue;
            }
            if (next != null && !next.effectiveDate().isAfter(step.effectiveDate())) {
                continue; // replaced the same day
            }
            periods.add(new Period(
                    memberId,
                    step.orgUnitId(),
                    step.statusAfter(),
                    step.effectiveDate(),
                    next == null ? null : next.effectiveDate(),
                    startKind(step.kind(), previous == null ? null : previous.kind()),
                    next == null ? null : next.kind()));
        }
        return periods;
    }

    static String startKind(String kind, @Nullable String previousKind) {
        return "CEREMONY_HELD".equals(kind) && "READMITTED".equals(previousKind) ? "READMITTED" : kind;
    }
}
