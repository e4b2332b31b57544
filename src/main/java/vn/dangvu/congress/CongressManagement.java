package vn.dangvu.congress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.congress.internal.CongressNumbers;
import vn.dangvu.congress.internal.CongressRules;
import vn.dangvu.congress.internal.CongressStore;
import vn.dangvu.congress.internal.CongressStore.DelegateRow;
import vn.dangvu.congress.internal.CongressStore.Row;
import vn.dangvu.document.DocumentManagement;
import vn.dangvu.document.DocumentView;
import vn.dangvu.member.CellRosters;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.org.OrgUnitManagement;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;

/**
 * Writes of congresses, each one audited transaction with a version check (a stale version is a 409): plan, announce
 * the opening (30 working days' notice), record it held (which records the new term in the organisation module),
 * record the superior's approval; add delegates, review their credentials, let an alternate take an official
 * delegate's place, mark attendance; link the congress's documents.
 */
@Service
@Transactional
public class CongressManagement {

    private final CongressStore store;
    private final Congresses congresses;
    private final CongressNumbers numbers;
    private final CongressRules rules;
    private final OrgUnits orgUnits;
    private final OrgUnitManagement orgManagement;
    private final CellRosters rosters;
    private final DocumentManagement documents;
    private final AuditTrail audit;
    private final Clock clock;

