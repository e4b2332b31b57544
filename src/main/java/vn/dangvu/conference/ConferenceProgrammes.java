package vn.dangvu.conference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.conference.internal.ConferenceAccess;
import vn.dangvu.conference.internal.ConferenceStore;
import vn.dangvu.conference.internal.ConferenceStore.ConferenceRow;
import vn.dangvu.conference.internal.TermProgrammeStore;
import vn.dangvu.conference.internal.TermProgrammeStore.ItemRow;
import vn.dangvu.conference.internal.TermProgrammeStore.ProgrammeRow;
import vn.dangvu.conference.internal.TermProgress;
import vn.dangvu.org.OrgTerm;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;

/**
 * A body's term work programme (issue 7 point 6): the staff of the unit set the regular conferences planned for the
 * term current today and add planned thematic conferences and resolutions; the staff and the leadership read it
 * against the conferences held and the resolutions adopted, as of today ({@link TermProgress}). Writes are audited.
 */
@Service
@Transactional
public class ConferenceProgrammes {

    private final TermProgrammeStore programmes;
    private final ConferenceStore conferences;
    private final OrgUnits orgUnits;
    private final AuditTrail audit;
    private final Clock clock;

    ConferenceProgrammes(
            TermProgrammeStore programmes,
            ConferenceStore conferences,
            OrgUnits orgUnits,
            AuditTrail audit,
            Clock clock) {
        this.programmes = programmes;
        this.conferences = conferences;
        this.orgUnits = orgUnits;
        this.audit = audit;
        this.clock = clock;
    }

    /** The programme of a body of a unit of the caller's scope in the term current today, planned against held. */
    @Transactional(readOnly = true)
    public ConferenceProgrammeView view(long unitId, ConferenceBody body, Actor actor) {
        OrgUnitView unit = unit(unitId, actor.scopeFor(ConferenceAccess.STAFF_READERS));
        LocalDate today = LocalDate.now(clock);
        OrgTerm term = term(unit, today);
        ProgrammeRow programme = programmes.find(unit.id(), body, term.id()).orElse(null);
        List<ConferenceRow> held = conferences.ofTerm(unit.id(), body, term.id()).stream()
                .filter(c -> !c.heldOn().isAfter(today))
                .toList();
        List<vn.dangvu.conference.ConferenceView.ConferenceVote> adopted =
                conferences.adoptedInTerm(unit.id(), body, term.id());
        int regular = count(held, ConferenceKind.REGULAR);
        int planned = programme == null ? 0 : programme.plannedRegular();
        int expected = TermProgress.expected(planned, term.startsOn(), term.endsOn(), today);
        Map<UUID, ConferenceRow> conferenceByItem = new HashMap<>();
        held.stream()
                .filter(c -> c.programmeItemId() != null)
                .forEach(c -> conferenceByItem.putIfAbsent(c.programmeItemId(), c));
        Map<UUID, vn.dangvu.conference.ConferenceView.ConferenceVote> voteByItem = new HashMap<>();
        adopted.stream()
                .filter(v -> v.programmeItemId() != null)
                .forEach(v -> voteByItem.putIfAbsent(v.programmeItemId(), v));
        List<ConferenceProgrammeView.ConferenceProgrammeItem> items = new ArrayList<>();
        if (programme != null) {
            for (ItemRow item : programmes.items(programme.id())) {
                String doneBy = null;
                LocalDate doneOn = null;
                if (item.kind() == ProgrammeItemKind.THEMATIC_CONFERENCE && conferenceByItem.containsKey(item.id())) {
                    ConferenceRow c = conferenceByItem.get(item.id());
                    doneBy = c.title();
                    doneOn = c.heldOn();
                } else if (item.kind() == ProgrammeItemKind.THEMATIC_RESOLUTION && voteByItem.containsKey(item.id())) {
                    vn.dangvu.conference.ConferenceView.ConferenceVote v = voteByItem.get(item.id());
                    doneBy = v.documentNumber() != null ? v.documentNumber() + " " + v.title() : v.title();
                    doneOn = LocalDate.ofInstant(v.createdAt(), clock.getZone());
                }
                boolean done = doneBy != null;
                items.add(new ConferenceProgrammeView.ConferenceProgrammeItem(
                        item.id(),
                        item.kind(),
                        item.title(),
                        item.year(),
                        item.quarter(),
                        done,
                        doneBy,
                        doneOn,
                        TermProgress.behind(item.year(), item.quarter(), done, today)));
            }
        }
        return new ConferenceProgrammeView(
                programme == null ? null : programme.id(),
                unit.id(),
                unit.name(),
                body,
                term.id(),
                term.congressNumber(),
                term.startsOn(),
                term.endsOn(),
                today,
                planned,
                expected,
                regular,
                count(held, ConferenceKind.THEMATIC),
                count(held, ConferenceKind.EXTRAORDINARY),
                regular < expected,
                adopted.size(),
                items,
                programme == null ? 0 : programme.version());
    }

