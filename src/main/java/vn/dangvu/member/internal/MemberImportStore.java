package vn.dangvu.member.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import vn.dangvu.member.LifecycleHistories;
import vn.dangvu.member.UpdateMember;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.SqlFragment;
import vn.dangvu.shared.persistence.CsvCopy;
import vn.dangvu.shared.persistence.OrderedIds;
import vn.dangvu.shared.text.VietnameseText;

/**
 * Every write of a member import into the registry, all inside the import's one transaction: valid rows are loaded
 * into the staging table {@code member_import_row} (PostgreSQL {@code COPY} through the driver's CopyManager, JDBC
 * batches on H2), checked against the registry in SQL (existing members by citizen ID, their scope and cell, card
 * numbers held by others), then merged by set statements: field history of changed records, one {@code MERGE} for
 * the changed records (version + 1), one {@code INSERT … SELECT} for the new ones. A failure anywhere rolls it all back.
 */
@Component
public class MemberImportStore {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MemberImportStore.class);

    /** What a merge did. */
    public record Outcome(long inserted, long updated, long unchanged) {

        static final Outcome NONE = new Outcome(0, 0, 0);

        Outcome plus(Outcome other) {
            return new Outcome(inserted + other.inserted, updated + other.updated, unchanged + other.unchanged);
        }
    }

    /**
     * A chunk of an import's staged rows, by row number: the rows are checked and written a chunk at a time while the
     * file's next rows are still being read (see {@link MemberImportService}).
     */
    record Rows(UUID importId, int first, int last) {

        /** The chunk's rows of {@code member_import_row} aliased {@code alias}. */
        String of(String alias) {
            return alias + ".import_id = :id AND " + alias + ".row_no BETWEEN :firstRow AND :lastRow";
        }

        Map<String, Object> params() {
            return Map.of("id", importId, "firstRow", first, "lastRow", last);
        }
    }

    /** Staging columns in load order: the row's keys, then every column of {@link MemberFields}. */
    static final List<String> STAGED = staged();

    private static final int BATCH = 1_000;

    /**
     * The new members of an import with the columns {@link LifecycleHistories#deriveForNewMembers} reads: the states an import does not write
     * (end, exemption, transit) are empty, as on the member rows written from them.
     */
    private static final String NEW_MEMBERS = """
            SELECT member_id AS id, org_unit_id, new_status AS status, admitted_on, admission_decision_number,
                   admission_decision_body, ceremony_date, ceremony_place, official_on, official_place,
                   CAST(NULL AS DATE) AS ended_on, CAST(NULL AS DATE) AS exempted_since,
                   CAST(NULL AS DATE) AS transit_since, CAST(:at AS TIMESTAMP WITH TIME ZONE) AS created_at
              FROM member_import_row
             WHERE import_id = :importId AND row_no BETWEEN :firstRow AND :lastRow AND existing_id IS NULL""";

    private final JdbcClient jdbc;
    private final LifecycleHistories histories;
    private final DataSource dataSource;
    private final OrgUnits orgUnits;
    private final String workMemory;
    private final boolean postgres;

    MemberImportStore(
            JdbcClient jdbc,
            DataSource dataSource,
            OrgUnits orgUnits,
            LifecycleHistories histories,
            @org.springframework.beans.factory.annotation.Value("${dangvu.member-import.work-mem:256MB}")
                    String workMemory) {
        this.jdbc = jdbc;
        this.workMemory = workMemory;
        this.postgres = vn.dangvu.shared.persistence.Databases.isPostgres(dataSource);
        this.histories = histories;
        this.dataSource = dataSource;
        this.orgUnits = orgUnits;
    }

    private static List<String> staged() {
        List<String> columns = new ArrayList<>(List.of(
                "import_id", "row_no", "member_id", "org_unit_id", "status", "new_status", "search_name", "sort_key"));
        MemberFields.ALL.forEach(f -> columns.add(f.column()));
        return List.copyOf(columns);
    }

    /**
     * Gives the import's transaction the working memory of a bulk job on PostgreSQL ({@code
     * dangvu.member-import.work-mem}): its sorts and hashes (matching, the history window, the counters' sums) cover
     * hundreds of thousands of rows and spill to disk with the server's default of a few megabytes. For the
     * transaction only ({@code set_config(…, true)}); elsewhere nothing.
     */
    void useBulkMemory() {
        if (!postgres) {
            return;
        }
        jdbc.sql("SELECT set_config('work_mem', :size, true)")
                .param("size", workMemory)
                .query(String.class)
                .single();
    }

    /**
     * A valid row made ready for staging by {@link #prepare}: its number, and its staged values as the stager sends
     * them (the COPY line on PostgreSQL, the values elsewhere).
     */
    record Prepared(int row, @Nullable List<@Nullable Object> values, byte @Nullable [] line) {}

    /**
     * Makes a valid row ready for staging, with the key it gets if it makes a new member. Called on the thread that
     * reads the file, so that the writing thread only sends: the names' search and sort keys and the COPY line are
     * Java's work, and the database waited for it while the staging rows were sent (docs/benchmarks.md). A new
     * member's key ascends with the rows ({@link OrderedIds}, one sequence for the whole import): the member, its
     * history and its statistics are each appended at the end of their key's index rather than spread over it.
     */
    Prepared prepare(UUID importId, MemberImportValidator.ValidRow row, OrderedIds ids) {
        List<@Nullable Object> values = values(importId, row, ids.next());
        return postgres ? new Prepared(row.row(), null, CsvCopy.line(values)) : new Prepared(row.row(), values, null);
    }

    /** Loads prepared rows into the staging table, in the caller's transaction. */
    public interface Stager extends AutoCloseable {

        void add(Prepared row);

        /** Sends what is buffered and ends the load. */
        @Override
        void close();
    }

    /** A loader for the import's prepared rows: COPY on PostgreSQL, batched inserts elsewhere. */
    Stager stager() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        return CsvCopy.open(connection, "member_import_row", STAGED)
                .<Stager>map(CopyStager::new)
                .orElseGet(() -> new BatchStager(connection));
    }

    /** The staged values of a row, in {@link #STAGED} order, with the key it gets if it makes a new member. */
    static List<@Nullable Object> values(UUID importId, MemberImportValidator.ValidRow row, UUID memberId) {
        UpdateMember record = row.record();
        String name = VietnameseText.clean(record.fullName());
        List<@Nullable Object> values = new ArrayList<>(STAGED.size());
        values.add(importId);
        values.add(row.row());
        values.add(memberId);
        values.add(row.cellId());
        values.add(row.status() == null ? null : row.status().name());
        values.add(newStatus(row).name());
        values.add(VietnameseText.searchKey(name));
        values.add(VietnameseText.nameSortKey(name));
        for (MemberFields.Field field : MemberFields.ALL) {
            Object value = field.value().apply(record);
            values.add(value instanceof Enum<?> e ? e.name() : MemberRecordStore.blankToNull(value));
        }
        return values;
    }

    /**
     * The row's status if it makes a new member: the file's, or what the dates tell (recognised as official, or still
     * on probation).
     */
    static vn.dangvu.member.MemberStatus newStatus(MemberImportValidator.ValidRow row) {
        if (row.status() != null) {
            return row.status();
        }
        return row.record().officialOn() == null
                ? vn.dangvu.member.MemberStatus.PROBATIONARY
                : vn.dangvu.member.MemberStatus.OFFICIAL;
    }

    /** COPY through {@link CsvCopy}. */
    private record CopyStager(CsvCopy copy) implements Stager {

        @Override
        public void add(Prepared row) {
            copy.encoded(Objects.requireNonNull(row.line(), "a row prepared for COPY"));
        }

        @Override
        public void close() {
            copy.close();
        }
    }

    private static final class BatchStager implements Stager {

        private final PreparedStatement insert;
        private int pending;

        BatchStager(Connection connection) {
            String marks = STAGED.stream().map(c -> "?").collect(Collectors.joining(", "));
            try {
                this.insert = connection.prepareStatement(
                        "INSERT INTO member_import_row (" + String.join(", ", STAGED) + ") VALUES (" + marks + ")");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot prepare the staging insert", e);
            }
        }

        @Override
        public void add(Prepared row) {
            List<@Nullable Object> values = Objects.requireNonNull(row.values(), "a row prepared for batches");
            try {
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    insert.setObject(i + 1, value instanceof LocalDate d ? Date.valueOf(d) : value);
                }
                insert.addBatch();
                if (++pending >= BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("staging insert failed", e);
            }
        }

        @Override
        public void close() {
            try {
                if (pending > 0) {
                    insert.executeBatch();
                }
                insert.close();
            } catch (SQLException e) {
                throw new IllegalStateException("staging insert failed", e);
            }
        }
    }

    /**
     * Matches the staged rows to the registry by citizen ID and finds the rows the registry refuses: the citizen ID
     * of a member outside the caller's scope, a member registered in another cell (a transfer, not an edit), a status
     * that differs from the member's (it changes through the lifecycle), a card number held by another member. The
     * refused rows are taken out of the staging table.
     *
     * @param present the columns the file has; only those are compared and written on existing records
     */
    List<MemberImportValidator.RowError> match(Rows rows, Set<MemberImportColumn> present, OrgScope scope) {
        UUID importId = rows.importId();
        List<String> compared = editableColumns(present);
        String changed = compared.stream()
                .map(c -> "s." + c + " IS DISTINCT FROM m." + c)
                .collect(Collectors.joining(" OR "));
        jdbc.sql("""
                        MERGE INTO member_import_row s USING member m
                           ON""" + " " + rows.of("s") + " " + """
                           AND m.citizen_id = s.citizen_id
                         WHEN MATCHED THEN UPDATE SET existing_id = m.id, existing_version = m.version,
                              existing_unit_id = m.org_unit_id, existing_status = m.status, changed = (""" + (changed.isEmpty() ? "FALSE" : changed) + ")")
                .params(rows.params())
                .update();
        List<MemberImportValidator.RowError> errors = new ArrayList<>();
        SqlFragment within = orgUnits.unitWithin("s.existing_unit_id", scope, "scope");
        Map<String, Object> params = new HashMap<>(within.params());
        params.putAll(rows.params());
        errors.addAll(jdbc.sql("SELECT s.row_no, s.citizen_id FROM member_import_row s WHERE " + rows.of("s")
                        + " AND s.existing_id IS NOT NULL AND NOT " + within.sql() + " ORDER BY s.row_no")
                .params(params)
                .query((rs, n) -> new MemberImportValidator.RowError(
                        rs.getInt(1),
                        MemberImportColumn.CITIZEN_ID,
                        rs.getString(2),
                        "member-import.citizen-id.outside-scope",
                        List.of()))
                .list());
        errors.addAll(jdbc.sql("""
                        SELECT s.row_no, d.code, e.code FROM member_import_row s
                          JOIN org_unit_directory d ON d.id = s.org_unit_id
                          JOIN org_unit_directory e ON e.id = s.existing_unit_id
                         WHERE""" + " " + rows.of("s") + " " + """
                           AND s.existing_id IS NOT NULL AND s.existing_unit_id <> s.org_unit_id
                           AND""" + " " + within.sql() + " ORDER BY s.row_no")
                .params(params)
                .query((rs, n) -> new MemberImportValidator.RowError(
                        rs.getInt(1),
                        MemberImportColumn.CELL_CODE,
                        rs.getString(2),
                        "member-import.cell.transfer",
                        List.of(rs.getString(3))))
                .list());
        errors.addAll(jdbc.sql("""
                        SELECT s.row_no, s.status, s.existing_status FROM member_import_row s
                         WHERE""" + " " + rows.of("s") + " " + """
                           AND s.existing_id IS NOT NULL AND s.status IS NOT NULL
                           AND s.status <> s.existing_status AND""" + " " + within.sql() + " ORDER BY s.row_no")
                .params(params)
                .query((rs, n) -> new MemberImportValidator.RowError(
                        rs.getInt(1),
                        MemberImportColumn.STATUS,
                        statusName(rs.getString(2)),
                        "member-import.status.lifecycle",
                        List.of(statusName(rs.getString(3)))))
                .list());
        errors.addAll(jdbc.sql("""
                        SELECT s.row_no, s.card_number FROM member_import_row s
                          JOIN member m ON m.card_number = s.card_number
                         WHERE""" + " " + rows.of("s") + " " + """
                           AND s.card_number IS NOT NULL AND (s.existing_id IS NULL OR m.id <> s.existing_id)
                         ORDER BY s.row_no""")
                .params(rows.params())
                .query((rs, n) -> new MemberImportValidator.RowError(
                        rs.getInt(1),
                        MemberImportColumn.CARD_NUMBER,
                        rs.getString(2),
                        "member-import.card-number.taken",
                        List.of()))
                .list());
        List<Integer> refused = errors.stream()
                .map(MemberImportValidator.RowError::row)
                .distinct()
                .toList();
        for (int from = 0; from < refused.size(); from += BATCH) {
            jdbc.sql("DELETE FROM member_import_row WHERE import_id = :id AND row_no IN (:rows)")
                    .param("id", importId)
                    .param("rows", refused.subList(from, Math.min(refused.size(), from + BATCH)))
                    .update();
        }
        return errors;
    }

    /**
     * Writes the staged rows: the field history and the new values of changed records (version + 1; a record saved
     * by someone else since {@link #match} makes the whole import stale), and the new members. The staging rows stay
     * until {@link #clear}.
     */
    Outcome merge(Rows rows, Set<MemberImportColumn> present, Instant now, String by) {
        long started = System.nanoTime();
        Timestamp at = Timestamp.from(now);
        List<String> columns = editableColumns(present);
        long changed = count(rows, "existing_id IS NOT NULL AND changed");
        long unchanged = count(rows, "existing_id IS NOT NULL AND NOT changed");
        if (changed > 0) {
            for (String column : columns) {
                String field = MemberFields.ALL.stream()
                        .filter(f -> f.column().equals(column))
                        .findFirst()
                        .orElseThrow()
                        .name();
                jdbc.sql("""
                                INSERT INTO member_change (id, member_id, version, changed_at, changed_by, field,
                                                           old_value, new_value)
                                SELECT gen_random_uuid(), s.existing_id, s.existing_version + 1, :at, :by, :field,
                                       CAST(m.%1$s AS VARCHAR(400)), CAST(s.%1$s AS VARCHAR(400))
                                  FROM member_import_row s JOIN member m ON m.id = s.existing_id
                                 WHERE %2$s AND s.changed AND s.%1$s IS DISTINCT FROM m.%1$s""".formatted(column, rows.of("s")))
                        .param("at", at)
                        .param("by", by)
                        .param("field", field)
                        .params(rows.params())
                        .update();
            }
            String sets = columns.stream().map(c -> c + " = s." + c).collect(Collectors.joining(", "));
            int updated = jdbc.sql("""
                            MERGE INTO member m
                            USING (SELECT * FROM member_import_row r WHERE""" + " " + rows.of("r") + " " + """
                                    AND r.changed) s
                               ON m.id = s.existing_id AND m.version = s.existing_version
                             WHEN MATCHED THEN UPDATE SET""" + " " + sets + """
                            , search_name = s.search_name, sort_key = s.sort_key,
                                  version = m.version + 1, updated_at = :at""")
                    .params(rows.params())
                    .param("at", at)
                    .update();
            if (updated != changed) {
                throw new OptimisticLockingFailureException(
                        "members changed during import " + rows.importId() + ": " + updated + " of " + changed);
            }
        }
        String all = MemberFields.ALL.stream().map(MemberFields.Field::column).collect(Collectors.joining(", "));
        // the first admission is the record's admission: set here, so that no second pass rewrites the new rows
        int inserted = jdbc.sql("INSERT INTO member (id, org_unit_id, status, search_name, sort_key, " + all
                        + ", first_admitted_on, version, created_at, updated_at)"
                        + " SELECT member_id, org_unit_id, new_status,"
                        + " search_name, sort_key, " + all + ", admitted_on, 0, :at, :at"
                        + " FROM member_import_row r WHERE " + rows.of("r") + " AND r.existing_id IS NULL")
                .params(rows.params())
                .param("at", at)
                .update();
        long written = System.nanoTime();
        // New members get the lifecycle history their dates tell (admission, ceremony, recognition or their state),
        // read from the staging rows they were written from: no second look-up of each new member
        histories.deriveForNewMembers(
                NEW_MEMBERS,
                Map.of("importId", rows.importId(), "firstRow", rows.first(), "lastRow", rows.last(), "at", at));
        LOG.debug(
                "member import {}, rows {} to {}: {} members inserted and {} updated in {} ms, their histories in {} ms",
                rows.importId(),
                rows.first(),
                rows.last(),
                inserted,
                changed,
                (written - started) / 1_000_000,
                (System.nanoTime() - written) / 1_000_000);
        return new Outcome(inserted, changed, unchanged);
    }

    /**
     * Empties the import's staging rows, after the listeners of {@link vn.dangvu.member.MembersImported} have read the
     * written members from the view {@code member_import_written}.
     */
    void clear(UUID importId) {
        jdbc.sql("DELETE FROM member_import_row WHERE import_id = :id")
                .param("id", importId)
                .update();
    }

    private long count(Rows rows, String condition) {
        return jdbc.sql("SELECT COUNT(*) FROM member_import_row r WHERE " + rows.of("r") + " AND " + condition)
                .params(rows.params())
                .query(Long.class)
                .single();
    }

    /** The record columns the file fills, except the key (citizen ID) and the cell and status (not edited here). */
    private static List<String> editableColumns(Set<MemberImportColumn> present) {
        return present.stream()
                .filter(c -> c != MemberImportColumn.CELL_CODE
                        && c != MemberImportColumn.STATUS
                        && c != MemberImportColumn.CITIZEN_ID)
                .sorted()
                .map(MemberImportColumn::dbColumn)
                .toList();
    }

    private static String statusName(@Nullable String status) {
        if (status == null) {
            return "";
        }
        String name = MemberImportColumn.STATUS_NAMES.get(vn.dangvu.member.MemberStatus.valueOf(status));
        return name == null ? status : name;
    }
}