    CongressManagement(
            CongressStore store,
            Congresses congresses,
            CongressNumbers numbers,
            CongressRules rules,
            OrgUnits orgUnits,
            OrgUnitManagement orgManagement,
            CellRosters rosters,
            DocumentManagement documents,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.congresses = congresses;
        this.numbers = numbers;
        this.rules = rules;
        this.orgUnits = orgUnits;
        this.orgManagement = orgManagement;
        this.rosters = rosters;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    /** Plans the congress of an organisation of the caller's scope for a season (one per season). */
    public CongressView plan(PlanCongress command, Actor actor) {
        OrgUnitView unit = congresses.unit(command.orgUnitId(), actor.scopeFor(Congresses.WRITERS));
        if (!Congresses.holdsCongress(unit.kind())) {
            throw DomainException.rule("congress.unit.kind").onField("orgUnitId");
        }
        checkTermLength(unit.kind(), command.termMonths());
        if (store.exists(unit.id(), command.season())) {
            throw DomainException.conflict("congress.exists", command.season()).onField("season");
        }
        int computed = numbers.next(unit.id(), today());
        int number = number(command, computed);
        UUID id = UUID.randomUUID();
        int termTo = command.season() + command.termMonths() / 12;
        Row row = new Row(
                id,
                unit.id(),
                command.season(),
                termTo,
                command.kind(),
                number,
                computed,
                number == computed ? null : command.numberReason(),
                CongressNumbers.title(command.kind(), unit.name(), number, command.season(), termTo),
                command.pilot(),
                command.directSecretary(),
                command.plannedOn(),
                null,
                null,
                null,
                null,
                null,
                null,
                command.termMonths(),
                null,
                null,
                CongressStatus.PLANNED,
                0);
        store.insert(row, clock.instant(), actor.username());
        audit.record("congress.plan", "congress", id, command);
        return congresses.view(store.require(id, actor.scopeFor(Congresses.WRITERS)));
    }

    /** Rewrites the plan of a congress not yet held (kind, day, flags, number, term length). */
    public CongressView replan(UUID id, PlanCongress command, long version, Actor actor) {
        Row row = writable(id, actor);
        if (row.status() == CongressStatus.HELD || row.status() == CongressStatus.APPROVED) {
            throw DomainException.conflict("congress.already-held");
        }
        OrgUnitRef unit = unitOf(row);
        checkTermLength(unit.kind(), command.termMonths());
        int computed = numbers.next(row.orgUnitId(), today());
        int number = number(command, computed);
        int termTo = row.season() + command.termMonths() / 12;
        Row changed = new Row(
                row.id(),
                row.orgUnitId(),
                row.season(),
                termTo,
                command.kind(),
                number,
                computed,
                number == computed ? null : command.numberReason(),
                CongressNumbers.title(command.kind(), unit.name(), number, row.season(), termTo),
                command.pilot(),
                command.directSecretary(),
                row.opensOn() != null ? row.opensOn() : command.plannedOn(),
                row.announcedOn(),
                row.opensOn(),
                null,
                null,
                null,
                null,
                command.termMonths(),
                null,
                null,
                row.status(),
                row.version());
        save(changed, version, actor, "congress.replan", command);
        return congresses.view(changed.id(), actor);
    }

    /**
     * Records the announcement of the opening date; refused when it gives fewer working days' notice than required
     * (QĐ 24-QĐ/TW §11.1).
     */
    public CongressView announce(UUID id, LocalDate announcedOn, LocalDate opensOn, long version, Actor actor) {
        Row row = writable(id, actor);
        if (row.status() != CongressStatus.PLANNED && row.status() != CongressStatus.ANNOUNCED) {
            throw DomainException.conflict("congress.already-held");
        }
        if (announcedOn.isAfter(today())) {
            throw DomainException.rule("congress.announcement.future").onField("announcedOn");
        }
        if (!opensOn.isAfter(announcedOn)) {
            throw DomainException.rule("congress.opening.before-announcement").onField("opensOn");
        }
        CongressRules.Notice notice = rules.notice(announcedOn, opensOn);
        if (!notice.sufficient()) {
            throw DomainException.rule(
                            "congress.notice.too-short",
                            notice.given(),
                            notice.required(),
                            day(notice.latestAnnouncement()))
                    .onField("announcedOn");
        }
        Row changed = with(row, opensOn, announcedOn, opensOn, null, null, null, null, CongressStatus.ANNOUNCED);
        save(changed, version, actor, "congress.announce", Map.of("announcedOn", announcedOn, "opensOn", opensOn));
        return congresses.view(id, actor);
    }

    /**
     * Records the congress held and the term it begins (in the organisation module, whose term policy checks the
     * number and the length). A delegates' congress with delegates counts its attendance from them.
     */
    public CongressView hold(
            UUID id,
            LocalDate heldFrom,
            LocalDate heldTo,
            @Nullable Integer summoned,
            @Nullable Integer present,
            long version,
            Actor actor) {
        Row row = writable(id, actor);
        if (row.status() != CongressStatus.ANNOUNCED) {
            throw DomainException.conflict("congress.not-announced");
        }
        if (heldFrom.isAfter(today())) {
            throw DomainException.rule("congress.held.future").onField("heldFrom");
        }
        if (row.opensOn() != null && heldFrom.isBefore(row.opensOn())) {
            throw DomainException.rule("congress.held.before-opening", day(row.opensOn()))
                    .onField("heldFrom");
        }
        if (heldTo.isBefore(heldFrom)) {
            throw DomainException.rule("congress.held.end-before-start").onField("heldTo");
        }
        int sum;
        int pres;
        DelegateList delegates = congresses.delegateList(id);
        if (row.kind() == CongressKind.DELEGATES && !delegates.delegates().isEmpty()) {
            sum = delegates.summoned();
            pres = delegates.present();
        } else {
            if (summoned == null || summoned < 1) {
                throw DomainException.rule("congress.attendance.required").onField("attendanceSummoned");
            }
            if (present == null || present < 0 || present > summoned) {
                throw DomainException.rule("congress.attendance.present").onField("attendancePresent");
            }
            sum = summoned;
            pres = present;
        }
        int months = row.termMonths() == null ? 60 : row.termMonths();
        orgManagement.addTerm(
                row.orgUnitId(), row.number(), heldFrom, months, actor.scopeFor(Congresses.WRITERS), actor.username());
        Row changed = with(
                row,
                row.plannedOn(),
                row.announcedOn(),
                row.opensOn(),
                heldFrom,
                heldTo,
                sum,
                pres,
                CongressStatus.HELD);
        save(changed, version, actor, "congress.hold", Map.of("heldFrom", heldFrom, "heldTo", heldTo));
        return congresses.view(id, actor);
    }

    /**
     * Records the superior's approval (chuẩn y) of the results. Only staff whose scope reaches the organisation's
     * superior record it.
     */
    public CongressView approve(UUID id, String decisionNumber, LocalDate decisionDate, long version, Actor actor) {
        Row row = writable(id, actor);
        if (row.status() != CongressStatus.HELD) {
            throw DomainException.conflict("congress.not-held");
        }
        OrgUnitView unit = congresses.unit(row.orgUnitId(), actor.scopeFor(Congresses.WRITERS));
        OrgScope scope = actor.scopeFor(Congresses.WRITERS);
        boolean superior = unit.parentId() != null
                && orgUnits.find(unit.parentId())
                        .map(p -> scope.covers(p.path()))
                        .orElse(false);
        if (!superior) {
            throw DomainException.rule("congress.approval.superior-only");
        }
        if (row.heldTo() != null && decisionDate.isBefore(row.heldTo())) {
            throw DomainException.rule("congress.approval.before-held").onField("decisionDate");
        }
        if (decisionDate.isAfter(today())) {
            throw DomainException.rule("congress.approval.future").onField("decisionDate");
        }
        Row changed = new Row(
                row.id(),
                row.orgUnitId(),
                row.season(),
                row.termTo(),
                row.kind(),
                row.number(),
                row.computedNumber(),
                row.numberReason(),
                row.title(),
                row.pilot(),
                row.directSecretary(),
                row.plannedOn(),
                row.announcedOn(),
                row.opensOn(),
                row.heldFrom(),
                row.heldTo(),
                row.summoned(),
                row.present(),
                row.termMonths(),
                decisionNumber.strip(),
                decisionDate,
                CongressStatus.APPROVED,
                row.version());
        save(changed, version, actor, "congress.approve", Map.of("decision", decisionNumber, "date", decisionDate));
        return congresses.view(id, actor);
    }

    /** Adds a delegate to a delegates' congress: an active member of a cell in the organisation's subtree. */
    public DelegateList addDelegate(
            UUID id, UUID memberId, DelegateCategory category, @Nullable String electedBy, Actor actor) {
        Row row = writable(id, actor);
        if (row.kind() != CongressKind.DELEGATES) {
            throw DomainException.rule("congress.delegates.members-congress");
        }
        if (row.status() == CongressStatus.HELD || row.status() == CongressStatus.APPROVED) {
            throw DomainException.conflict("congress.already-held");
        }
        String unitPath = unitOf(row).path();
        CellRosters.RosterMember member = rosters.byIds(List.of(memberId)).stream()
                .filter(m -> m.status().isActive())
                .filter(m -> orgUnits.find(m.orgUnitId())
                        .map(u -> u.path().startsWith(unitPath))
                        .orElse(false))
                .findFirst()
                .orElseThrow(
                        () -> DomainException.rule("congress.delegate.outside").onField("memberId"));
        if (store.delegateExists(id, memberId)) {
            throw DomainException.conflict("congress.delegate.exists", member.fullName())
                    .onField("memberId");
        }
        UUID delegateId = UUID.randomUUID();
        store.insertDelegate(
                new DelegateRow(
                        delegateId,
                        id,
                        memberId,
                        member.fullName(),
                        member.orgUnitId(),
                        category,
                        electedBy == null || electedBy.isBlank() ? null : electedBy.strip(),
                        CredentialStatus.PENDING,
                        null,
                        null,
                        false,
                        0),
                clock.instant(),
                actor.username());
        audit.record("congress.delegate.add", "congress_delegate", delegateId, Map.of("memberId", memberId));
        return congresses.delegateList(id);
    }

    /** The credentials committee's finding on a delegate: accepted, or rejected with a reason. */
    public DelegateList review(
            UUID id, UUID delegateId, CredentialStatus status, @Nullable String reason, long version, Actor actor) {
        writable(id, actor);
        DelegateRow d = store.delegate(id, delegateId);
        if (status == CredentialStatus.PENDING) {
            throw DomainException.rule("congress.credential.pending").onField("status");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (status == CredentialStatus.REJECTED && why == null) {
            throw DomainException.rule("congress.credential.reason-required").onField("reason");
        }
        store.updateDelegate(
                new DelegateRow(
                        d.id(),
                        d.congressId(),
                        d.memberId(),
                        d.fullName(),
                        d.memberUnitId(),
                        d.category(),
                        d.electedBy(),
                        status,
                        status == CredentialStatus.REJECTED ? why : null,
                        d.substitutesId(),
                        status != CredentialStatus.REJECTED && d.present(),
                        d.version()),
                version);
        audit.record("congress.delegate.review", "congress_delegate", delegateId, Map.of("status", status));
        return congresses.delegateList(id);
    }

    /** An alternate delegate takes the place of an official delegate who cannot attend. */
    public DelegateList substitute(UUID id, UUID alternateId, UUID officialId, long version, Actor actor) {
        writable(id, actor);
        DelegateRow alternate = store.delegate(id, alternateId);
        DelegateRow official = store.delegate(id, officialId);
        if (alternate.category() != DelegateCategory.ALTERNATE || alternate.substitutesId() != null) {
            throw DomainException.rule("congress.substitution.not-alternate").onField("officialId");
        }
        if (alternate.credential() == CredentialStatus.REJECTED) {
            throw DomainException.rule("congress.substitution.rejected").onField("officialId");
        }
        if (official.category() != DelegateCategory.OFFICIAL
                || store.delegates(id).stream().anyMatch(d -> officialId.equals(d.substitutesId()))) {
            throw DomainException.rule("congress.substitution.not-official").onField("officialId");
        }
        store.updateDelegate(
                new DelegateRow(
                        alternate.id(),
                        id,
                        alternate.memberId(),
                        alternate.fullName(),
                        alternate.memberUnitId(),
                        alternate.category(),
                        alternate.electedBy(),
                        alternate.credential(),
                        alternate.rejectionReason(),
                        officialId,
                        alternate.present(),
                        alternate.version()),
                version);
        if (official.present()) {
            store.updateDelegate(
                    new DelegateRow(
                            official.id(),
                            id,
                            official.memberId(),
                            official.fullName(),
                            official.memberUnitId(),
                            official.category(),
                            official.electedBy(),
                            official.credential(),
                            official.rejectionReason(),
                            null,
                            false,
                            official.version()),
                    official.version());
        }
        audit.record(
                "congress.delegate.substitute", "congress_delegate", alternateId, Map.of("officialId", officialId));
        return congresses.delegateList(id);
    }

    /** Marks a summoned delegate present or absent. */
    public DelegateList attendance(UUID id, UUID delegateId, boolean present, long version, Actor actor) {
        writable(id, actor);
        List<DelegateRow> all = store.delegates(id);
        DelegateRow d = store.delegate(id, delegateId);
        if (present && !Congresses.summoned(d, Congresses.replaced(all))) {
            throw DomainException.rule("congress.attendance.not-summoned").onField("present");
        }
        store.updateDelegate(
                new DelegateRow(
                        d.id(),
                        id,
                        d.memberId(),
                        d.fullName(),
                        d.memberUnitId(),
                        d.category(),
                        d.electedBy(),
                        d.credential(),
                        d.rejectionReason(),
                        d.substitutesId(),
                        present,
                        d.version()),
                version);
        audit.record("congress.delegate.attendance", "congress_delegate", delegateId, Map.of("present", present));
        return congresses.delegateList(id);
    }

    /**
     * Links a congress document of the organisation (drafted in the document module with the congress flag, so that
     * it draws its number from the congress sequence 01…) to the congress.
     */
    public List<CongressDocument> linkDocument(UUID id, long documentId, Actor actor) {
        Row row = writable(id, actor);
        DocumentView document = documents.view(documentId, actor);
        if (!document.congress() || document.orgUnitId() != row.orgUnitId()) {
            throw DomainException.rule("congress.document.not-congress").onField("documentId");
        }
        if (store.documentLinked(id, documentId)) {
            throw DomainException.conflict("congress.document.linked").onField("documentId");
        }
        store.linkDocument(id, documentId, clock.instant(), actor.username());
        audit.record("congress.document.link", "congress", id, Map.of("documentId", documentId));
        return congresses.documents(id, actor);
    }

    private Row writable(UUID id, Actor actor) {
        return store.require(id, actor.scopeFor(Congresses.WRITERS));
    }

    private OrgUnitRef unitOf(Row row) {
        return orgUnits.find(row.orgUnitId())
                .orElseThrow(() -> DomainException.notFound("org.unit.not-found", row.orgUnitId()));
    }

    private void save(Row row, long version, Actor actor, String action, Object change) {
        Instant now = clock.instant();
        store.update(row, version, now, actor.username());
        audit.record(action, "congress", row.id(), change);
    }

    private static Row with(
            Row row,
            LocalDate plannedOn,
            @Nullable LocalDate announcedOn,
            @Nullable LocalDate opensOn,
            @Nullable LocalDate heldFrom,
            @Nullable LocalDate heldTo,
            @Nullable Integer summoned,
            @Nullable Integer present,
            CongressStatus status) {
        return new Row(
                row.id(),
                row.orgUnitId(),
                row.season(),
                row.termTo(),
                row.kind(),
                row.number(),
                row.computedNumber(),
                row.numberReason(),
                row.title(),
                row.pilot(),
                row.directSecretary(),
                plannedOn,
                announcedOn,
                opensOn,
                heldFrom,
                heldTo,
                summoned,
                present,
                row.termMonths(),
                row.approvalNumber(),
                row.approvalDate(),
                status,
                row.version());
    }

    private static int number(PlanCongress command, int computed) {
        Integer wanted = command.congressNumber();
        if (wanted == null || wanted == computed) {
            return computed;
        }
        if (wanted < 1) {
            throw DomainException.rule("congress.number.invalid").onField("congressNumber");
        }
        if (command.numberReason() == null || command.numberReason().isBlank()) {
            throw DomainException.rule("congress.number.reason-required", computed)
                    .onField("numberReason");
        }
        return wanted;
    }

    /** 60 months, or 30 for a chi bộ trực thuộc (REGULATIONS §1.3; the organisation module checks the setting). */
    private static void checkTermLength(OrgUnitKind kind, int months) {
        if (months != 60 && !(months == 30 && kind == OrgUnitKind.CELL)) {
            throw DomainException.rule("congress.term.length", months).onField("termMonths");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String day(LocalDate d) {
        return "%02d/%02d/%d".formatted(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
