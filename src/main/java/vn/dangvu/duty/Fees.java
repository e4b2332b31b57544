package vn.dangvu.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.duty.internal.fee.ArrearsPolicy;
import vn.dangvu.duty.internal.fee.FeeBook;
import vn.dangvu.duty.internal.fee.FeeMembers;
import vn.dangvu.duty.internal.fee.FeeProperties;
import vn.dangvu.duty.internal.fee.FeeStore;
import vn.dangvu.member.CellRosters;
import vn.dangvu.member.CellRosters.RosterMember;
import vn.dangvu.member.RemovalProposal;
import vn.dangvu.member.RemovalProposals;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.shared.OrgScope;

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

    /** Members of a unit's subtree with months of {@code year} ended unpaid, those meeting the rule first. */
    public FeeArrears arrears(long orgUnitId, int year, OrgScope scope) {
        OrgUnitView unit = members.unit(orgUnitId, scope);
        LocalDate today = today();
        List<RosterMember> withBasis = members.withBasisIn(unit.path());
        FeeBook.Loaded loaded =
                book.load(withBasis.stream().map(RosterMember::memberId).toList(), scope, unit.path(), today);
        Map<UUID, RemovalProposal> raised = new HashMap<>();
        proposals.bySource(ArrearsPolicy.sourceKey(year), scope).forEach(p -> raised.put(p.memberId(), p));
        List<FeeArrears.Member> rows = new ArrayList<>();
        for (RosterMember member : withBasis) {
            List<FeeMonth> months = loaded.year(member, year).months();
            List<YearMonth> unpaid = ArrearsPolicy.unpaidMonths(months, today);
            if (unpaid.isEmpty()) {
                continue;
            }
            long owed = months.stream()
                    .filter(m -> unpaid.contains(m.month()))
                    .mapToLong(FeeMonth::due)
                    .sum();
            RemovalProposal proposal = raised.get(member.memberId());
            rows.add(new FeeArrears.Member(
                    member.memberId(),
                    member.fullName(),
                    member.orgUnitId(),
                    unpaid,
                    owed,
                    ArrearsPolicy.meetsRemovalRule(unpaid),
                    proposal == null ? null : proposal.id(),
                    proposal == null ? null : proposal.state().name()));
        }
        rows.sort(Comparator.comparingInt(
                        (FeeArrears.Member m) -> -m.unpaidMonths().size())
                .thenComparing(FeeArrears.Member::fullName));
        return new FeeArrears(orgUnitId, year, ArrearsPolicy.RULE, rows);
    }

    /**
     * Collection of a unit's subtree for a year (months up to the current one) or one month: due and collected per
     * cell, rolled up, and the shares of the levels.
     */
    public FeeCollectionReport collection(long orgUnitId, int year, @Nullable Integer month, OrgScope scope) {
        OrgUnitView unit = members.unit(orgUnitId, scope);
        LocalDate today = today();
        YearMonth from = YearMonth.of(year, month == null ? 1 : month);
        YearMonth to = month != null ? from : YearMonth.of(year, 12);
        if (month == null && year == today.getYear()) {
            to = YearMonth.from(today);
        }
        List<RosterMember> withBasis = members.withBasisIn(unit.path());
        FeeBook.Loaded loaded =
                book.load(withBasis.stream().map(RosterMember::memberId).toList(), scope, unit.path(), today);
        Map<Long, long[]> byCell = new HashMap<>();
        for (RosterMember member : withBasis) {
            long[] figures = byCell.computeIfAbsent(member.orgUnitId(), k -> new long[2]);
            figures[0]++;
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                figures[1] += loaded.due(member.memberId(), m).due();
            }
        }
        Map<Long, Long> collected = store.collectedByUnit(members.inSubtree("org_unit_id", unit.path()), from, to);
        collected.keySet().forEach(cell -> byCell.computeIfAbsent(cell, k -> new long[2]));
        List<FeeCollectionReport.Cell> cells = new ArrayList<>();
        long due = 0;
        long total = 0;
        for (Map.Entry<Long, long[]> entry : byCell.entrySet()) {
            long got = collected.getOrDefault(entry.getKey(), 0L);
            long cellDue = entry.getValue()[1];
            cells.add(new FeeCollectionReport.Cell(
                    entry.getKey(),
                    members.unitName(entry.getKey()),
                    (int) entry.getValue()[0],
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