    /** A programme of the caller's scope by its id. */
    @Transactional(readOnly = true)
    public ConferenceProgrammeView view(UUID programmeId, Actor actor) {
        ProgrammeRow programme = programmes
                .byId(programmeId)
                .orElseThrow(() -> DomainException.notFound("conference.programme.not-found", programmeId));
        return view(programme.orgUnitId(), programme.body(), actor);
    }

    /** Sets the regular conferences planned for the term current today (creating the programme the first time). */
    public UUID setPlanned(long unitId, ConferenceBody body, int plannedRegular, long version, Actor actor) {
        OrgUnitView unit = unit(unitId, actor.scopeFor(ConferenceAccess.MANAGERS));
        OrgTerm term = term(unit, LocalDate.now(clock));
        ProgrammeRow existing = programmes.find(unit.id(), body, term.id()).orElse(null);
        UUID id;
        if (existing == null) {
            id = UUID.randomUUID();
            programmes.insert(
                    new ProgrammeRow(id, unit.id(), body, term.id(), plannedRegular, 0),
                    actor.username(),
                    clock.instant());
        } else {
            id = existing.id();
            programmes.updatePlanned(id, plannedRegular, version, clock.instant());
        }
        audit.record("conference.programme.set", "conference_programme", id, plannedRegular);
        return id;
    }

    /** Adds a planned thematic conference or resolution to a programme of the caller's scope. */
    public UUID addItem(UUID programmeId, ProgrammeItemKind kind, String title, int year, int quarter, Actor actor) {
        ProgrammeRow programme = programmes
                .byId(programmeId)
                .filter(p -> orgUnits.findWithin(p.orgUnitId(), actor.scopeFor(ConferenceAccess.MANAGERS))
                        .isPresent())
                .orElseThrow(() -> DomainException.notFound("conference.programme.not-found", programmeId));
        OrgTerm term = orgUnits.termOn(programme.orgUnitId(), LocalDate.now(clock))
                .filter(t -> t.id() == programme.termId())
                .orElseThrow(() -> DomainException.rule("conference.programme.term-over"));
        LocalDate quarterStart = LocalDate.of(year, quarter * 3 - 2, 1);
        if (quarterStart.isAfter(term.endsOn()) || quarterStart.plusMonths(3).isBefore(term.startsOn())) {
            throw DomainException.rule("conference.programme.quarter-outside-term")
                    .onField("plannedYear");
        }
        UUID id = UUID.randomUUID();
        programmes.insertItem(new ItemRow(id, programmeId, kind, title.strip(), year, quarter));
        audit.record("conference.programme.item.add", "conference_programme", programmeId, title);
        return id;
    }

    private OrgUnitView unit(long unitId, vn.dangvu.shared.OrgScope scope) {
        return orgUnits.findWithin(unitId, scope)
                .orElseThrow(() ->
                        DomainException.notFound("org.unit.not-found", unitId).onField("orgUnitId"));
    }

    private OrgTerm term(OrgUnitView unit, LocalDate day) {
        return orgUnits.termOn(unit.id(), day)
                .orElseThrow(() ->
                        DomainException.rule("conference.programme.no-term").onField("orgUnitId"));
    }

    private static int count(List<ConferenceRow> held, ConferenceKind kind) {
        return (int) held.stream().filter(c -> c.kind() == kind).count();
    }
}
