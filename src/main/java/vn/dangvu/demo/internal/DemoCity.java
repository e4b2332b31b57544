package vn.dangvu.demo.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.calendar.WorkingDays;
import vn.dangvu.demo.DemoSize;
import vn.dangvu.member.LifecycleReplay;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.security.Accounts;
import vn.dangvu.shared.Role;

/**
 * Generates the demo city under the existing root unit: the tree ({@link DemoTree}), its members ({@link DemoMembers})
 * with their lifecycle histories and the cells' candidates ({@link DemoHistories}), an account for every living,
 * non-exempted member and one staff account per role ({@link DemoStaff}). Deterministic:
 * the same size, seed, reference date and starting database give the same rows. The rows are committed in batches; an interrupted generation is
 * detected at the next start.
 */
@Component
public class DemoCity {

    static final String SIZE_SETTING = "demo.size";
    /** Written by the first commit of a generation; without {@link #SIZE_SETTING} it means one was interrupted. */
    static final String STARTED_SETTING = "demo.started";

    static final String SEED_SETTING = "demo.seed";
    static final String DATE_SETTING = "demo.reference-date";
    /** The card number of the demo's ordinary member, the log-in of the member role. */
    public static final String MEMBER_LOGIN_SETTING = "demo.member-login";

    private static final Logger log = LoggerFactory.getLogger(DemoCity.class);

    /**
     * What was generated.
     *
     * @param memberLogin username of the demo's ordinary member (a card number)
     * @param cellId the cell of the demo secretary and member
     * @param communeId the commune committee of the demo's organisation staff and inspection
     */
    public record Result(
            Map<OrgUnitKind, Integer> unitsByKind,
            int members,
            int accounts,
            String memberLogin,
            long cellId,
            long communeId,
            Duration elapsed) {}

    /** What an account is made from: a member who uses the handbook. */
    private record Candidate(
            UUID memberId, long cellId, String cardNumber, String fullName, MemberStatus status, LocalDate birthDate) {}

    private record Pick(Candidate secretary, Candidate member, long communeId) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final WorkingDays workingDays;
    private final Accounts accounts;
    private final Clock clock;
    private final DemoMeetings meetings;
    private final DemoDocuments documents;
    private final DemoInspection inspection;
    private final DemoProgrammes programmes;
    private final DemoConferences conferences;
    private final DemoElections elections;

