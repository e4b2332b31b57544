package vn.dangvu.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.duty.internal.fee.ArrearsPolicy;
import vn.dangvu.duty.internal.fee.FeeBook;
import vn.dangvu.duty.internal.fee.FeeMembers;
import vn.dangvu.duty.internal.fee.FeePolicy;
import vn.dangvu.duty.internal.fee.FeeProperties;
import vn.dangvu.duty.internal.fee.FeeStore;
import vn.dangvu.member.AgedMember;
import vn.dangvu.member.CellRosters;
import vn.dangvu.member.CellRosters.RosterMember;
import vn.dangvu.member.RemovalProposal;
import vn.dangvu.member.RemovalProposals;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.SqlFragment;

/**
 * Read API of party fees (REGULATIONS §6): a cell's ledger, a member's year and "paid up to", arrears and collection
 * reports — for the controllers and for other modules (the handbook shows the member's own months). Scope is applied
 * in SQL (units by {@code org.OrgUnits}, members by {@code member.MembershipAges}); auditing is the caller's.
 */
@Service
@Transactional(readOnly = true)
public class Fees {

    private final FeeMembers members;
    private final FeeBook book;
    private final FeeStore store;
    private final CellRosters rosters;
    private final RemovalProposals proposals;
    private final FeeProperties properties;
    private final Clock clock;

    Fees(
            FeeMembers members,
            FeeBook book,
            FeeStore store,
            CellRosters rosters,
            RemovalProposals proposals,
            FeeProperties properties,
            Clock clock) {
        this.members = members;
        this.book = book;
        this.store = store;
        this.rosters = rosters;
        this.proposals = proposals;
        this.properties = properties;
        this.clock = clock;
    }

