package vn.dangvu.conference;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.conference.internal.ConferenceAccess;
import vn.dangvu.conference.internal.ConferenceStore;
import vn.dangvu.conference.internal.ConferenceStore.ConferenceRow;
import vn.dangvu.conference.internal.ConferenceTitles;
import vn.dangvu.conference.internal.ResolutionVotePolicy;
import vn.dangvu.conference.internal.TermProgrammeStore;
import vn.dangvu.document.Confidentiality;
import vn.dangvu.document.DocumentManagement;
import vn.dangvu.document.DocumentScope;
import vn.dangvu.document.DocumentType;
import vn.dangvu.document.DocumentView;
import vn.dangvu.document.DraftDocument;
import vn.dangvu.document.ScopeKind;
import vn.dangvu.member.CellRosters;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.org.OrgTerm;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;

/**
 * Writes of conferences, each one audited transaction: the staff of the body's unit (the cell secretary for their
 * cell) plan a conference — numbered within the body's term and titled the Vietnamese way — and set its agenda,
 * groups, participants with their attendance, and drafts with their versions; delegates submit their own opinions,
 * and the staff of a subordinate organisation their organisation's comments on a consultation; the staff record the
 * responsible official's answers and the votes on resolutions, an adopted one issued as a numbered NQ document. A stale
 * version gives 409; a refusal changes nothing.
 */
@Service
@Transactional
public class ConferenceManagement {

    private final ConferenceStore store;
    private final TermProgrammeStore programmes;
    private final OrgUnits orgUnits;
    private final CellRosters rosters;
    private final DocumentManagement documents;
    private final AuditTrail audit;
    private final Clock clock;

    ConferenceManagement(
            ConferenceStore store,
            TermProgrammeStore programmes,
            OrgUnits orgUnits,
            CellRosters rosters,
            DocumentManagement documents,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.programmes = programmes;
        this.orgUnits = orgUnits;
        this.rosters = rosters;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Plans a conference of a body of a unit of the caller's scope. A numbered one takes the next number of the body
     * in the unit's term on the day it is held; a consultation keeps the title given.
     */
    public UUID plan(PlanConference command, Actor actor) {
        OrgUnitView unit = orgUnits.findWithin(command.orgUnitId(), actor.scopeFor(ConferenceAccess.MANAGERS))
                .orElseThrow(() -> DomainException.notFound("org.unit.not-found", command.orgUnitId())
                        .onField("orgUnitId"));
        boolean cell = unit.kind().holdsMembers();
        if (cell != (command.body() == ConferenceBody.CELL)) {
            throw DomainException.rule("conference.body.unit-kind").onField("body");
        }
        Optional<OrgTerm> term = orgUnits.termOn(unit.id(), command.heldOn());
        Long termId = term.map(OrgTerm::id).orElse(null);
        Integer congress = term.map(OrgTerm::congressNumber).orElse(null);
        Integer number = null;
        String title;
        if (command.kind().numbered()) {
            number = store.lastNumber(unit.id(), command.body(), termId) + 1;
            title = ConferenceTitles.title(number, command.body(), unit.name(), congress);
        } else {
            if (command.title() == null || command.title().isBlank()) {
                throw DomainException.rule("conference.title.required").onField("title");
            }
            title = command.title().strip();
        }
        if (command.kind() == ConferenceKind.THEMATIC
                && (command.topic() == null || command.topic().isBlank())) {
            throw DomainException.rule("conference.topic.required").onField("topic");
        }
        if (command.programmeItemId() != null) {
            if (command.kind() != ConferenceKind.THEMATIC) {
                throw DomainException.rule("conference.programme-item.kind").onField("programmeItemId");
            }
            programmes.requireItem(
                    command.programmeItemId(),
                    unit.id(),
                    command.body(),
                    termId,
                    "programmeItemId",
                    ProgrammeItemKind.THEMATIC_CONFERENCE);
        }
        UUID id = UUID.randomUUID();
        store.insert(
                new ConferenceRow(
                        id,
                        unit.id(),
                        command.body(),
                        command.kind(),
                        command.kind().numbered() ? termId : null,
                        congress,
                        number,
                        title,
                        blankToNull(command.topic()),
                        command.heldOn(),
                        blankToNull(command.place()),
                        command.programmeItemId(),
                        0),
                actor.username(),
                clock.instant());
        audit.record("conference.plan", "conference", id, command);
        return id;
    }

    /** Moves the day, place or topic (the number and title stay). */
    public void update(
            UUID id, LocalDate heldOn, @Nullable String place, @Nullable String topic, long version, Actor actor) {
        ConferenceRow row = managed(id, actor);
        if (row.kind() == ConferenceKind.THEMATIC && (topic == null || topic.isBlank())) {
            throw DomainException.rule("conference.topic.required").onField("topic");
        }
        store.update(row.id(), heldOn, blankToNull(place), blankToNull(topic), version, clock.instant());
        audit.record("conference.update", "conference", id, Map.of("heldOn", heldOn));
    }

    /** Replaces the agenda. */
    public void replaceAgenda(UUID id, List<ConferenceView.ConferenceAgendaItem> items, long version, Actor actor) {
        ConferenceRow row = managed(id, actor);
        List<ConferenceView.ConferenceAgendaItem> numbered = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ConferenceView.ConferenceAgendaItem item = items.get(i);
            numbered.add(new ConferenceView.ConferenceAgendaItem(
                    UUID.randomUUID(), i + 1, item.title().strip(), blankToNull(item.presenter())));
        }
        store.touch(row.id(), version, clock.instant());
        store.replaceAgenda(row.id(), numbered);
        audit.record("conference.agenda.replace", "conference", id, numbered.size());
    }

