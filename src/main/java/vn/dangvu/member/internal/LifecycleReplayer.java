package vn.dangvu.member.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import vn.dangvu.member.LifecycleEventKind;
import vn.dangvu.member.LifecycleProjection;
import vn.dangvu.member.LifecycleReplay;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.RecordLifecycleEvent;

/**
 * The work behind {@link LifecycleReplay}: the entry state as {@link LifecycleSteps#register} makes it, then every step
 * through {@link LifecyclePolicy#apply} with the same order rule as {@link LifecycleSteps#record} (no step before the
 * latest effective date).
 */
public final class LifecycleReplayer {

    private static final JsonMapper JSON =
            JsonMapper.builder().findAndAddModules().build();

    private LifecycleReplayer() {}

    public static LifecycleReplay.Replayed replay(
            LifecycleReplay.Calendar calendar,
            LifecycleReplay.Entry entry,
            List<RecordLifecycleEvent> steps,
            LifecycleReplay.Named named,
            LocalDate today) {
        LifecyclePolicy policy = new LifecyclePolicy(calendar::plusWorkingDays, LifecyclePolicy.Limits.DEFAULT);
        LifecycleState state = entryState(entry);
        List<LifecycleReplay.Step> replayed = new ArrayList<>(steps.size() + 1);
        RecordLifecycleEvent first = new RecordLifecycleEvent(
                entry.kind(),
                entry.effectiveDate(),
                null,
                null,
                null,
                null,
                entry.origin(),
                null,
                null,
                null,
                null,
                entry.note(),
                List.of(),
                List.of(),
                false,
                null,
                false,
                null);
        replayed.add(new LifecycleReplay.Step(
                first, entry.effectiveDate(), state.status(), state.status(), state.orgUnitId(), false, null, null));
        LocalDate last = entry.effectiveDate();
        int readmissions = 0;
        for (int i = 0; i < steps.size(); i++) {
            RecordLifecycleEvent step = steps.get(i);
            if (LifecyclePolicy.recordedBySystem(step.kind())) {
                throw LifecyclePolicy.refuse(
                        "member.lifecycle.system-step",
                        LifecyclePolicy.STATE_RULE,
                        "kind",
                        step.kind().name());
            }
            Map<UUID, MemberStatus> statuses = new HashMap<>();
            for (UUID id : step.helperMemberIds()) {
                put(statuses, id, named.statusOn(id, step.effectiveDate()));
            }
            for (UUID id : step.introducerMemberIds()) {
                put(statuses, id, named.statusOn(id, step.effectiveDate()));
            }
            LifecyclePolicy.Outcome outcome =
                    policy.apply(state, step, new LifecyclePolicy.Context(statuses, readmissions), today, last);
            boolean lastStep = i == steps.size() - 1;
            replayed.add(new LifecycleReplay.Step(
                    step,
                    outcome.effectiveDate(),
                    state.status(),
                    outcome.after().status(),
                    outcome.after().orgUnitId(),
                    outcome.late(),
                    MemberEventStore.details(JSON, step),
                    lastStep ? JSON.writeValueAsString(state) : null));
            if (step.kind() == LifecycleEventKind.READMITTED) {
                readmissions++;
            }
            state = outcome.after();
            if (outcome.effectiveDate().isAfter(last)) {
                last = outcome.effectiveDate();
            }
        }
        return new LifecycleReplay.Replayed(List.copyOf(replayed), projection(state));
    }

    private static void put(Map<UUID, MemberStatus> statuses, UUID id, @Nullable MemberStatus status) {
        if (status != null) {
            statuses.put(id, status);
        }
    }

    /** The state a registration or an arrival starts from (as {@link LifecycleSteps#register} writes it). */
    private static LifecycleState entryState(LifecycleReplay.Entry entry) {
        LifecycleState candidate = LifecycleState.candidate(entry.orgUnitId(), entry.birthDate());
        return switch (entry.kind()) {
            case CANDIDATE_REGISTERED -> candidate;
            case TRANSFER_ARRIVED -> {
                if (entry.status() != MemberStatus.PROBATIONARY && entry.status() != MemberStatus.OFFICIAL
                        || entry.admittedOn() == null
                        || (entry.status() == MemberStatus.OFFICIAL && entry.officialOn() == null)) {
                    throw new IllegalArgumentException("an arrival is probationary or official with its dates");
                }
                LifecycleState.Builder b = candidate.toBuilder();
                b.status(entry.status());
                b.admittedOn = entry.admittedOn();
                b.firstAdmittedOn = entry.admittedOn();
                b.ceremonyDate = entry.ceremonyDate();
                b.officialOn = entry.status() == MemberStatus.OFFICIAL ? entry.officialOn() : null;
                yield b.build();
            }
            default -> throw new IllegalArgumentException("a history starts with a registration or an arrival");
        };
    }

    static LifecycleProjection projection(LifecycleState s) {
        return new LifecycleProjection(
                s.status(),
                s.orgUnitId(),
                s.birthDate(),
                s.courseCertificateOn(),
                s.sympathiserOn(),
                s.proposedOn(),
                s.admittedOn(),
                s.admissionDecisionNumber(),
                s.admissionDecisionBody(),
                s.firstAdmittedOn(),
                s.ceremonyDate(),
                s.ceremonyPlace(),
                s.officialOn(),
                s.officialPlace(),
                s.transitToOrgUnitId(),
                s.transitDestination(),
                s.transitSince(),
                s.transitReturnStatus(),
                s.temporaryOrgUnitId(),
                s.temporaryDestination(),
                s.temporaryUntil(),
                s.abroadDestination(),
                s.abroadUntil(),
                s.exemptedSince(),
                s.suspendedSince(),
                s.endedOn(),
                s.endedGround(),
                s.readmittedOn());
    }
}
