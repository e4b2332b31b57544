package vn.dangvu.duty.internal.fee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.dangvu.duty.FeeBasis;
import vn.dangvu.duty.FeeCategory;
import vn.dangvu.duty.FeeImportReport;
import vn.dangvu.duty.FeePaymentMethod;
import vn.dangvu.duty.FeeRelief;
import vn.dangvu.duty.FeeReliefGround;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.SqlFragment;

/** The {@code duty_fee_*} rows. Members are read in chunks; versioned rows are changed only at the version read. */
@Component
public class FeeStore {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    FeeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- bases

    public Map<UUID, List<FeeBasis>> bases(Collection<UUID> memberIds) {
        Map<UUID, List<FeeBasis>> result = new HashMap<>();
        for (List<UUID> chunk : chunks(memberIds)) {
            jdbc.sql("SELECT * FROM duty_fee_basis WHERE member_id IN (:ids) ORDER BY from_month")
                    .param("ids", chunk)
                    .query(FeeStore::basis)
                    .list()
                    .forEach(b -> result.computeIfAbsent(b.memberId(), k -> new ArrayList<>())
                            .add(b));
        }
        return result;
    }

    public Optional<FeeBasis> basis(long id) {
        return jdbc.sql("SELECT * FROM duty_fee_basis WHERE id = :id")
                .param("id", id)
                .query(FeeStore::basis)
                .optional();
    }