    /** Adds a discussion group (tổ). */
    public UUID addGroup(UUID id, String name, Actor actor) {
        ConferenceRow row = managed(id, actor);
        UUID group = UUID.randomUUID();
        store.insertGroup(group, row.id(), name.strip());
        audit.record("conference.group.add", "conference", id, name);
        return group;
    }

    /**
     * Adds a participant: a member of the body (an active member of the unit's organisation) or a guest. An
     * exempted member is marked so, from the register.
     */
    public UUID addParticipant(UUID id, AddParticipant command, Actor actor) {
        ConferenceRow row = managed(id, actor);
        String name;
        boolean exempt = false;
        if (command.memberId() != null) {
            CellRosters.RosterMember member = rosters.byIds(List.of(command.memberId())).stream()
                    .filter(m -> m.status().isActive())
                    .findFirst()
                    .orElseThrow(() -> DomainException.rule("conference.participant.not-active")
                            .onField("memberId"));
            if (command.role() == ParticipantRole.BODY_MEMBER && !inSubtree(member.orgUnitId(), row.orgUnitId())) {
                throw DomainException.rule("conference.participant.outside-unit")
                        .onField("memberId");
            }
            if (store.memberTakesPart(row.id(), command.memberId())) {
                throw DomainException.conflict("conference.participant.duplicate", member.fullName())
                        .onField("memberId");
            }
            name = member.fullName();
            exempt = member.status() == MemberStatus.EXEMPTED;
        } else if (command.role() == ParticipantRole.BODY_MEMBER) {
            throw DomainException.rule("conference.participant.member-required").onField("memberId");
        } else if (command.fullName() == null || command.fullName().isBlank()) {
            throw DomainException.rule("conference.participant.name-required").onField("fullName");
        } else {
            name = command.fullName().strip();
        }
        checkGroup(row.id(), command.groupId());
        UUID participant = UUID.randomUUID();
        store.insertParticipant(
                row.id(),
                new ConferenceView.ConferenceParticipant(
                        participant,
                        command.memberId(),
                        name,
                        blankToNull(command.positionTitle()),
                        command.role(),
                        exempt,
                        command.role() == ParticipantRole.BODY_MEMBER ? command.exclusion() : null,
                        null,
                        command.groupId(),
                        command.groupLeader() && command.groupId() != null,
                        0));
        if (command.groupLeader() && command.groupId() != null) {
            ConferenceView.ConferenceParticipant added =
                    store.participant(row.id(), participant).orElseThrow();
            store.updateParticipant(row.id(), added);
        }
        audit.record("conference.participant.add", "conference_participant", participant, command);
        return participant;
    }

    /** Sets a participant's attendance, exclusion and group. */
    public void updateParticipant(UUID id, UUID participantId, UpdateParticipant command, Actor actor) {
        ConferenceRow row = managed(id, actor);
        ConferenceView.ConferenceParticipant current = store.participant(row.id(), participantId)
                .orElseThrow(() -> DomainException.notFound("conference.participant.not-found", participantId));
        checkGroup(row.id(), command.groupId());
        store.updateParticipant(
                row.id(),
                new ConferenceView.ConferenceParticipant(
                        current.id(),
                        current.memberId(),
                        current.fullName(),
                        blankToNull(command.positionTitle()),
                        current.role(),
                        command.exempt(),
                        current.role() == ParticipantRole.BODY_MEMBER ? command.exclusion() : null,
                        command.attendance(),
                        command.groupId(),
                        command.groupLeader(),
                        command.version()));
        audit.record("conference.participant.update", "conference_participant", participantId, command);
    }

