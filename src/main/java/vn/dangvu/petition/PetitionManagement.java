package vn.dangvu.petition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.petition.internal.PetitionDeadlinePolicy;
import vn.dangvu.petition.internal.PetitionRow;
import vn.dangvu.petition.internal.PetitionStore;
import vn.dangvu.petition.internal.ReceptionDayStore;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.MemberDirectory;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.files.BlobStore;

/**
 * Handles citizens' petitions for the petition staff and the leadership of a unit's subtree: intake, classification,
 * acceptance, routing, guidance, extensions and the reply, each one audited transaction with a step in the history; a
 * refusal names its rule and changes nothing; a stale version gives 409.
 */
@Service
@Transactional
public class PetitionManagement {

    /** Who reads and handles petitions (in their subtree). */
    public static final Role[] HANDLERS = {Role.PETITION_STAFF, Role.LEADERSHIP};

    private final PetitionStore store;
    private final ReceptionDayStore receptions;
    private final PetitionDeadlinePolicy deadlines;
    private final OrgUnits orgUnits;
    private final BlobStore blobs;
    private final MemberDirectory members;
    private final AuditTrail audit;
    private final Clock clock;

    PetitionManagement(
            PetitionStore store,
            ReceptionDayStore receptions,
            PetitionDeadlinePolicy deadlines,
            OrgUnits orgUnits,
            BlobStore blobs,
            MemberDirectory members,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.receptions = receptions;
        this.deadlines = deadlines;
        this.orgUnits = orgUnits;
        this.blobs = blobs;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a petition received by a unit of the caller's scope; the 10-day acceptance deadline starts. */
    public UUID receive(ReceivePetition command, Actor actor) {
        OrgUnitView unit = unit(command.receivedUnitId(), scope(actor), "receivedUnitId");
        LocalDate today = LocalDate.now(clock);
        if (command.receivedOn().isAfter(today)) {
            throw DomainException.rule("petition.date.future").onField("receivedOn");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        PetitionRow row = new PetitionRow(
                id,
                unit.id(),
                unit.id(),
                command.petitionerName().strip(),
                command.petitionerAddress().strip(),
                blank(command.petitionerPhone()),
                blank(command.petitionerIdNo()),
                command.channel(),
                command.receivedOn(),
                command.subject().strip(),
                command.content().strip(),
                null,
                null,
                false,
                false,
                null,
                PetitionState.RECEIVED,
                deadlines.acceptDue(command.receivedOn()),
                null,
                null,
                0,
                null,
                null,
                null,
                0);
        store.insert(row, actor.username(), now);
        store.step(id, PetitionStepAction.RECEIVED, unit.name(), command.receivedOn(), actor.username(), now);
        audit.record("petition.receive", "petition", id, command);
        return id;
    }

    /** Classifies a petition not yet accepted or closed, optionally as a duplicate of an earlier visible one. */
    public void classify(UUID id, ClassifyPetition command, long version, Actor actor) {
        OrgScope scope = scope(actor);
        PetitionRow p = store.require(id, scope);
        requireState(p, PetitionState.RECEIVED, PetitionState.ROUTED);
        UUID duplicateOf = command.duplicateOf();
        if (duplicateOf != null) {
            if (duplicateOf.equals(id)) {
                throw DomainException.rule("petition.duplicate.self").onField("duplicateOf");
            }
            PetitionRow earlier;
            try {
                earlier = store.require(duplicateOf, scope);
            } catch (DomainException e) {
                throw DomainException.rule("petition.duplicate.not-found", duplicateOf)
                        .onField("duplicateOf");
            }
            if (earlier.receivedOn().isAfter(p.receivedOn())) {
                throw DomainException.rule("petition.duplicate.later").onField("duplicateOf");
            }
        }
        boolean complaint = command.kind() == PetitionKind.COMPLAINT;
        PetitionRow changed = copy(p).kind(command.kind())
                .competence(command.competence())
                .complex(command.complex())
                .secondInstance(complaint && command.secondInstance())
                .duplicateOf(duplicateOf)
                .build();
        Instant now = clock.instant();
        store.update(changed, version, now);
        store.step(
                id,
                PetitionStepAction.CLASSIFIED,
                command.kind() + " / " + command.competence() + (command.complex() ? " / COMPLEX" : "")
                        + (changed.secondInstance() ? " / SECOND_INSTANCE" : "")
                        + (duplicateOf == null ? "" : " / DUPLICATE_OF " + duplicateOf),
                null,
                actor.username(),
                now);
        audit.record("petition.classify", "petition", id, command);
    }

    /** Accepts (thụ lý) a classified petition of the Party's competence; the settlement deadline starts. */
    public void accept(UUID id, @Nullable LocalDate onDay, long version, Actor actor) {
        PetitionRow p = store.require(id, scope(actor));
        requireState(p, PetitionState.RECEIVED, PetitionState.ROUTED);
        PetitionKind kind = p.kind();
        if (kind == null || p.competence() == null) {
            throw DomainException.rule("petition.accept.unclassified");
        }
        if (p.competence() == PetitionCompetence.STATE) {
            throw DomainException.rule("petition.accept.state-competence");
        }
        LocalDate day = day(onDay, p.receivedOn(), "acceptedOn");
        PetitionRow changed = copy(p).state(PetitionState.ACCEPTED)
                .acceptedOn(day)
                .settleDue(deadlines.settleDue(kind, p.complex(), p.secondInstance(), day, 0))
                .build();
        Instant now = clock.instant();
        store.update(changed, version, now);
        store.step(id, PetitionStepAction.ACCEPTED, null, day, actor.username(), now);
        audit.record("petition.accept", "petition", id, Map.of("acceptedOn", day));
    }

    /**
     * Routes a petition not yet accepted to the competent unit, which may lie outside the caller's scope; the
     * acceptance deadline restarts there.
     */
    public void route(UUID id, long targetUnitId, @Nullable String note, long version, Actor actor) {
        PetitionRow p = store.require(id, scope(actor));
        requireState(p, PetitionState.RECEIVED, PetitionState.ROUTED);
        if (targetUnitId == p.handlingUnitId()) {
            throw DomainException.rule("petition.route.same-unit").onField("targetUnitId");
        }
        String target = orgUnits.find(targetUnitId)
                .orElseThrow(() -> DomainException.notFound("org.unit.not-found", targetUnitId)
                        .onField("targetUnitId"))
                .name();
        LocalDate today = LocalDate.now(clock);
        PetitionRow changed = copy(p).handlingUnitId(targetUnitId)
                .state(PetitionState.ROUTED)
                .acceptDue(deadlines.acceptDue(today))
                .build();
        Instant now = clock.instant();
        store.update(changed, version, now);
        store.step(
                id,
                PetitionStepAction.ROUTED,
                target + (note == null ? "" : ": " + note.strip()),
                today,
                actor.username(),
                now);
        audit.record("petition.route", "petition", id, Map.of("targetUnitId", targetUnitId));
    }

    /** Closes a petition not yet accepted by returning guidance to the petitioner (e.g. the State's competence). */
    public void guide(UUID id, String guidance, @Nullable LocalDate onDay, long version, Actor actor) {
        PetitionRow p = store.require(id, scope(actor));
        requireState(p, PetitionState.RECEIVED, PetitionState.ROUTED);
        LocalDate day = day(onDay, p.receivedOn(), "guidedOn");
        PetitionRow changed = copy(p).state(PetitionState.GUIDED)
                .guidance(guidance.strip())
                .repliedOn(day)
                .build();
        Instant now = clock.instant();
        store.update(changed, version, now);
        store.step(id, PetitionStepAction.GUIDED, guidance.strip(), day, actor.username(), now);
        audit.record("petition.guide", "petition", id, Map.of("guidance", guidance));
    }

    /** Extends the settlement of an accepted denunciation by 30 days, with a reason (Luật Tố cáo 2018 Art. 30). */
    public void extend(UUID id, String reason, long version, Actor actor) {
        PetitionRow p = store.require(id, scope(actor));
        requireState(p, PetitionState.ACCEPTED);
        deadlines.checkExtension(p.kind(), p.extensions());
        int extensions = p.extensions() + 1;
        LocalDate acceptedOn = java.util.Objects.requireNonNull(p.acceptedOn());
        PetitionKind kind = java.util.Objects.requireNonNull(p.kind());
        LocalDate due = deadlines.settleDue(kind, p.complex(), p.secondInstance(), acceptedOn, extensions);
        PetitionRow changed = copy(p).extensions(extensions).settleDue(due).build();
        Instant now = clock.instant();
        store.update(changed, version, now);
        store.step(id, PetitionStepAction.EXTENDED, reason.strip(), due, actor.username(), now);
        audit.record("petition.extend", "petition", id, Map.of("reason", reason));
    }

    /** Settles an accepted petition with the reply sent to the petitioner. */
    public void reply(UUID id, String text, @Nullable LocalDate onDay, long version, Actor actor) {
        PetitionRow p = store.require(id, scope(actor));
        requireState(p, PetitionState.ACCEPTED);
        LocalDate day = day(onDay, java.util.Objects.requireNonNull(p.acceptedOn()), "repliedOn");
        PetitionRow changed = copy(p).state(PetitionState.SETTLED)
                .replyText(text.strip())
                .repliedOn(day)
                .build();
        Instant now = clock.instant();
        store.update(changed, version, now);
        store.step(id, PetitionStepAction.REPLIED, null, day, actor.username(), now);
        audit.record("petition.reply", "petition", id, Map.of("reply", text));
    }

    /** Stores a file of the petition ({@code PETITION}) or of its reply ({@code REPLY}). */
    public UUID attach(UUID id, String purpose, String fileName, String contentType, byte[] content, Actor actor) {
        PetitionRow p = store.require(id, scope(actor));
        if (!"PETITION".equals(purpose) && !"REPLY".equals(purpose)) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "petition.attachment.purpose")
                    .onField("purpose");
        }
        if (content.length == 0) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "petition.attachment.empty").onField("file");
        }
        BlobStore.StoredBlob blob = blobs.put(content);
        UUID attachmentId = UUID.randomUUID();
        Instant now = clock.instant();
        store.attach(
                attachmentId,
                p.id(),
                purpose,
                fileName,
                contentType,
                blob.sha256(),
                blob.size(),
                actor.username(),
                now);
        store.step(id, PetitionStepAction.ATTACHED, fileName, null, actor.username(), now);
        audit.record("petition.attach", "petition", id, Map.of("file", fileName, "sha256", blob.sha256()));
        return attachmentId;
    }

    /** Records a committee head's citizen-reception day at a unit of the caller's scope. */
    public UUID recordReceptionDay(ReceptionDay day, Actor actor) {
        OrgUnitView unit = unit(day.orgUnitId(), scope(actor), "orgUnitId");
        if (day.heldOn().isAfter(LocalDate.now(clock))) {
            throw DomainException.rule("petition.date.future").onField("heldOn");
        }
        UUID head = day.headMemberId();
        if (head != null && members.card(head).isEmpty()) {
            throw DomainException.rule("petition.head.not-found", head).onField("headMemberId");
        }
        UUID id = UUID.randomUUID();
        receptions.insert(
                new ReceptionDay(
                        id,
                        unit.id(),
                        unit.name(),
                        day.heldOn(),
                        day.headName().strip(),
                        blank(day.headTitle()),
                        day.headMemberId(),
                        day.citizensReceived(),
                        blank(day.notes())),
                actor.username(),
                clock.instant());
        audit.record("petition.reception-day.record", "petition_reception_day", id, day);
        return id;
    }

    private static OrgScope scope(Actor actor) {
        return actor.scopeFor(HANDLERS);
    }

    private OrgUnitView unit(long unitId, OrgScope scope, String field) {
        return orgUnits.findWithin(unitId, scope)
                .orElseThrow(() ->
                        DomainException.notFound("org.unit.not-found", unitId).onField(field));
    }

    private LocalDate day(@Nullable LocalDate onDay, LocalDate notBefore, String field) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = onDay == null ? today : onDay;
        if (day.isAfter(today)) {
            throw DomainException.rule("petition.date.future").onField(field);
        }
        if (day.isBefore(notBefore)) {
            throw DomainException.rule("petition.date.before", notBefore).onField(field);
        }
        return day;
    }

    private static void requireState(PetitionRow p, PetitionState... allowed) {
        for (PetitionState s : allowed) {
            if (p.state() == s) {
                return;
            }
        }
        throw DomainException.rule("petition.state.invalid", p.state().name());
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static PetitionRow.Builder copy(PetitionRow p) {
        return new PetitionRow.Builder(p);
    }
}
