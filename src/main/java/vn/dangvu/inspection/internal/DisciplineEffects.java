package vn.dangvu.inspection.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dangvu.duty.EvaluationDisqualification;
import vn.dangvu.duty.EvaluationManagement;
import vn.dangvu.inspection.DisciplineEffect;
import vn.dangvu.inspection.DisciplineForm;
import vn.dangvu.member.LifecycleEventKind;
import vn.dangvu.member.MemberEvent;
import vn.dangvu.member.MemberLifecycle;
import vn.dangvu.member.RecordLifecycleEvent;

/**
 * Applies a discipline decision to other modules' records through their APIs, in the decision's transaction: an
 * expulsion ends membership in the registry (an {@code EXPELLED} step the lifecycle policy checks); every discipline
 * rates the member or organisation "not completed" for the year of the decision (REGULATIONS §5.2); a dissolution is
 * recorded for the organisation staff, since the tree dissolves only a unit without members (Điều lệ Đảng Art. 10(3)).
 * An annulment reverses what the other modules allow (the expulsion, while it is the member's latest step; the "not
 * completed" rating) and records what they do not (QĐ 117-QĐ/TW 2023: restoration of rights).
 */
@Component
class DisciplineEffects {

    /** What was applied: the registry step, the evaluation record and the effects to show. */
    record Applied(@Nullable Long memberEventId, @Nullable UUID disqualificationId, List<DisciplineEffect> effects) {}

    private final MemberLifecycle lifecycle;
    private final EvaluationManagement evaluations;

    DisciplineEffects(MemberLifecycle lifecycle, EvaluationManagement evaluations) {
        this.lifecycle = lifecycle;
        this.evaluations = evaluations;
    }

    Applied apply(DisciplineStore.Row row, String by) {
        List<DisciplineEffect> effects = new ArrayList<>();
        Long eventId = null;
        if (row.form() == DisciplineForm.EXPULSION) {
            eventId = expel(row, row.decidedOn(), by);
            effects.add(DisciplineEffect.MEMBERSHIP_ENDED);
        }
        UUID disqualification = evaluations.recordDisqualification(
                new EvaluationDisqualification(
                        row.subjectMemberId(),
                        row.subjectUnitId(),
                        row.decidedOn().getYear(),
                        "Bị kỷ luật theo quyết định " + row.decisionNumber(),
                        row.decisionNumber()),
                source(by));
        effects.add(DisciplineEffect.EVALUATION_NOT_COMPLETED);
        if (row.form() == DisciplineForm.DISSOLUTION) {
            effects.add(DisciplineEffect.DISSOLUTION_RECORDED);
        }
        return new Applied(eventId, disqualification, effects);
    }

    /** An appeal changed the form: membership follows an expulsion added or removed, a dissolution likewise. */
    Applied change(DisciplineStore.Row row, DisciplineForm to, LocalDate decidedOn, String by) {
        List<DisciplineEffect> effects = new ArrayList<>(row.effects());
        Long eventId = row.memberEventId();
        if (row.form() == DisciplineForm.EXPULSION && to != DisciplineForm.EXPULSION) {
            eventId = restoreMembership(row, "Quyết định kỷ luật được thay đổi khi giải quyết khiếu nại", by, effects);
        }
        if (to == DisciplineForm.EXPULSION && row.form() != DisciplineForm.EXPULSION) {
            eventId = expel(row, decidedOn, by);
            effects.remove(DisciplineEffect.MEMBERSHIP_RESTORED);
            effects.add(DisciplineEffect.MEMBERSHIP_ENDED);
        }
        effects.remove(DisciplineEffect.DISSOLUTION_RECORDED);
        if (to == DisciplineForm.DISSOLUTION) {
            effects.add(DisciplineEffect.DISSOLUTION_RECORDED);
        }
        return new Applied(eventId, row.disqualificationId(), effects);
    }

    /** An appeal annulled the decision: restores what the other modules allow, records the rest. */
    Applied restore(DisciplineStore.Row row, String reason, String by) {
        List<DisciplineEffect> effects = new ArrayList<>(row.effects());
        Long eventId = row.memberEventId();
        if (eventId != null) {
            eventId = restoreMembership(row, reason, by, effects);
        }
        effects.remove(DisciplineEffect.DISSOLUTION_RECORDED);
        UUID disqualification = row.disqualificationId();
        if (disqualification != null && evaluations.withdrawDisqualification(disqualification, source(by))) {
            effects.remove(DisciplineEffect.EVALUATION_NOT_COMPLETED);
            effects.add(DisciplineEffect.EVALUATION_RESTORED);
            disqualification = null;
        }
        return new Applied(eventId, disqualification, effects);
    }

    private @Nullable Long restoreMembership(
            DisciplineStore.Row row, String reason, String by, List<DisciplineEffect> effects) {
        Long eventId = row.memberEventId();
        if (eventId == null) {
            return null;
        }
        effects.remove(DisciplineEffect.MEMBERSHIP_ENDED);
        java.util.Optional<MemberEvent> annulled =
                lifecycle.annulDecided(Objects.requireNonNull(row.subjectMemberId()), eventId, reason, source(by));
        if (annulled.isPresent()) {
            effects.add(DisciplineEffect.MEMBERSHIP_RESTORED);
            return null;
        }
        effects.add(DisciplineEffect.MEMBERSHIP_RESTORATION_PENDING);
        return eventId;
    }

    private long expel(DisciplineStore.Row row, LocalDate effective, String by) {
        RecordLifecycleEvent step = new RecordLifecycleEvent(
                LifecycleEventKind.EXPELLED,
                effective,
                row.decisionNumber(),
                row.decidedOn(),
                row.decidingBody(),
                null,
                null,
                null,
                null,
                null,
                null,
                row.reason().length() > 500 ? row.reason().substring(0, 500) : row.reason(),
                List.of(),
                List.of(),
                false,
                null,
                false,
                null);
        return lifecycle
                .recordDecided(Objects.requireNonNull(row.subjectMemberId()), step, source(by))
                .id();
    }

    private static String source(String by) {
        return "inspection:" + by;
    }
}