    /** Puts a draft to the conference, its first version holding the text put. */
    public UUID addDraft(
            UUID id,
            String title,
            @Nullable String responsible,
            @Nullable Long documentId,
            @Nullable String text,
            Actor actor) {
        ConferenceRow row = managed(id, actor);
        if (documentId != null) {
            try {
                documents.view(documentId, actor);
            } catch (DomainException e) {
                throw DomainException.notFound("document.not-found", documentId).onField("documentId");
            }
        }
        UUID draft = UUID.randomUUID();
        store.insertDraft(draft, row.id(), title.strip(), blankToNull(responsible), documentId);
        store.insertVersion(
                UUID.randomUUID(), draft, blankToNull(text), null, List.of(), actor.username(), clock.instant());
        audit.record("conference.draft.add", "conference_draft", draft, title);
        return draft;
    }

    /**
     * Adds the next version of a draft, citing the opinions it takes in: each must concern this draft and have been
     * accepted.
     *
     * @return the version's number
     */
    public int addVersion(
            UUID id, UUID draftId, @Nullable String text, @Nullable String note, List<UUID> opinionIds, Actor actor) {
        ConferenceRow row = managed(id, actor);
        if (!store.draftOf(row.id(), draftId)) {
            throw DomainException.notFound("conference.draft.not-found", draftId);
        }
        Set<UUID> cited = new LinkedHashSet<>(opinionIds);
        Map<UUID, OpinionView> onDraft = new java.util.HashMap<>();
        store.opinions(row.id(), draftId, null, null, false).forEach(o -> onDraft.put(o.id(), o));
        for (UUID opinion : cited) {
            OpinionView o = onDraft.get(opinion);
            if (o == null) {
                throw DomainException.rule("conference.version.opinion-other-draft", opinion)
                        .onField("opinionIds");
            }
            if (o.disposition() != Disposition.ACCEPTED) {
                throw DomainException.rule("conference.version.opinion-not-accepted", opinion)
                        .onField("opinionIds");
            }
        }
        int number = store.insertVersion(
                UUID.randomUUID(),
                draftId,
                blankToNull(text),
                blankToNull(note),
                cited,
                actor.username(),
                clock.instant());
        audit.record("conference.draft.version", "conference_draft", draftId, Map.of("number", number));
        return number;
    }

    /**
     * Records an opinion. The staff of the conference's unit record anyone's; a delegate submits their own; the
     * staff of a subordinate organisation send their organisation's comments to a consultation.
     */
    public UUID submitOpinion(UUID id, SubmitOpinion command, Actor actor) {
        ConferenceRow row = store.require(id, ConferenceAccess.readers(actor));
        boolean manager = manages(row, actor);
        if (!store.draftOf(row.id(), command.draftId())) {
            throw DomainException.rule("conference.draft.not-found", command.draftId())
                    .onField("draftId");
        }
        UUID participantId = null;
        Long speakerUnit = null;
        UUID group = command.groupId();
        if (row.kind() == ConferenceKind.CONSULTATION) {
            if (command.speakerUnitId() == null) {
                throw DomainException.rule("conference.opinion.unit-required").onField("speakerUnitId");
            }
            OrgUnitRef unit = orgUnits.find(command.speakerUnitId())
                    .filter(u -> u.id() != row.orgUnitId() && inSubtree(u.id(), row.orgUnitId()))
                    .orElseThrow(() -> DomainException.rule("conference.opinion.unit-outside")
                            .onField("speakerUnitId"));
            if (!manager && !actor.scopeFor(ConferenceAccess.MANAGERS).covers(unit.path())) {
                throw DomainException.rule("conference.opinion.unit-not-yours").onField("speakerUnitId");
            }
            speakerUnit = unit.id();
        } else {
            ConferenceView.ConferenceParticipant speaker;
            if (manager) {
                if (command.participantId() == null) {
                    throw DomainException.rule("conference.opinion.speaker-required")
                            .onField("participantId");
                }
                speaker = store.participant(row.id(), command.participantId())
                        .orElseThrow(() -> DomainException.rule("conference.opinion.speaker-required")
                                .onField("participantId"));
            } else {
                UUID self = actor.memberId();
                speaker = store.participants(row.id()).stream()
                        .filter(p -> self != null && self.equals(p.memberId()))
                        .findFirst()
                        .orElseThrow(() -> new DomainException(
                                DomainException.Kind.FORBIDDEN, "conference.opinion.not-participant"));
            }
            participantId = speaker.id();
            if (group == null) {
                group = speaker.groupId();
            }
        }
        checkGroup(row.id(), group);
        UUID opinion = UUID.randomUUID();
        store.insertOpinion(
                new ConferenceStore.NewOpinion(
                        opinion,
                        row.id(),
                        command.draftId(),
                        blankToNull(command.section()),
                        participantId,
                        speakerUnit,
                        group,
                        command.text().strip()),
                actor.username(),
                clock.instant());
        audit.record("conference.opinion.submit", "conference_opinion", opinion, command);
        return opinion;
    }