    /** The ledger of a cell of the scope for a year: its members × twelve months. */
    public FeeLedger ledger(long cellId, int year, OrgScope scope) {
        OrgUnitView cell = members.cell(cellId, scope);
        List<RosterMember> roster = rosters.of(cellId);
        FeeBook.Loaded loaded =
                book.load(roster.stream().map(RosterMember::memberId).toList(), scope, cell.path(), today());
        List<FeeMemberYear> rows =
                roster.stream().map(m -> loaded.year(m, year)).toList();
        List<FeeLedger.MonthTotal> totals = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            long due = 0;
            long paid = 0;
            int unpaid = 0;
            for (FeeMemberYear row : rows) {
                FeeMonth month = row.months().get(m - 1);
                due += month.due();
                paid += month.paid();
                unpaid += month.status() == FeeStatus.UNPAID ? 1 : 0;
            }
            totals.add(new FeeLedger.MonthTotal(m, due, paid, unpaid));
        }
        return new FeeLedger(cell.id(), cell.name(), year, rows, totals);
    }

    /** A member of the scope: the year's months, bases and reliefs. */
    public FeeMemberRecord record(UUID memberId, int year, OrgScope scope) {
        RosterMember member = members.member(memberId, scope);
        FeeBook.Loaded loaded = book.loadOne(memberId, scope, today());
        return new FeeMemberRecord(loaded.year(member, year), loaded.bases(memberId), loaded.reliefs(memberId));
    }

    /** The member's year (for the member's own view, with the member's own scope). */
    public FeeMemberYear year(UUID memberId, int year, OrgScope scope) {
        RosterMember member = members.member(memberId, scope);
        return book.loadOne(memberId, scope, today()).year(member, year);
    }

    /** The last month up to which the member of the scope has paid (for the transfer letter), if any. */
    public @Nullable YearMonth paidUpTo(UUID memberId, OrgScope scope) {
        members.member(memberId, scope);
        return book.loadOne(memberId, scope, today()).paidUpTo(memberId);
    }

    /**
     * A page of the members of a unit's subtree with months of {@code year} ended unpaid, those with most months first
     * (then by name), computed set-based over the subtree.
     */
    public FeeArrears arrears(long orgUnitId, int year, Paging paging, OrgScope scope) {
        List<FeeArrears.Member> all = allArrears(orgUnitId, year, scope);
        int from = (int) Math.min(all.size(), paging.offset());
        int to = Math.min(all.size(), from + paging.sizeOrDefault());
        int meeting =
                (int) all.stream().filter(FeeArrears.Member::meetsRemovalRule).count();
        return new FeeArrears(
                orgUnitId,
                year,
                ArrearsPolicy.RULE,
                all.subList(from, to),
                all.size(),
                meeting,
                paging.pageOrDefault(),
                paging.sizeOrDefault());
    }

    /**
     * Every member of a unit's subtree with months of {@code year} ended unpaid ({@link ArrearsPolicy}), most months
     * first: the unpaid months are found in SQL over the subtree ({@link FeeStore#unpaid}); the few members of 50
     * years' membership, exempt by age, are then computed one by one by {@link FeeBook}.
     */
    public List<FeeArrears.Member> allArrears(long orgUnitId, int year, OrgScope scope) {
        OrgUnitView unit = members.unit(orgUnitId, scope);
        LocalDate today = today();
        YearMonth current = YearMonth.from(today);
        List<YearMonth> months = new ArrayList<>();
        for (int m = 1; m <= 12 && YearMonth.of(year, m).isBefore(current); m++) {
            months.add(YearMonth.of(year, m));
        }
        List<FeeStore.UnpaidRow> unpaidRows =
                store.unpaid(members.activeIn(unit.path()), months, properties.fixedAmounts());
        if (unpaidRows.isEmpty()) {
            return List.of();
        }
        FeeBook.FiftyYears fifty = book.fiftyYears(scope, unit.path(), today);
        List<UUID> aged = unpaidRows.stream()
                .map(FeeStore.UnpaidRow::memberId)
                .filter(fifty.dates()::containsKey)
                .toList();
        FeeBook.Loaded loaded = book.load(aged, fifty, today);
        Map<UUID, RemovalProposal> raised = new HashMap<>();
        proposals.bySource(ArrearsPolicy.sourceKey(year), scope).forEach(p -> raised.put(p.memberId(), p));
        List<FeeArrears.Member> rows = new ArrayList<>();
        for (FeeStore.UnpaidRow row : unpaidRows) {
            List<YearMonth> unpaid = row.months();
            long owed = row.owed();
            if (fifty.dates().containsKey(row.memberId())) {
                List<FeeMonth> exact = new ArrayList<>();
                for (int m = 1; m <= 12; m++) {
                    exact.add(loaded.month(row.memberId(), YearMonth.of(year, m)));
                }
                List<YearMonth> exactUnpaid = ArrearsPolicy.unpaidMonths(exact, today);
                unpaid = exactUnpaid;
                owed = exact.stream()
                        .filter(m -> exactUnpaid.contains(m.month()))
                        .mapToLong(FeeMonth::due)
                        .sum();
            }
            if (unpaid.isEmpty()) {
                continue;
            }
            RemovalProposal proposal = raised.get(row.memberId());
            rows.add(new FeeArrears.Member(
                    row.memberId(),
                    row.fullName(),
                    row.orgUnitId(),
                    unpaid,
                    owed,
                    ArrearsPolicy.meetsRemovalRule(unpaid),
                    proposal == null ? null : proposal.id(),
                    proposal == null ? null : proposal.state().name()));
        }
        rows.sort(Comparator.comparingInt(
                        (FeeArrears.Member m) -> -m.unpaidMonths().size())
                .thenComparing(FeeArrears.Member::fullName)
                .thenComparing(FeeArrears.Member::memberId));
        return rows;
    }

    /**
     * Collection of a unit's subtree for a year (months up to the current one) or one month: due and collected per
     * cell, rolled up, and the shares of the levels. Computed set-based over the subtree: members and amounts due per
     * cell by {@link FeeStore#dueByCell}, less the months of members exempt by 50 years' membership; collected
     * amounts per collecting cell.
     */
    public FeeCollectionReport collection(long orgUnitId, int year, @Nullable Integer month, OrgScope scope) {
        OrgUnitView unit = members.unit(orgUnitId, scope);
        LocalDate today = today();
        YearMonth from = YearMonth.of(year, month == null ? 1 : month);
        YearMonth to = month != null ? from : YearMonth.of(year, 12);
        if (month == null && year == today.getYear()) {
            to = YearMonth.from(today);
        }
        List<YearMonth> window = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            window.add(m);
        }
        SqlFragment active = members.activeIn(unit.path());
        Map<Long, Integer> counts = store.membersWithBasisByCell(active);
        Map<Long, Long> dueByCell = new HashMap<>(store.dueByCell(active, window, properties.fixedAmounts()));
        takeOffFiftyYears(dueByCell, book.fiftyYears(scope, unit.path(), today), window);
        Map<Long, Long> collected = store.collectedByUnit(members.inSubtree("org_unit_id", unit.path()), from, to);
        Set<Long> cellIds = new HashSet<>(counts.keySet());
        cellIds.addAll(dueByCell.keySet());
        cellIds.addAll(collected.keySet());
        Map<Long, String> names = members.unitNames(cellIds);
        List<FeeCollectionReport.Cell> cells = new ArrayList<>();
        long due = 0;
        long total = 0;
        for (Long cell : cellIds) {
            long got = collected.getOrDefault(cell, 0L);
            long cellDue = dueByCell.getOrDefault(cell, 0L);
            cells.add(new FeeCollectionReport.Cell(
                    cell,
                    names.getOrDefault(cell, "#" + cell),
                    counts.getOrDefault(cell, 0),
                    cellDue,
                    got,
                    rate(got, cellDue)));
            due += cellDue;
            total += got;
        }
        cells.sort(Comparator.comparing(FeeCollectionReport.Cell::name));
        return new FeeCollectionReport(
                unit.id(), unit.name(), year, month, cells, due, total, rate(total, due), levels(total));
    }

    /** Takes off the amounts the SQL counted for the months of members exempt by 50 years' membership. */
    private void takeOffFiftyYears(Map<Long, Long> dueByCell, FeeBook.FiftyYears fifty, List<YearMonth> window) {
        List<UUID> aged = fifty.members().values().stream()
                .filter(a -> a.status().isActive())
                .map(AgedMember::memberId)
                .toList();
        if (aged.isEmpty() || window.isEmpty()) {
            return;
        }
        Map<UUID, List<FeeBasis>> bases = store.bases(aged);
        Map<UUID, List<FeeRelief>> reliefs = store.reliefs(aged);
        for (UUID id : aged) {
            List<FeeBasis> own = bases.get(id);
            YearMonth exemptFrom = fifty.exemptFrom(id);
            if (own == null || exemptFrom == null) {
                continue;
            }
            long counted = 0;
            for (YearMonth m : window) {
                if (!m.isBefore(exemptFrom)) {
                    counted += FeePolicy.due(
                                    m, own, reliefs.getOrDefault(id, List.of()), null, properties.fixedAmounts())
                            .due();
                }
            }
            if (counted != 0) {
                dueByCell.merge(fifty.members().get(id).orgUnitId(), -counted, Long::sum);
            }
        }
    }

    private List<FeeCollectionReport.Level> levels(long collected) {
        int cell = properties.cellPercent();
        int grassroots = properties.grassrootsPercent();
        long cellAmount = share(collected, cell);
        long grassrootsAmount = share(collected, grassroots);
        return List.of(
                new FeeCollectionReport.Level("CELL", cell, cellAmount),
                new FeeCollectionReport.Level("GRASSROOTS", grassroots, grassrootsAmount),
                new FeeCollectionReport.Level(
                        "UPPER", 100 - cell - grassroots, collected - cellAmount - grassrootsAmount));
    }

    private static long share(long amount, int percent) {
        return java.math.BigDecimal.valueOf(amount)
                .multiply(java.math.BigDecimal.valueOf(percent))
                .divide(java.math.BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP)
                .longValueExact();
    }

    private static double rate(long collected, long due) {
        return due == 0 ? 0 : Math.round(collected * 1000.0 / due) / 10.0;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }
}
