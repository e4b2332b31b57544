package vn.dangvu.congress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.congress.internal.CongressNumbers;
import vn.dangvu.congress.internal.CongressRules;
import vn.dangvu.congress.internal.CongressStore;
import vn.dangvu.congress.internal.ShareFormat;
import vn.dangvu.document.DocumentManagement;
import vn.dangvu.document.DocumentView;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;

/**
 * Read API of congresses: a congress, the congresses of a scope, their delegates and documents, and the progress of
 * a season over a subtree (counted in SQL over the subtree's path range). {@link #delegates(UUID)} is for other
 * modules (the election module) and checks no scope.
 */
@Service
@Transactional(readOnly = true)
public class Congresses {

    /** Who plans and records congresses: the staff over their subtree, a cell secretary their cell's. */
    public static final Role[] WRITERS = {Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.CELL_SECRETARY
    };

    /** {@link #WRITERS} and the leadership (read only). */
    public static final Role[] READERS = {
        Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.CELL_SECRETARY, Role.LEADERSHIP
    };

    /** At most this many organisations are listed in a drill-down. */
    public static final int MISSING_LIMIT = 500;

    private final CongressStore store;
    private final CongressRules rules;
    private final OrgUnits orgUnits;
    private final DocumentManagement documents;
    private final Clock clock;

    Congresses(CongressStore store, CongressRules rules, OrgUnits orgUnits, DocumentManagement documents, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.orgUnits = orgUnits;
        this.documents = documents;
        this.clock = clock;
    }

    /** A congress of the caller's scope. */
    public CongressView view(UUID id, Actor actor) {
        return view(store.require(id, actor.scopeFor(READERS)));
    }

    /** The congresses of the caller's scope, optionally of a season and inside a subtree of the scope. */
    public List<CongressView> list(Actor actor, @Nullable Integer season, @Nullable Long orgUnitId) {
        OrgScope scope = actor.scopeFor(READERS);
        String subtree = orgUnitId == null ? null : unit(orgUnitId, scope).path();
        return store.list(scope, season, subtree).stream().map(this::view).toList();
    }

    /**
     * The delegates of a congress as the election module reads them: member, category, credential, whether summoned
     * and present. No scope is checked: the caller checks its own.
     */
    public List<CongressDelegate> delegates(UUID congressId) {
        List<CongressStore.DelegateRow> rows = store.delegates(congressId);
        Set<UUID> replaced = replaced(rows);
        return rows.stream()
                .map(d -> new CongressDelegate(
                        d.memberId(), d.category(), d.credential(), summoned(d, replaced), d.present()))
                .toList();
    }

    /** The delegates of a congress of the caller's scope, with the counts. */
    public DelegateList delegateList(UUID congressId, Actor actor) {
        store.require(congressId, actor.scopeFor(READERS));
        return delegateList(congressId);
    }

    DelegateList delegateList(UUID congressId) {
        List<CongressStore.DelegateRow> rows = store.delegates(congressId);
        Set<UUID> replaced = replaced(rows);
        Map<Long, String> names = orgUnits.namesOf(
                rows.stream().map(CongressStore.DelegateRow::memberUnitId).toList());
        Map<UUID, UUID> replacedBy = new java.util.HashMap<>();
        rows.stream().filter(d -> d.substitutesId() != null).forEach(d -> replacedBy.put(d.substitutesId(), d.id()));
        List<DelegateView> views = new ArrayList<>();
        int summoned = 0;
        int present = 0;
        int pending = 0;
        int rejected = 0;
        for (CongressStore.DelegateRow d : rows) {
            boolean isSummoned = summoned(d, replaced);
            if (isSummoned) {
                summoned++;
                if (d.present()) {
                    present++;
                }
            }
            if (d.credential() == CredentialStatus.PENDING) {
                pending++;
            } else if (d.credential() == CredentialStatus.REJECTED) {
                rejected++;
            }
            views.add(new DelegateView(
                    d.id(),
                    d.memberId(),
                    d.fullName(),
                    d.memberUnitId(),
                    names.getOrDefault(d.memberUnitId(), ""),
                    d.category(),
                    d.electedBy(),
                    d.credential(),
                    d.rejectionReason(),
                    d.substitutesId(),
                    replacedBy.get(d.id()),
                    isSummoned,
                    d.present(),
                    d.version()));
        }
        return new DelegateList(views, summoned, present, attendance(present, summoned), pending, rejected);
    }

    /** The documents linked to a congress of the caller's scope that the caller may see. */
    public List<CongressDocument> documents(UUID congressId, Actor actor) {
        store.require(congressId, actor.scopeFor(READERS));
        List<CongressDocument> list = new ArrayList<>();
        for (long id : store.documentIds(congressId)) {
            try {
                DocumentView d = documents.view(id, actor);
                list.add(new CongressDocument(d.id(), d.number(), d.type(), d.title(), d.status(), d.issuedOn()));
            } catch (DomainException hidden) {
                // a document the caller may not see is left out
            }
        }
        return list;
    }

