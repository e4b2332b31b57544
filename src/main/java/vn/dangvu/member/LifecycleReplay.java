package vn.dangvu.member;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.dangvu.member.internal.LifecycleReplayer;

/**
 * Replays a person's lifecycle steps through the lifecycle policy (REGULATIONS §3) without the database: each step is
 * checked exactly as {@link MemberLifecycle#record} checks it, in order, and the result is the event rows the steps
 * make and the member row's projection after the last. For histories written in bulk (the demo city) and for checking
 * them; the limits that are settings (temporary postings, re-admissions) take their defaults. Not thread-safe: it
 * memoises the calendar's working-day arithmetic.
 */
public final class LifecycleReplay {

    /** Working-day arithmetic, e.g. {@code WorkingDays.Snapshot::plusWorkingDays}. */
    @FunctionalInterface
    public interface Calendar {
        LocalDate plusWorkingDays(LocalDate start, int n);
    }

    /** The status a named helper or introducer had on a day ({@code null}: not in the registry). */
    @FunctionalInterface
    public interface Named {
        @Nullable
        MemberStatus statusOn(UUID memberId, LocalDate day);
    }

    /**
     * How a history starts: a candidate registered by the cell ({@code CANDIDATE_REGISTERED}) or a member arriving by
     * official transfer from outside the registry ({@code TRANSFER_ARRIVED}, with the admission dates they bring).
     */
    public record Entry(
            LifecycleEventKind kind,
            LocalDate effectiveDate,
            long orgUnitId,
            LocalDate birthDate,
            MemberStatus status,
            @Nullable LocalDate admittedOn,
            @Nullable LocalDate ceremonyDate,
            @Nullable LocalDate officialOn,
            @Nullable String origin,
            @Nullable String note) {

        /** A candidate (quần chúng ưu tú) put on the cell's list. */
        public static Entry candidate(long orgUnitId, LocalDate birthDate, LocalDate on, @Nullable String note) {
            return new Entry(
                    LifecycleEventKind.CANDIDATE_REGISTERED,
                    on,
                    orgUnitId,
                    birthDate,
                    MemberStatus.OUTSTANDING_MASS,
                    null,
                    null,
                    null,
                    null,
                    note);
        }

        /** A probationary or official member arriving from {@code origin}, outside the registry. */
        public static Entry arrival(
                long orgUnitId,
                LocalDate birthDate,
                LocalDate on,
                MemberStatus status,
                LocalDate admittedOn,
                @Nullable LocalDate ceremonyDate,
                @Nullable LocalDate officialOn,
                String origin) {
            return new Entry(
                    LifecycleEventKind.TRANSFER_ARRIVED,
                    on,
                    orgUnitId,
                    birthDate,
                    status,
                    admittedOn,
                    ceremonyDate,
                    officialOn,
                    origin,
                    null);
        }
    }

    /**
     * A step as its event row keeps it.
     *
     * @param step what was recorded
     * @param effectiveDate the date the step took effect (for a recognition: the end of probation)
     * @param orgUnitId the member's organisation from this step on
     * @param late whether the step came after its deadline (its late reason is then required)
     * @param details the helpers, introducers and other references as the event's {@code details} JSON
     * @param stateBefore the projection before the step as the event's {@code state_before} JSON, for the last step
     *     only (the one a correction or an annulment may act on); {@code null} for the entry
     */
    public record Step(
            RecordLifecycleEvent step,
            LocalDate effectiveDate,
            MemberStatus statusBefore,
            MemberStatus statusAfter,
            long orgUnitId,
            boolean late,
            @Nullable String details,
            @Nullable String stateBefore) {}

    /** The steps, the entry first, and the projection after the last. */
    public record Replayed(List<Step> steps, LifecycleProjection projection) {}

    private final Calendar calendar;
    private final Map<Long, LocalDate> memo = new HashMap<>();

    public LifecycleReplay(Calendar calendar) {
        this.calendar = calendar;
    }

    /**
     * Replays the steps after the entry.
     *
     * @param today no step may be dated after it
     * @throws vn.dangvu.shared.DomainException the policy's refusal of the first step it refuses, naming its rule
     */
    public Replayed replay(Entry entry, List<RecordLifecycleEvent> steps, Named named, LocalDate today) {
        return LifecycleReplayer.replay(this::plusWorkingDays, entry, steps, named, today);
    }

    private LocalDate plusWorkingDays(LocalDate start, int n) {
        return memo.computeIfAbsent(start.toEpochDay() * 1024 + n, key -> calendar.plusWorkingDays(start, n));
    }
}
