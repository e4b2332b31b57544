package vn.dangvu.member;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.member.internal.LifecycleSteps;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;

/**
 * Records the dated steps of a person's party life (REGULATIONS §3). Each call is one transaction: the step is checked
 * by the lifecycle policy (a refused step names its rule), appended to the member's event history, projected onto the
 * member row with a version check (a stale write is a 409), audited, and announced with {@link
 * MemberLifecycleChanged}. Corrections supersede, never edit: the history keeps every row.
 */
@Service
@Transactional
public class MemberLifecycle {

    private final LifecycleSteps steps;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    MemberLifecycle(LifecycleSteps steps, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.steps = steps;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a step.
     *
     * @param expectedVersion the member version the caller last read
     */
    public MemberEvent record(UUID memberId, RecordLifecycleEvent step, long expectedVersion, Actor actor) {
        Instant now = clock.instant();
        MemberEvent event = steps.record(memberId, step, expectedVersion, actor, today(now), now);
        audit.record(
                "member.event." + step.kind().name().toLowerCase(java.util.Locale.ROOT),
                "member",
                memberId,
                Map.of(
                        "eventId",
                        event.id(),
                        "effectiveDate",
                        event.effectiveDate().toString()));
        events.publishEvent(new MemberLifecycleChanged(memberId, event.id(), event.kind(), event.statusAfter(), now));
        return event;
    }

    /**
     * Corrects a recorded step with a superseding one. The latest step may be corrected in any item (it is checked
     * again from the state before it); earlier steps only in their references (decision, place, note).
     */
    public MemberEvent correct(
            UUID memberId, long eventId, RecordLifecycleEvent corrected, long expectedVersion, Actor actor) {
        Instant now = clock.instant();
        MemberEvent event = steps.correct(memberId, eventId, corrected, expectedVersion, actor, today(now), now);
        audit.record("member.event.correct", "member", memberId, Map.of("eventId", event.id(), "supersedes", eventId));
        events.publishEvent(new MemberLifecycleChanged(memberId, event.id(), event.kind(), event.statusAfter(), now));
        return event;
    }

    /** Annuls the latest step, recorded in error: the member returns to the state before it. */
    public MemberEvent annul(UUID memberId, long eventId, String reason, long expectedVersion, Actor actor) {
        Instant now = clock.instant();
        MemberEvent event = steps.annul(memberId, eventId, reason, expectedVersion, actor, now);
        audit.record("member.event.annul", "member", memberId, Map.of("eventId", event.id(), "annuls", eventId));
        events.publishEvent(new MemberLifecycleChanged(memberId, event.id(), event.kind(), event.statusAfter(), now));
        return event;
    }

    /**
     * Records an expulsion (khai trừ) decided by a discipline decision of the inspection module, which has checked its
     * caller's authority over the member. The lifecycle policy checks the step as for any other; the history names
     * {@code decidedBy}.
     *
     * @param step an {@link LifecycleEventKind#EXPELLED} step with the decision's number, date and body
     * @param decidedBy who records it, e.g. {@code inspection:<username>}
     */
    public MemberEvent recordDecided(UUID memberId, RecordLifecycleEvent step, String decidedBy) {
        Instant now = clock.instant();
        MemberEvent event = steps.recordDecided(memberId, step, decidedBy, today(now), now);
        audit.record(
                "member.event." + step.kind().name().toLowerCase(java.util.Locale.ROOT),
                "member",
                memberId,
                Map.of("eventId", event.id(), "decidedBy", decidedBy));
        events.publishEvent(new MemberLifecycleChanged(memberId, event.id(), event.kind(), event.statusAfter(), now));
        return event;
    }

    /**
     * Annuls a step recorded by {@link #recordDecided} when the decision behind it is annulled (restoration of
     * membership, QĐ 117-QĐ/TW 2023).
     *
     * @return the annulment, or empty when a later step has been recorded since (the registry is then corrected by
     *     hand)
     */
    public java.util.Optional<MemberEvent> annulDecided(UUID memberId, long eventId, String reason, String decidedBy) {
        Instant now = clock.instant();
        java.util.Optional<MemberEvent> annulled = steps.annulDecided(memberId, eventId, reason, decidedBy, now);
        annulled.ifPresent(event -> {
            audit.record("member.event.annul", "member", memberId, Map.of("eventId", event.id(), "annuls", eventId));
            events.publishEvent(
                    new MemberLifecycleChanged(memberId, event.id(), event.kind(), event.statusAfter(), now));
        });
        return annulled;
    }

    /** Registers a new candidate (quần chúng ưu tú) or a member arriving from outside the registry. */
    public MemberView register(RegisterMember command, Actor actor) {
        Instant now = clock.instant();
        MemberView member = steps.register(command, actor, today(now), now);
        audit.record(
                "member.register",
                "member",
                member.id(),
                Map.of("entry", command.entry().name()));
        events.publishEvent(new MemberLifecycleChanged(
                member.id(),
                0L,
                command.entry() == RegisterMember.Entry.CANDIDATE
                        ? LifecycleEventKind.CANDIDATE_REGISTERED
                        : LifecycleEventKind.TRANSFER_ARRIVED,
                member.status(),
                now));
        return member;
    }

    /** The member's steps, oldest first, superseded ones marked. */
    public List<MemberEvent> history(UUID memberId, Actor actor) {
        List<MemberEvent> history = new ArrayList<>(steps.history(memberId, actor));
        if (!memberId.equals(actor.memberId())) {
            audit.record("member.events.read", "member", memberId, null);
        }
        return history;
    }

    /** Where the member stands, the steps that may follow and the deadline that applies. */
    public LifecycleOverview overview(UUID memberId, Actor actor) {
        return steps.overview(memberId, actor, today(clock.instant()));
    }

    private LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, clock.getZone());
    }

    /** Fails when an id does not name a visible member. */
    static DomainException notFound(UUID id) {
        return DomainException.notFound("member.not-found", id);
    }
}