    /** The progress of a season over the subtree of a unit of the caller's scope. */
    public SeasonProgress progress(long rootUnitId, int season, Actor actor) {
        OrgUnitView root = unit(rootUnitId, actor.scopeFor(READERS));
        LocalDate today = LocalDate.now(clock);
        Map<OrgUnitKind, Map<SeasonStatus, Long>> counts =
                store.counts(root.path(), season, today, rules.lateKinds(season, today));
        List<SeasonProgress.SeasonLevel> levels = new ArrayList<>();
        Map<SeasonStatus, Long> total = new EnumMap<>(SeasonStatus.class);
        for (OrgUnitKind kind : OrgUnitKind.values()) {
            Map<SeasonStatus, Long> byStatus = counts.get(kind);
            if (byStatus == null) {
                continue;
            }
            byStatus.forEach((s, n) -> total.merge(s, n, Long::sum));
            levels.add(level(kind, byStatus, rules.deadline(season, kind)));
        }
        return new SeasonProgress(root.id(), root.name(), season, today, levels, level(null, total, null));
    }

    /** The organisations of the subtree whose congress of the season is not held, for the drill-down. */
    public List<SeasonProgress.MissingOrganisation> missing(
            long rootUnitId, int season, @Nullable OrgUnitKind kind, @Nullable SeasonStatus status, Actor actor) {
        OrgUnitView root = unit(rootUnitId, actor.scopeFor(READERS));
        LocalDate today = LocalDate.now(clock);
        return store
                .missing(root.path(), season, today, rules.lateKinds(season, today), kind, status, MISSING_LIMIT)
                .stream()
                .map(m -> new SeasonProgress.MissingOrganisation(
                        m.unitId(),
                        m.name(),
                        m.kind(),
                        m.path(),
                        m.status(),
                        m.congressId(),
                        m.plannedOn(),
                        rules.deadline(season, m.kind())))
                .toList();
    }

    private static SeasonProgress.SeasonLevel level(
            @Nullable OrgUnitKind kind, Map<SeasonStatus, Long> byStatus, @Nullable LocalDate deadline) {
        long held = byStatus.getOrDefault(SeasonStatus.HELD, 0L);
        long planned = byStatus.getOrDefault(SeasonStatus.PLANNED, 0L);
        long notPlanned = byStatus.getOrDefault(SeasonStatus.NOT_PLANNED, 0L);
        long overdue = byStatus.getOrDefault(SeasonStatus.OVERDUE, 0L);
        long all = held + planned + notPlanned + overdue;
        return new SeasonProgress.SeasonLevel(
                kind, all, held, planned, notPlanned, overdue, ShareFormat.share(held, all), deadline);
    }

    CongressView view(CongressStore.Row row) {
        OrgUnitRef unit = orgUnits.find(row.orgUnitId())
                .orElseThrow(() -> DomainException.notFound("org.unit.not-found", row.orgUnitId()));
        LocalDate today = LocalDate.now(clock);
        LocalDate opening = row.opensOn() != null ? row.opensOn() : row.plannedOn();
        CongressRules.Notice notice = rules.notice(row.announcedOn(), opening);
        boolean held = row.heldFrom() != null;
        return new CongressView(
                row.id(),
                row.orgUnitId(),
                unit.name(),
                unit.kind(),
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
                notice.given(),
                notice.required(),
                notice.latestAnnouncement(),
                row.heldFrom(),
                row.heldTo(),
                row.summoned(),
                row.present(),
                row.summoned() == null || row.present() == null
                        ? null
                        : attendance(row.present(), row.summoned(), row.kind()),
                row.termMonths(),
                row.approvalNumber(),
                row.approvalDate(),
                row.status(),
                rules.status(true, row.plannedOn(), held, row.season(), unit.kind(), today),
                rules.deadline(row.season(), unit.kind()),
                row.version());
    }

    /** "X/Y đại biểu được triệu tập có mặt". */
    static String attendance(int present, int summoned) {
        return ShareFormat.count(present) + "/" + ShareFormat.count(summoned) + " đại biểu được triệu tập có mặt";
    }

    static String attendance(int present, int summoned, CongressKind kind) {
        return kind == CongressKind.DELEGATES
                ? attendance(present, summoned)
                : ShareFormat.count(present) + "/" + ShareFormat.count(summoned) + " đảng viên được triệu tập có mặt";
    }

    /** The official delegates an alternate has replaced. */
    static Set<UUID> replaced(List<CongressStore.DelegateRow> rows) {
        Set<UUID> replaced = new HashSet<>();
        rows.stream()
                .filter(d -> d.substitutesId() != null && d.credential() != CredentialStatus.REJECTED)
                .forEach(d -> replaced.add(d.substitutesId()));
        return replaced;
    }

    /**
     * Summoned: official and ex officio delegates not rejected and not replaced; alternates who took an official
     * delegate's place and were not rejected.
     */
    static boolean summoned(CongressStore.DelegateRow d, Set<UUID> replaced) {
        if (d.credential() == CredentialStatus.REJECTED) {
            return false;
        }
        if (d.category() == DelegateCategory.ALTERNATE) {
            return d.substitutesId() != null;
        }
        return !replaced.contains(d.id());
    }

    OrgUnitView unit(long id, OrgScope scope) {
        return orgUnits.findWithin(id, scope).orElseThrow(() -> DomainException.notFound("org.unit.not-found", id));
    }

    /**
     * The title of a congress as the press writes it (HD 06-HD/TW numbering, in Roman numerals): "Đại hội đại biểu
     * Đảng bộ Thành phố lần thứ XVIII, nhiệm kỳ 2025–2030".
     */
    public static String title(CongressKind kind, String unitName, int number, int termFrom, int termTo) {
        return CongressNumbers.title(kind, unitName, number, termFrom, termTo);
    }

    static boolean holdsCongress(OrgUnitKind kind) {
        return CongressNumbers.holdsCongress(kind);
    }
}