    DemoCity(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            Accounts accounts,
            WorkingDays workingDays,
            Clock clock,
            DemoMeetings meetings,
            DemoDocuments documents,
            DemoInspection inspection,
            DemoProgrammes programmes,
            DemoConferences conferences,
            DemoElections elections) {
        this.programmes = programmes;
        this.conferences = conferences;
        this.elections = elections;
        this.meetings = meetings;
        this.inspection = inspection;
        this.documents = documents;
        this.workingDays = workingDays;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Generates the city; the caller makes sure none was generated before. */
    public Result generate(DemoSize size, long seed, LocalDate referenceDate, String demoPassword) {
        long started = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom treeRandom = random.split();
        SplittableRandom memberRandom = random.split();
        SplittableRandom accountRandom = random.split();
        SplittableRandom historyRandom = random.split();
        DemoWriter writer = new DemoWriter(
                jdbc, Timestamp.from(referenceDate.atStartOfDay(clock.getZone()).toInstant()));

        DemoTree.Root root = jdbc.queryForObject(
                "SELECT id, code, path, depth FROM org_unit WHERE parent_id IS NULL ORDER BY id LIMIT 1",
                (rs, n) -> new DemoTree.Root(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
        long firstId = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM org_unit", Long.class);
        List<DemoTree.Unit> units = DemoTree.plan(size, root, firstId, treeRandom);
        DemoProgress progress = new DemoProgress(size, size.members() * 19L / 10);
        String hash = accounts.hashPassword(demoPassword);
        // Each batch of members commits on its own: one transaction for the whole city made H2 spend a third of the
        // generation committing it. The first commit notes that a generation has begun, the last one that the city is
        // complete; a start that finds the first note without the second refuses to go on (DemoCityRunner). The
        // identity restart is DDL (which H2 commits at once), so it runs after the data is committed.
        record Written(List<Candidate> candidates, Pick pick) {}
        transactions.executeWithoutResult(tx -> {
            writer.setting(STARTED_SETTING, size.name());
            writer.units(units);
        });
        log.info("Dữ liệu mẫu {}: {} tổ chức đảng", size, units.size());
        List<Candidate> writtenCandidates =
                writeMembers(units, referenceDate, memberRandom, historyRandom, writer, progress);
        Pick chosen = pick(units, writtenCandidates, referenceDate);
        writeMemberAccounts(writtenCandidates, chosen, hash, accountRandom, writer, progress);
        Written written = Objects.requireNonNull(transactions.execute(tx -> {
            int staff = writeStaff(root.id(), chosen, hash, accountRandom, writer);
            writer.setting(SIZE_SETTING, size.name());
            writer.setting(SEED_SETTING, Long.toString(seed));
            writer.setting(DATE_SETTING, referenceDate.toString());
            writer.setting(MEMBER_LOGIN_SETTING, chosen.member().cardNumber());
            meetings.seed(chosen.secretary().cellId(), referenceDate, clock.getZone(), seed);
            new DemoFees(jdbc, new SplittableRandom(seed ^ 0xFEE))
                    .seed(
                            chosen.secretary().cellId(),
                            referenceDate,
                            Timestamp.from(
                                    referenceDate.atStartOfDay(clock.getZone()).toInstant()));
            log.debug("{} staff accounts", staff);
            return new Written(writtenCandidates, chosen);
        }));
        writer.restartUnitIds(firstId + units.size());
        List<Candidate> candidates = written.candidates();
        Pick pick = written.pick();
        progress.done();
        documents.seed(
                root.id(), root.path(), pick.communeId(), pick.secretary().cellId());
        inspection.seed(pick.communeId(), pick.secretary().cellId());
        programmes.seed(root.id(), root.path(), pick.communeId());
        elections.seed(
                pick.communeId(),
                pick.secretary().cellId(),
                new DemoElections.Counter(
                        pick.secretary().memberId(),
                        pick.secretary().fullName(),
                        pick.secretary().cellId()),
                new DemoElections.Counter(
                        pick.member().memberId(),
                        pick.member().fullName(),
                        pick.member().cellId()));
        transactions.executeWithoutResult(tx ->
                new DemoEvaluations(jdbc, clock.getZone()).seed(pick.secretary().cellId(), referenceDate, seed));
        transactions.executeWithoutResult(
                tx -> new DemoPetitions(jdbc, clock.getZone()).seed(pick.communeId(), referenceDate));
        transactions.executeWithoutResult(tx -> new DemoGrassroots(jdbc, clock.getZone())
                .seed(pick.communeId(), pick.secretary().cellId(), referenceDate));
        transactions.executeWithoutResult(
                tx -> conferences.seed(root.id(), root.path(), pick.secretary().cellId(), referenceDate));
        transactions.executeWithoutResult(
                tx -> new DemoCongresses(jdbc, clock.getZone()).seed(root.id(), pick.communeId(), referenceDate));

        Map<OrgUnitKind, Integer> byKind = new EnumMap<>(OrgUnitKind.class);
        units.forEach(unit -> byKind.merge(unit.kind(), 1, Integer::sum));
        int members = units.stream().mapToInt(DemoTree.Unit::members).sum();
        return new Result(
                byKind,
                members,
                candidates.size(),
                pick.member().cardNumber(),
                pick.secretary().cellId(),
                pick.communeId(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private List<Candidate> writeMembers(
            List<DemoTree.Unit> units,
            LocalDate referenceDate,
            SplittableRandom random,
            SplittableRandom historyRandom,
            DemoWriter writer,
            DemoProgress progress) {
        DemoMembers people = new DemoMembers(random, referenceDate);
        jdbc.query("SELECT card_number, citizen_id FROM member", rs -> {
            people.reserve(rs.getString(1), rs.getString(2));
        });
        DemoHistories histories = new DemoHistories(
                historyRandom,
                referenceDate,
                units,
                new LifecycleReplay(workingDays.snapshot()::plusWorkingDays),
                people);
        List<Candidate> candidates = new ArrayList<>();
        List<DemoHistories.Life> batch = new ArrayList<>(DemoWriter.BATCH);
        for (DemoTree.Unit unit : units) {
            List<DemoMembers.Row> rows = new ArrayList<>(unit.members());
            for (int i = 0; i < unit.members(); i++) {
                rows.add(people.next(unit.id()));
            }
            if (rows.isEmpty()) {
                continue;
            }
            for (DemoHistories.Life life : histories.cell(unit, rows)) {
                batch.add(life);
                DemoMembers.Row row = life.row();
                if (life.getsAccount()) {
                    candidates.add(new Candidate(
                            row.id(),
                            unit.id(),
                            Objects.requireNonNull(life.cardNumber()),
                            row.fullName(),
                            life.status(),
                            row.birthDate()));
                }
            }
            if (batch.size() >= DemoWriter.BATCH) {
                flushMembers(writer, batch, progress);
            }
        }
        flushMembers(writer, batch, progress);
        return candidates;
    }

    private void flushMembers(DemoWriter writer, List<DemoHistories.Life> lives, DemoProgress progress) {
        transactions.executeWithoutResult(tx -> {
            writer.members(lives);
            writer.events(lives, clock.getZone());
        });
        progress.advance(
                (int) lives.stream().filter(life -> life.cardNumber() != null).count());
        lives.clear();
    }

    /**
     * The demo's cell secretary and ordinary member: two official members of one cell (chi bộ trực thuộc with nine or
     * more members, so it has a chi ủy) in the first commune committee, whose staff log-ins cover it.
     */
    private static Pick pick(List<DemoTree.Unit> units, List<Candidate> candidates, LocalDate referenceDate) {
        DemoTree.Unit commune = units.stream()
                .filter(unit -> unit.kind() == OrgUnitKind.COMMUNE)
                .findFirst()
                .orElseThrow();
        List<DemoTree.Unit> cells = new ArrayList<>();
        units.stream()
                .filter(unit -> unit.kind() == OrgUnitKind.CELL && unit.path().startsWith(commune.path()))
                .forEach(cells::add);
        units.stream().filter(unit -> unit.kind().holdsMembers()).forEach(cells::add);
        Map<Long, List<Candidate>> officialsByCell = candidates.stream()
                .filter(c -> c.status() == MemberStatus.OFFICIAL)
                .collect(Collectors.groupingBy(Candidate::cellId));
        for (DemoTree.Unit cell : cells) {
            List<Candidate> officials = officialsByCell.getOrDefault(cell.id(), List.of());
            if (cell.members() >= 9 && officials.size() >= 2) {
                Candidate secretary = officials.stream()
                        .filter(c -> c.birthDate().isBefore(referenceDate.minusYears(30)))
                        .findFirst()
                        .orElse(officials.get(0));
                Candidate member = officials.stream()
                        .filter(c -> c != secretary)
                        .findFirst()
                        .orElseThrow();
                return new Pick(secretary, member, commune.id());
            }
        }
        throw new IllegalStateException("no cell with two official members");
    }

    private void writeMemberAccounts(
            List<Candidate> candidates,
            Pick pick,
            String hash,
            SplittableRandom random,
            DemoWriter writer,
            DemoProgress progress) {
        List<DemoWriter.Account> accountBatch = new ArrayList<>(DemoWriter.BATCH);
        List<DemoWriter.Grant> grantBatch = new ArrayList<>(DemoWriter.BATCH + 1);
        for (Candidate candidate : candidates) {
            boolean secretary = candidate == pick.secretary();
            UUID id = Draw.uuid(random);
            String username = secretary ? DemoStaff.CELL_SECRETARY.username() : candidate.cardNumber();
            accountBatch.add(new DemoWriter.Account(id, username, candidate.memberId(), candidate.fullName()));
            grantBatch.add(new DemoWriter.Grant(Draw.uuid(random), id, Role.MEMBER.name(), candidate.cellId()));
            if (secretary) {
                grantBatch.add(
                        new DemoWriter.Grant(Draw.uuid(random), id, Role.CELL_SECRETARY.name(), candidate.cellId()));
            }
            if (accountBatch.size() == DemoWriter.BATCH) {
                flush(writer, accountBatch, grantBatch, hash, progress);
            }
        }
        flush(writer, accountBatch, grantBatch, hash, progress);
    }

    private void flush(
            DemoWriter writer,
            List<DemoWriter.Account> accounts,
            List<DemoWriter.Grant> grants,
            String hash,
            DemoProgress progress) {
        transactions.executeWithoutResult(tx -> {
            writer.accounts(accounts, hash);
            writer.grants(grants);
        });
        progress.advance(accounts.size());
        accounts.clear();
        grants.clear();
    }

    /** One staff account per role; a user name that already exists is left alone. */
    private int writeStaff(long rootId, Pick pick, String hash, SplittableRandom random, DemoWriter writer) {
        List<DemoWriter.Account> staff = new ArrayList<>();
        List<DemoWriter.Grant> grants = new ArrayList<>();
        for (DemoStaff login : DemoStaff.values()) {
            UUID id = Draw.uuid(random);
            String name = PersonNames.next(random, Draw.chance(random, 0.4));
            long scope = login.scope() == DemoStaff.Scope.COMMUNE ? pick.communeId() : rootId;
            if (login.scope() == DemoStaff.Scope.CELL) {
                continue;
            }
            Integer taken = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM account WHERE username = ?", Integer.class, login.username());
            if (taken != null && taken > 0) {
                log.warn("Tài khoản mẫu {} đã có, giữ nguyên", login.username());
                continue;
            }
            staff.add(new DemoWriter.Account(id, login.username(), null, name));
            grants.add(new DemoWriter.Grant(Draw.uuid(random), id, login.role().name(), scope));
        }
        writer.accounts(staff, hash);
        writer.grants(grants);
        return staff.size();
    }
}