    /** Records the responsible official's answer to an opinion. */
    public OpinionView respond(
            UUID id, UUID opinionId, Disposition disposition, String response, long version, Actor actor) {
        ConferenceRow row = managed(id, actor);
        store.respond(row.id(), opinionId, disposition, response.strip(), version, actor.username(), clock.instant());
        audit.record("conference.opinion.respond", "conference_opinion", opinionId, disposition);
        return store.opinion(row.id(), opinionId).orElseThrow();
    }

    /**
     * Records a vote on a resolution under {@code ResolutionVotePolicy} (Charter Art. 9(5), QĐ 24-QĐ/TW §9.3). An
     * adopted resolution is issued at once as an NQ document of the unit, numbered by the document sequence, and
     * linked to the vote.
     */
    public ConferenceView.ConferenceVote recordVote(UUID id, RecordVote command, Actor actor) {
        ConferenceRow row = managed(id, actor);
        if (row.kind() == ConferenceKind.CONSULTATION) {
            throw DomainException.rule("conference.vote.consultation");
        }
        if (row.heldOn().isAfter(LocalDate.now(clock))) {
            throw DomainException.rule("conference.vote.not-held");
        }
        if (command.programmeItemId() != null) {
            programmes.requireItem(
                    command.programmeItemId(),
                    row.orgUnitId(),
                    row.body(),
                    row.termId(),
                    "programmeItemId",
                    ProgrammeItemKind.THEMATIC_RESOLUTION);
        }
        ResolutionVotePolicy.Outcome outcome = ResolutionVotePolicy.decide(
                ResolutionVotePolicy.seats(store.participants(row.id())),
                command.votesFor(),
                command.against(),
                command.abstentions());
        Long documentId = null;
        String number = null;
        if (outcome.adopted()) {
            String issuer = Objects.requireNonNull(command.issuerCode()).strip();
            long doc = documents.create(
                    new DraftDocument(
                            row.orgUnitId(),
                            DocumentType.NQ,
                            issuer,
                            false,
                            null,
                            command.title().strip(),
                            "Thông qua tại " + row.title() + ".",
                            null,
                            null,
                            null,
                            Confidentiality.INTERNAL,
                            List.of(new DocumentScope(ScopeKind.SUBTREE, row.orgUnitId(), null)),
                            List.of()),
                    actor);
            DocumentView draft = documents.view(doc, actor);
            documents.publish(doc, draft.version(), actor);
            documentId = doc;
            number = documents.view(doc, actor).number();
        }
        Instant now = clock.instant();
        ConferenceView.ConferenceVote vote = new ConferenceView.ConferenceVote(
                UUID.randomUUID(),
                command.title().strip(),
                command.method(),
                command.votesFor(),
                command.against(),
                command.abstentions(),
                outcome.base(),
                outcome.adopted(),
                documentId,
                number,
                command.programmeItemId(),
                now);
        store.insertVote(row.id(), vote, actor.username());
        audit.record("conference.vote.record", "conference_vote", vote.id(), command);
        return vote;
    }

    private ConferenceRow managed(UUID id, Actor actor) {
        return store.require(id, ConferenceAccess.managers(actor));
    }

    private boolean manages(ConferenceRow row, Actor actor) {
        OrgScope scope = actor.scopeFor(ConferenceAccess.MANAGERS);
        return orgUnits.find(row.orgUnitId()).map(u -> scope.covers(u.path())).orElse(false);
    }

    private void checkGroup(UUID conferenceId, @Nullable UUID groupId) {
        if (groupId != null && !store.groupOf(conferenceId, groupId)) {
            throw DomainException.rule("conference.group.not-found").onField("groupId");
        }
    }

    private boolean inSubtree(long unitId, long rootId) {
        String root = orgUnits.find(rootId).map(OrgUnitRef::path).orElse(null);
        return root != null
                && orgUnits.find(unitId).map(u -> u.path().startsWith(root)).orElse(false);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