    public long insertBasis(
            UUID memberId,
            FeeCategory category,
            @Nullable Long amount,
            YearMonth from,
            @Nullable String note,
            String by,
            Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO duty_fee_basis (member_id, category, amount, from_month, note, created_by,
                               created_at, version)
                        VALUES (:m, :category, :amount, :from, :note, :by, :at, 0)""")
                .param("m", memberId)
                .param("category", category.name())
                .param("amount", amount)
                .param("from", from.atDay(1))
                .param("note", trim(note))
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKeyAs(Long.class));
    }

    public void updateBasis(
            long id, long version, FeeCategory category, @Nullable Long amount, YearMonth from, @Nullable String note) {
        stale(jdbc.sql("""
                        UPDATE duty_fee_basis SET category = :category, amount = :amount, from_month = :from,
                               note = :note, version = version + 1
                         WHERE id = :id AND version = :version""")
                .param("category", category.name())
                .param("amount", amount)
                .param("from", from.atDay(1))
                .param("note", trim(note))
                .param("id", id)
                .param("version", version)
                .update());
    }

    public void deleteBasis(long id, long version) {
        stale(jdbc.sql("DELETE FROM duty_fee_basis WHERE id = :id AND version = :version")
                .param("id", id)
                .param("version", version)
                .update());
    }

    // --- reliefs

    public Map<UUID, List<FeeRelief>> reliefs(Collection<UUID> memberIds) {
        Map<UUID, List<FeeRelief>> result = new HashMap<>();
        for (List<UUID> chunk : chunks(memberIds)) {
            jdbc.sql("SELECT * FROM duty_fee_relief WHERE member_id IN (:ids) ORDER BY from_month")
                    .param("ids", chunk)
                    .query(FeeStore::relief)
                    .list()
                    .forEach(r -> result.computeIfAbsent(r.memberId(), k -> new ArrayList<>())
                            .add(r));
        }
        return result;
    }

    public Optional<FeeRelief> relief(long id) {
        return jdbc.sql("SELECT * FROM duty_fee_relief WHERE id = :id")
                .param("id", id)
                .query(FeeStore::relief)
                .optional();
    }

    public long insertRelief(
            UUID memberId,
            FeeReliefGround ground,
            int percent,
            YearMonth from,
            YearMonth to,
            @Nullable String decision,
            String by,
            Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO duty_fee_relief (member_id, ground, percent, from_month, to_month, decision,
                               created_by, created_at, version)
                        VALUES (:m, :ground, :percent, :from, :to, :decision, :by, :at, 0)""")
                .param("m", memberId)
                .param("ground", ground.name())
                .param("percent", percent)
                .param("from", from.atDay(1))
                .param("to", to.atDay(1))
                .param("decision", trim(decision))
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKeyAs(Long.class));
    }

    public void updateRelief(
            long id,
            long version,
            FeeReliefGround ground,
            int percent,
            YearMonth from,
            YearMonth to,
            @Nullable String decision) {
        stale(jdbc.sql("""
                        UPDATE duty_fee_relief SET ground = :ground, percent = :percent, from_month = :from,
                               to_month = :to, decision = :decision, version = version + 1
                         WHERE id = :id AND version = :version""")
                .param("ground", ground.name())
                .param("percent", percent)
                .param("from", from.atDay(1))
                .param("to", to.atDay(1))
                .param("decision", trim(decision))
                .param("id", id)
                .param("version", version)
                .update());
    }

    public void deleteRelief(long id, long version) {
        stale(jdbc.sql("DELETE FROM duty_fee_relief WHERE id = :id AND version = :version")
                .param("id", id)
                .param("version", version)
                .update());
    }

    // --- payments

    /** Amounts paid per member and month, for months in {@code [from, to]}. */
    public Map<UUID, Map<YearMonth, Long>> paid(Collection<UUID> memberIds, YearMonth from, YearMonth to) {
        Map<UUID, Map<YearMonth, Long>> result = new HashMap<>();
        for (List<UUID> chunk : chunks(memberIds)) {
            jdbc.sql("""
                            SELECT member_id, fee_month, SUM(amount) AS paid FROM duty_fee_payment
                             WHERE member_id IN (:ids) AND fee_month >= :from AND fee_month <= :to
                             GROUP BY member_id, fee_month""")
                    .param("ids", chunk)
                    .param("from", from.atDay(1))
                    .param("to", to.atDay(1))
                    .query((rs, n) -> {
                        result.computeIfAbsent(rs.getObject("member_id", UUID.class), k -> new HashMap<>())
                                .put(YearMonth.from(rs.getObject("fee_month", LocalDate.class)), rs.getLong("paid"));
                        return null;
                    })
                    .list();
        }
        return result;
    }

    public void insertPayment(
            UUID memberId,
            long orgUnitId,
            YearMonth month,
            long amount,
            FeePaymentMethod method,
            LocalDate paidOn,
            @Nullable String reference,
            @Nullable Long importId,
            String by,
            Instant at) {
        jdbc.sql("""
                        INSERT INTO duty_fee_payment (member_id, org_unit_id, fee_month, amount, method, paid_on,
                               reference, import_id, recorded_by, recorded_at)
                        VALUES (:m, :unit, :month, :amount, :method, :paidOn, :ref, :import, :by, :at)""")
                .param("m", memberId)
                .param("unit", orgUnitId)
                .param("month", month.atDay(1))
                .param("amount", amount)
                .param("method", method.name())
                .param("paidOn", paidOn)
                .param("ref", reference)
                .param("import", importId)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The references among {@code references} already recorded. */
    public List<String> knownReferences(Collection<String> references) {
        List<String> known = new ArrayList<>();
        List<String> all = new ArrayList<>(references);
        for (int i = 0; i < all.size(); i += CHUNK) {
            known.addAll(jdbc.sql("SELECT reference FROM duty_fee_payment WHERE reference IN (:refs)")
                    .param("refs", all.subList(i, Math.min(all.size(), i + CHUNK)))
                    .query(String.class)
                    .list());
        }
        return known;
    }

    /** Amounts collected per collecting cell for months in {@code [from, to]}, for cells the condition selects. */
    public Map<Long, Long> collectedByUnit(SqlFragment units, YearMonth from, YearMonth to) {
        Map<String, Object> params = new HashMap<>(units.params());
        params.put("from", from.atDay(1));
        params.put("to", to.atDay(1));
        Map<Long, Long> result = new HashMap<>();
        jdbc.sql(
                        "SELECT org_unit_id, SUM(amount) AS total FROM duty_fee_payment WHERE fee_month >= :from AND fee_month <= :to"
                                + " AND " + units.sql() + " GROUP BY org_unit_id")
                .params(params)
                .query((rs, n) -> result.put(rs.getLong("org_unit_id"), rs.getLong("total")))
                .list();
        return result;
    }

    // --- set-based figures of a subtree (the reports at city scale)

    /**
     * Members with a basis per cell, among {@code members}: a derived table of members with columns {@code id},
     * {@code full_name}, {@code org_unit_id} (handed out by the member module, filtered to a subtree).
     */
    public Map<Long, Integer> membersWithBasisByCell(SqlFragment members) {
        Map<Long, Integer> result = new HashMap<>();
        jdbc.sql("SELECT r.org_unit_id, COUNT(*) AS n FROM " + members.sql() + " r WHERE EXISTS (SELECT 1 FROM"
                        + " duty_fee_basis b WHERE b.member_id = r.id) GROUP BY r.org_unit_id")
                .params(members.params())
                .query((rs, n) -> result.put(rs.getLong("org_unit_id"), rs.getInt("n")))
                .list();
        return result;
    }

    /**
     * The amount due per cell of {@code members} (see {@link #membersWithBasisByCell}) over the months, by
     * {@link FeePolicy#dueSql} — without the 50-year exemption, which the caller takes off.
     */
    public Map<Long, Long> dueByCell(SqlFragment members, List<YearMonth> months, Map<FeeCategory, Long> fixed) {
        Map<Long, Long> result = new HashMap<>();
        if (months.isEmpty()) {
            return result;
        }
        // months are consecutive: each basis period counts its months in the window times its month's amount, then
        // the months under a reduction or an exemption are corrected — no row per member and month
        Map<String, Object> params = new HashMap<>(members.params());
        params.putAll(FeePolicy.dueSqlParams(fixed));
        params.put("winFrom", monthIndex(months.get(0)));
        params.put("winTo", monthIndex(months.get(months.size() - 1)));
        String covered = "GREATEST(0, LEAST(COALESCE(" + monthIndexSql("b.until_month") + " - 1, :winTo), :winTo) - "
                + "GREATEST(" + monthIndexSql("b.from_month") + ", :winFrom) + 1)";
        jdbc.sql("SELECT b.org_unit_id, SUM(" + FeePolicy.dueSql("b.category", "b.amount", "NULL") + " * " + covered
                        + ") AS due FROM " + basisPeriods(members) + " b GROUP BY b.org_unit_id")
                .params(params)
                .query((rs, n) -> result.put(rs.getLong("org_unit_id"), rs.getLong("due")))
                .list();
        Map<String, Object> reliefParams = new HashMap<>(members.params());
        reliefParams.putAll(FeePolicy.dueSqlParams(fixed));
        jdbc.sql(monthsCte(months, reliefParams) + "SELECT b.org_unit_id, SUM("
                        + FeePolicy.dueSql("b.category", "b.amount", "rf.pct") + " - "
                        + FeePolicy.dueSql("b.category", "b.amount", "NULL") + ") AS correction FROM "
                        + basisPeriods(members) + " b JOIN " + reliefMonths(members)
                        + " rf ON rf.member_id = b.id AND rf.mon_m >= b.from_month"
                        + " AND (b.until_month IS NULL OR rf.mon_m < b.until_month) GROUP BY b.org_unit_id")
                .params(reliefParams)
                .query((rs, n) -> result.merge(rs.getLong("org_unit_id"), rs.getLong("correction"), Long::sum))
                .list();
        return result;
    }

    private static long monthIndex(YearMonth month) {
        return month.getYear() * 12L + month.getMonthValue();
    }

    /** The SQL of {@link #monthIndex} for a date column (the first day of a month). */
    private static String monthIndexSql(String column) {
        return "(CAST(EXTRACT(YEAR FROM " + column + ") AS BIGINT) * 12 + CAST(EXTRACT(MONTH FROM " + column
                + ") AS BIGINT))";
    }

    /**
     * Members of {@code members} (see {@link #membersWithBasisByCell}) with months among {@code months} for which a
     * fee was due and nothing was paid (the {@code UNPAID} months of {@link FeePolicy#status}) — without the 50-year
     * exemption, which the caller takes off.
     */
    public List<UnpaidRow> unpaid(SqlFragment members, List<YearMonth> months, Map<FeeCategory, Long> fixed) {
        if (months.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>(members.params());
        params.putAll(FeePolicy.dueSqlParams(fixed));
        String sql = monthsCte(months, params)
                + "SELECT d.id, d.full_name, d.org_unit_id, SUM(d.mon_bit) AS mask, SUM(d.due) AS owed FROM ("
                + dueRows(members) + ") d WHERE d.due > 0 AND NOT EXISTS (SELECT 1 FROM duty_fee_payment p"
                + " WHERE p.member_id = d.id AND p.fee_month = d.mon_m) GROUP BY d.id, d.full_name, d.org_unit_id";
        return jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> {
                    long mask = rs.getLong("mask");
                    List<YearMonth> unpaid = new ArrayList<>();
                    for (int i = 0; i < months.size(); i++) {
                        if ((mask & (1L << i)) != 0) {
                            unpaid.add(months.get(i));
                        }
                    }
                    return new UnpaidRow(
                            rs.getObject("id", UUID.class),
                            rs.getString("full_name"),
                            rs.getLong("org_unit_id"),
                            unpaid,
                            rs.getLong("owed"));
                })
                .list();
    }

    /**
     * A member with unpaid months, from {@link #unpaid}.
     *
     * @param memberId the member
     * @param fullName the name
     * @param orgUnitId the member's cell
     * @param months the unpaid months, in order
     * @param owed the amount due for them
     */
    public record UnpaidRow(UUID memberId, String fullName, long orgUnitId, List<YearMonth> months, long owed) {}

    /** The months as a table {@code mon(mon_m, mon_bit)}, the i-th month with bit 2^i. */
    private static String monthsCte(List<YearMonth> months, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("WITH mon (mon_m, mon_bit) AS (VALUES ");
        for (int i = 0; i < months.size(); i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append("(CAST(:mon")
                    .append(i)
                    .append(" AS DATE), CAST(:monBit")
                    .append(i)
                    .append(" AS BIGINT))");
            params.put("mon" + i, months.get(i).atDay(1));
            params.put("monBit" + i, 1L << i);
        }
        return sql.append(") ").toString();
    }

    /**
     * One row per member and month of {@code mon} in which a basis is in force: the basis in force is the latest
     * starting in the month or before (each basis runs until the next), the relief the largest in force.
     */
    private static String dueRows(SqlFragment members) {
        return "SELECT b.id, b.full_name, b.org_unit_id, mon.mon_m, mon.mon_bit, "
                + FeePolicy.dueSql("b.category", "b.amount", "rf.pct") + " AS due"
                + " FROM " + basisPeriods(members) + " b"
                + " JOIN mon ON mon.mon_m >= b.from_month AND (b.until_month IS NULL OR mon.mon_m < b.until_month)"
                + " LEFT JOIN " + reliefMonths(members) + " rf ON rf.member_id = b.id AND rf.mon_m = mon.mon_m";
    }

    /** Each basis of the members with the month it runs until (the next basis), as {@code b}. */
    private static String basisPeriods(SqlFragment members) {
        return "(SELECT r.id, r.full_name, r.org_unit_id, fb.category, fb.amount, fb.from_month,"
                + " LEAD(fb.from_month) OVER (PARTITION BY fb.member_id ORDER BY fb.from_month) AS until_month"
                + " FROM " + members.sql() + " r JOIN duty_fee_basis fb ON fb.member_id = r.id)";
    }

    /** The members' months of {@code mon} under a relief, with the largest percent in force. */
    private static String reliefMonths(SqlFragment members) {
        return "(SELECT f.member_id, fm.mon_m, MAX(f.percent) AS pct FROM duty_fee_relief f"
                + " JOIN mon fm ON f.from_month <= fm.mon_m AND f.to_month >= fm.mon_m"
                + " WHERE f.member_id IN (SELECT rm.id FROM " + members.sql() + " rm)"
                + " GROUP BY f.member_id, fm.mon_m)";
    }

    // --- imports

    public long insertImport(long orgUnitId, String fileName, String digest, String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO duty_fee_import (org_unit_id, file_name, digest, applied, row_count, matched,
                               recorded, amount, imported_by, imported_at)
                        VALUES (:unit, :name, :digest, FALSE, 0, 0, 0, 0, :by, :at)""")
                .param("unit", orgUnitId)
                .param("name", fileName)
                .param("digest", digest)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKeyAs(Long.class));
    }

    public void finishImport(
            long id,
            boolean applied,
            int rows,
            int matched,
            int recorded,
            long amount,
            List<FeeImportReport.Issue> issues) {
        jdbc.sql("""
                        UPDATE duty_fee_import SET applied = :applied, row_count = :rows, matched = :matched,
                               recorded = :recorded, amount = :amount WHERE id = :id""")
                .param("applied", applied)
                .param("rows", rows)
                .param("matched", matched)
                .param("recorded", recorded)
                .param("amount", amount)
                .param("id", id)
                .update();
        for (FeeImportReport.Issue issue : issues) {
            jdbc.sql("""
                            INSERT INTO duty_fee_import_issue (import_id, line, kind, blocking, identifier, reference,
                                   detail)
                            VALUES (:id, :line, :kind, :blocking, :identifier, :reference, :detail)""")
                    .param("id", id)
                    .param("line", issue.line())
                    .param("kind", issue.kind().name())
                    .param("blocking", issue.blocking())
                    .param("identifier", issue.identifier())
                    .param("reference", issue.reference())
                    .param("detail", clip(issue.detail()))
                    .update();
        }
    }

    /** Whether a file with this digest was already applied to the unit. */
    public boolean appliedBefore(long orgUnitId, String digest) {
        return jdbc.sql("SELECT COUNT(*) FROM duty_fee_import WHERE org_unit_id = :unit AND digest = :d AND applied")
                        .param("unit", orgUnitId)
                        .param("d", digest)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public FeeImportReport importReport(long id) {
        List<FeeImportReport.Issue> issues = jdbc.sql(
                        "SELECT * FROM duty_fee_import_issue WHERE import_id = :id ORDER BY line, kind")
                .param("id", id)
                .query((rs, n) -> new FeeImportReport.Issue(
                        rs.getInt("line"),
                        FeeImportReport.IssueKind.valueOf(rs.getString("kind")),
                        rs.getBoolean("blocking"),
                        rs.getString("identifier"),
                        rs.getString("reference"),
                        rs.getString("detail")))
                .list();
        return jdbc.sql("SELECT * FROM duty_fee_import WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new FeeImportReport(
                        rs.getLong("id"),
                        rs.getLong("org_unit_id"),
                        rs.getString("file_name"),
                        rs.getString("digest"),
                        rs.getBoolean("applied"),
                        rs.getInt("row_count"),
                        rs.getInt("matched"),
                        rs.getInt("recorded"),
                        rs.getLong("amount"),
                        issues,
                        rs.getString("imported_by"),
                        rs.getTimestamp("imported_at").toInstant()))
                .single();
    }

    // ---

    private static void stale(int updated) {
        if (updated == 0) {
            throw DomainException.conflict("conflict.stale");
        }
    }

    private static List<List<UUID>> chunks(Collection<UUID> ids) {
        List<UUID> all = new ArrayList<>(ids);
        List<List<UUID>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static @Nullable String trim(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static @Nullable String clip(@Nullable String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300);
    }

    private static FeeBasis basis(ResultSet rs, int n) throws SQLException {
        long amount = rs.getLong("amount");
        return new FeeBasis(
                rs.getLong("id"),
                rs.getObject("member_id", UUID.class),
                FeeCategory.valueOf(rs.getString("category")),
                rs.wasNull() ? null : amount,
                YearMonth.from(rs.getObject("from_month", LocalDate.class)),
                rs.getString("note"),
                rs.getLong("version"));
    }

    private static FeeRelief relief(ResultSet rs, int n) throws SQLException {
        return new FeeRelief(
                rs.getLong("id"),
                rs.getObject("member_id", UUID.class),
                FeeReliefGround.valueOf(rs.getString("ground")),
                rs.getInt("percent"),
                YearMonth.from(rs.getObject("from_month", LocalDate.class)),
                YearMonth.from(rs.getObject("to_month", LocalDate.class)),
                rs.getString("decision"),
                rs.getLong("version"));
    }
}
