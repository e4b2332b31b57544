package vn.dangvu.demo.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import vn.dangvu.demo.DemoSize;

/**
 * Loads the {@link DemoSize#NATIONAL} tree and members into an empty PostgreSQL database (migrated, with its root) by
 * COPY: the member table's secondary indexes and unique constraints are dropped first and rebuilt after (PERF-BASELINE
 * §5: COPY into an unindexed table ~620 k rows/s, into an indexed one ~40–70 k). Same seed, same rows as
 * {@link DemoTree} and {@link DemoMembers} give everywhere else. Member accounts are not created: the benchmark reads
 * through the search directly.
 */
public final class NationalLoad {

    /** What the load did and how long each step took (milliseconds). */
    public record Result(int units, long members, long generateAndCopyMs, long indexMs, long analyzeMs) {}

    private static final int CHUNK = 2_000;

    private NationalLoad() {}

    public static Result load(DataSource dataSource, long seed, LocalDate referenceDate, @Nullable Progress progress)
            throws SQLException, IOException {
        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom treeRandom = random.split();
        SplittableRandom memberRandom = random.split();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            DemoTree.Root root;
            long firstId;
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery(
                            "SELECT id, code, path, depth FROM org_unit WHERE parent_id IS NULL ORDER BY id LIMIT 1")) {
                rs.next();
                root = new DemoTree.Root(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4));
            }
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM org_unit")) {
                rs.next();
                firstId = rs.getLong(1);
            }
            long started = System.nanoTime();
            List<DemoTree.Unit> units = DemoTree.planNation(DemoSize.NATIONAL, root, firstId, treeRandom);
            String at = referenceDate.atStartOfDay() + "+07";
            PGConnection pg = connection.unwrap(PGConnection.class);
            copy(
                    pg,
                    "COPY org_unit (id, parent_id, kind, code, name, search_name, path, depth, version, created_at,"
                            + " updated_at) FROM STDIN (FORMAT csv)",
                    units,
                    (w, u) -> row(
                            w,
                            u.id(),
                            u.parentId(),
                            u.kind().name(),
                            u.code(),
                            u.name(),
                            u.searchName(),
                            u.path(),
                            u.depth(),
                            0,
                            at,
                            at));
            try (Statement st = connection.createStatement()) {
                st.execute("ALTER TABLE org_unit ALTER COLUMN id RESTART WITH " + (firstId + units.size()));
            }
            List<String> rebuild = dropMemberIndexes(connection);
            // member_name (V121) is filled once after the load, in list order, not row by row through its trigger
            try (Statement st = connection.createStatement()) {
                st.execute("ALTER TABLE member DISABLE TRIGGER member_name_insert");
            }
            DemoMembers people = new DemoMembers(memberRandom, referenceDate);
            CopyIn in = pg.getCopyAPI().copyIn("""
                    COPY member (id, org_unit_id, full_name, search_name, sort_key, sex, birth_date, ethnicity, status,
                                 admitted_on, official_on, card_number, citizen_id, phone, version, created_at,
                                 updated_at, birth_name, birth_place, home_town, permanent_address, temporary_address,
                                 religion, occupation, general_education, professional_level, academic_title,
                                 theory_level, history_number, email, admission_decision_number,
                                 admission_decision_body, ceremony_date, ceremony_place, official_place, workplace)
                    FROM STDIN (FORMAT csv)""");
            long members = 0;
            StringWriter buffer = new StringWriter(1 << 20);
            int inBuffer = 0;
            for (DemoTree.Unit unit : units) {
                for (int i = 0; i < unit.members(); i++) {
                    DemoMembers.Row r = people.next(unit.id());
                    DemoProfiles.Profile p = r.profile();
                    row(
                            buffer,
                            r.id(),
                            r.cellId(),
                            r.fullName(),
                            DemoMembers.searchName(r),
                            DemoMembers.sortKey(r),
                            r.sex(),
                            r.birthDate(),
                            r.ethnicity().name(),
                            r.status().name(),
                            r.admittedOn(),
                            r.officialOn(),
                            r.cardNumber(),
                            r.citizenId(),
                            r.phone(),
                            0,
                            at,
                            at,
                            r.fullName(),
                            p.birthPlace(),
                            p.homeTown(),
                            p.permanentAddress(),
                            p.temporaryAddress(),
                            p.religion().name(),
                            p.occupation(),
                            p.generalEducation(),
                            p.professionalLevel().name(),
                            p.academicTitle().name(),
                            p.theoryLevel().name(),
                            p.historyNumber(),
                            p.email(),
                            p.admissionDecisionNumber(),
                            p.admissionDecisionBody(),
                            p.ceremonyDate(),
                            p.ceremonyPlace(),
                            p.officialPlace(),
                            p.workplace());
                    members++;
                    if (++inBuffer == CHUNK) {
                        send(in, buffer);
                        inBuffer = 0;
                        if (progress != null && members % 500_000 < CHUNK) {
                            progress.at(members, System.nanoTime() - started);
                        }
                    }
                }
            }
            send(in, buffer);
            in.endCopy();
            long copied = System.nanoTime();
            try (Statement st = connection.createStatement()) {
                for (String ddl : rebuild) {
                    st.execute(ddl);
                }
                st.execute("ALTER TABLE member ENABLE TRIGGER member_name_insert");
                st.execute("SELECT member_name_refill()");
            }
            long indexed = System.nanoTime();
            try (Statement st = connection.createStatement()) {
                st.execute("VACUUM ANALYZE org_unit");
                st.execute("VACUUM ANALYZE member");
                st.execute("VACUUM ANALYZE member_name");
            }
            long analyzed = System.nanoTime();
            return new Result(
                    units.size(),
                    members,
                    (copied - started) / 1_000_000,
                    (indexed - copied) / 1_000_000,
                    (analyzed - indexed) / 1_000_000);
        }
    }

    /** Reports progress of the member load. */
    public interface Progress {
        void at(long members, long elapsedNanos);
    }

    /** Drops the member table's unique constraints and secondary indexes; returns the DDL that recreates them. */
    private static List<String> dropMemberIndexes(Connection connection) throws SQLException {
        List<String> drop = new ArrayList<>();
        List<String> create = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("""
                        SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
                         WHERE conrelid = 'member'::regclass AND contype = 'u'""")) {
            while (rs.next()) {
                drop.add("ALTER TABLE member DROP CONSTRAINT " + rs.getString(1));
                create.add("ALTER TABLE member ADD CONSTRAINT " + rs.getString(1) + " " + rs.getString(2));
            }
        }
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("""
                        SELECT i.indexname, i.indexdef FROM pg_indexes i
                         WHERE i.tablename = 'member'
                           AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)""")) {
            while (rs.next()) {
                drop.add("DROP INDEX " + rs.getString(1));
                create.add(rs.getString(2));
            }
        }
        try (Statement st = connection.createStatement()) {
            for (String ddl : drop) {
                st.execute(ddl);
            }
        }
        return create;
    }

    private interface RowWriter<T> {
        void write(Writer out, T value) throws IOException;
    }

    private static <T> void copy(PGConnection pg, String sql, List<T> rows, RowWriter<T> writer)
            throws SQLException, IOException {
        CopyIn in = pg.getCopyAPI().copyIn(sql);
        StringWriter buffer = new StringWriter(1 << 20);
        int n = 0;
        for (T row : rows) {
            writer.write(buffer, row);
            if (++n % CHUNK == 0) {
                send(in, buffer);
            }
        }
        send(in, buffer);
        in.endCopy();
    }

    private static void send(CopyIn in, StringWriter buffer) throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        buffer.getBuffer().setLength(0);
    }

    /** One CSV line: null as an empty unquoted field, text quoted with doubled quotes. */
    private static void row(Writer out, @Nullable Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            Object v = values[i];
            if (v == null) {
                continue;
            }
            if (v instanceof Number || v instanceof LocalDate) {
                out.write(v.toString());
            } else {
                out.write('"');
                out.write(v.toString().replace("\"", "\"\""));
                out.write('"');
            }
        }
        out.write('\n');
    }
}
