package vn.dangvu.congress.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.congress.CongressKind;
import vn.dangvu.congress.CongressStatus;
import vn.dangvu.congress.CredentialStatus;
import vn.dangvu.congress.DelegateCategory;
import vn.dangvu.congress.SeasonStatus;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.SqlFragment;

/** The {@code congress*} rows: congresses, their delegates and linked documents, and the season counts. */
@Component
public class CongressStore {

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;

    CongressStore(JdbcClient jdbc, OrgUnits orgUnits) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
    }

    /**
     * A congress row.
     *
     * @param id id
     * @param orgUnitId the organisation
     * @param season first year of the term
     * @param termTo last year of the term
     * @param kind members' or delegates'
     * @param number the number recorded
     * @param computedNumber the number computed
     * @param numberReason the reason of an override
     * @param title the title
     * @param pilot pilot congress
     * @param directSecretary direct election of the secretary
     * @param plannedOn planned day
     * @param announcedOn announcement day
     * @param opensOn opening date announced
     * @param heldFrom first day held
     * @param heldTo last day held
     * @param summoned attendance: summoned
     * @param present attendance: present
     * @param termMonths term length
     * @param approvalNumber approval decision
     * @param approvalDate its date
     * @param status milestone
     * @param version version
     */
    public record Row(
            UUID id,
            long orgUnitId,
            int season,
            int termTo,
            CongressKind kind,
            int number,
            int computedNumber,
            @Nullable String numberReason,
            String title,
            boolean pilot,
            boolean directSecretary,
            LocalDate plannedOn,
            @Nullable LocalDate announcedOn,
            @Nullable LocalDate opensOn,
            @Nullable LocalDate heldFrom,
            @Nullable LocalDate heldTo,
            @Nullable Integer summoned,
            @Nullable Integer present,
            @Nullable Integer termMonths,
            @Nullable String approvalNumber,
            @Nullable LocalDate approvalDate,
            CongressStatus status,
            long version) {}

    /**
     * A delegate row.
     *
     * @param id id
     * @param congressId the congress
     * @param memberId the member
     * @param fullName name
     * @param memberUnitId their cell
     * @param category category
     * @param electedBy elected by
     * @param credential finding
     * @param rejectionReason reason of a rejection
     * @param substitutesId the official delegate replaced
     * @param present present
     * @param version version
     */
    public record DelegateRow(
            UUID id,
            UUID congressId,
            UUID memberId,
            String fullName,
            long memberUnitId,
            DelegateCategory category,
            @Nullable String electedBy,
            CredentialStatus credential,
            @Nullable String rejectionReason,
            @Nullable UUID substitutesId,
            boolean present,
            long version) {}

    public void insert(Row row, Instant at, String by) {
        jdbc.sql("""
                        INSERT INTO congress (id, org_unit_id, season, term_to, kind, congress_number, computed_number,
                               number_reason, title, pilot, direct_secretary, planned_on, status, version,
                               created_at, created_by, updated_at, updated_by)
                        VALUES (:id, :unit, :season, :termTo, :kind, :number, :computed, :reason, :title, :pilot,
                                :direct, :planned, :status, 0, :at, :by, :at, :by)""")
                .param("id", row.id())
                .param("unit", row.orgUnitId())
                .param("season", row.season())
                .param("termTo", row.termTo())
                .param("kind", row.kind().name())
                .param("number", row.number())
                .param("computed", row.computedNumber())
                .param("reason", row.numberReason())
                .param("title", row.title())
                .param("pilot", row.pilot())
                .param("direct", row.directSecretary())
                .param("planned", row.plannedOn())
                .param("status", row.status().name())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    public boolean exists(long unitId, int season) {
        return jdbc.sql("SELECT COUNT(*) FROM congress WHERE org_unit_id = :u AND season = :s")
                        .param("u", unitId)
                        .param("s", season)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The congress if its organisation lies in the scope; a 404 otherwise. */
    public Row require(UUID id, OrgScope scope) {
        SqlFragment within = orgUnits.unitWithin("c.org_unit_id", scope, "sc");
        return jdbc.sql("SELECT c.* FROM congress c WHERE c.id = :id AND " + within.sql())
                .param("id", id)
                .params(within.params())
                .query(CongressStore::row)
                .optional()
                .orElseThrow(() -> DomainException.notFound("congress.not-found", id));
    }

    /** Congresses of the scope in a season, optionally inside a subtree, by organisation path. */
    public List<Row> list(OrgScope scope, @Nullable Integer season, @Nullable String subtreePath) {
        SqlFragment within = orgUnits.unitWithin("c.org_unit_id", scope, "sc");
        Map<String, Object> params = new HashMap<>(within.params());
        StringBuilder sql = new StringBuilder(
                "SELECT c.* FROM congress c JOIN org_unit u ON u.id = c.org_unit_id WHERE " + within.sql());
        if (season != null) {
            sql.append(" AND c.season = :season");
            params.put("season", season);
        }
        if (subtreePath != null) {
            SqlFragment subtree = orgUnits.unitInSubtree("c.org_unit_id", subtreePath, "st");
            sql.append(" AND ").append(subtree.sql());
            params.putAll(subtree.params());
        }
        sql.append(" ORDER BY c.season DESC, u.path LIMIT 1000");
        return jdbc.sql(sql.toString()).params(params).query(CongressStore::row).list();
    }

    /** The highest number of a congress of the unit already held (they are also recorded as terms). */
    public Optional<Integer> highestHeld(long unitId) {
        return Optional.ofNullable(
                jdbc.sql("SELECT MAX(congress_number) FROM congress WHERE org_unit_id = :u AND held_from IS NOT NULL")
                        .param("u", unitId)
                        .query((rs, n) -> (Integer) rs.getObject(1))
                        .list()
                        .get(0));
    }

    /** Rewrites a congress's fields; a stale version is a 409. */
    public void update(Row row, long expectedVersion, Instant at, String by) {
        int updated = jdbc.sql("""
                        UPDATE congress SET kind = :kind, congress_number = :number, computed_number = :computed,
                               number_reason = :reason, title = :title, pilot = :pilot, direct_secretary = :direct,
                               planned_on = :planned, announced_on = :announced, opens_on = :opens,
                               held_from = :heldFrom, held_to = :heldTo, attendance_summoned = :summoned,
                               attendance_present = :present, term_months = :months, approval_number = :approval,
                               approval_date = :approvalDate, status = :status, version = version + 1,
                               updated_at = :at, updated_by = :by
                         WHERE id = :id AND version = :version""")
                .param("id", row.id())
                .param("version", expectedVersion)
                .param("kind", row.kind().name())
                .param("number", row.number())
                .param("computed", row.computedNumber())
                .param("reason", row.numberReason())
                .param("title", row.title())
                .param("pilot", row.pilot())
                .param("direct", row.directSecretary())
                .param("planned", row.plannedOn())
                .param("announced", row.announcedOn())
                .param("opens", row.opensOn())
                .param("heldFrom", row.heldFrom())
                .param("heldTo", row.heldTo())
                .param("summoned", row.summoned())
                .param("present", row.present())
                .param("months", row.termMonths())
                .param("approval", row.approvalNumber())
                .param("approvalDate", row.approvalDate())
                .param("status", row.status().name())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
        if (updated == 0) {
            throw DomainException.conflict("conflict.stale");
        }
    }

    public void insertDelegate(DelegateRow d, Instant at, String by) {
        jdbc.sql("""
                        INSERT INTO congress_delegate (id, congress_id, member_id, full_name, member_unit_id, category,
                               elected_by, credential, present, version, created_at, created_by)
                        VALUES (:id, :congress, :member, :name, :unit, :category, :electedBy, 'PENDING', FALSE, 0,
                                :at, :by)""")
                .param("id", d.id())
                .param("congress", d.congressId())
                .param("member", d.memberId())
                .param("name", d.fullName())
                .param("unit", d.memberUnitId())
                .param("category", d.category().name())
                .param("electedBy", d.electedBy())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    public boolean delegateExists(UUID congressId, UUID memberId) {
        return jdbc.sql("SELECT COUNT(*) FROM congress_delegate WHERE congress_id = :c AND member_id = :m")
                        .param("c", congressId)
                        .param("m", memberId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public List<DelegateRow> delegates(UUID congressId) {
        return jdbc.sql("""
                        SELECT * FROM congress_delegate WHERE congress_id = :c
                         ORDER BY CASE category WHEN 'EX_OFFICIO' THEN 0 WHEN 'OFFICIAL' THEN 1 ELSE 2 END,
                                  full_name, id""")
                .param("c", congressId)
                .query(CongressStore::delegate)
                .list();
    }

    public DelegateRow delegate(UUID congressId, UUID delegateId) {
        return jdbc.sql("SELECT * FROM congress_delegate WHERE congress_id = :c AND id = :id")
                .param("c", congressId)
                .param("id", delegateId)
                .query(CongressStore::delegate)
                .optional()
                .orElseThrow(() -> DomainException.notFound("congress.delegate.not-found", delegateId));
    }

    /** Rewrites a delegate's review, substitution and attendance; a stale version is a 409. */
    public void updateDelegate(DelegateRow d, long expectedVersion) {
        int updated = jdbc.sql("""
                        UPDATE congress_delegate SET credential = :credential, rejection_reason = :reason,
                               substitutes_id = :substitutes, present = :present, version = version + 1
                         WHERE id = :id AND version = :version""")
                .param("id", d.id())
                .param("version", expectedVersion)
                .param("credential", d.credential().name())
                .param("reason", d.rejectionReason())
                .param("substitutes", d.substitutesId())
                .param("present", d.present())
                .update();
        if (updated == 0) {
            throw DomainException.conflict("conflict.stale");
        }
    }

    public void linkDocument(UUID congressId, long documentId, Instant at, String by) {
        jdbc.sql("""
                        INSERT INTO congress_document (congress_id, document_id, linked_at, linked_by)
                        VALUES (:c, :d, :at, :by)""")
                .param("c", congressId)
                .param("d", documentId)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    public boolean documentLinked(UUID congressId, long documentId) {
        return jdbc.sql("SELECT COUNT(*) FROM congress_document WHERE congress_id = :c AND document_id = :d")
                        .param("c", congressId)
                        .param("d", documentId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public List<Long> documentIds(UUID congressId) {
        return jdbc.sql(
                        "SELECT document_id FROM congress_document WHERE congress_id = :c ORDER BY linked_at, document_id")
                .param("c", congressId)
                .query(Long.class)
                .list();
    }

    /**
     * Counts of the units of a subtree that hold congresses, per kind and season status, in SQL over the subtree's
     * path range.
     */
    public Map<OrgUnitKind, Map<SeasonStatus, Long>> counts(
            String rootPath, int season, LocalDate today, List<String> lateKinds) {
        Map<OrgUnitKind, Map<SeasonStatus, Long>> counts = new java.util.EnumMap<>(OrgUnitKind.class);
        jdbc.sql("SELECT s.kind, s.status, COUNT(*) AS n FROM (SELECT u.kind AS kind, " + SeasonProgressPolicy.sqlCase()
                        + " AS status " + subtreeFrom() + ") s GROUP BY s.kind, s.status")
                .params(subtreeParams(rootPath, season, today, lateKinds))
                .query(rs -> {
                    counts.computeIfAbsent(
                                    OrgUnitKind.valueOf(rs.getString("kind")),
                                    k -> new java.util.EnumMap<>(SeasonStatus.class))
                            .merge(SeasonStatus.valueOf(rs.getString("status")), rs.getLong("n"), Long::sum);
                });
        return counts;
    }

    /**
     * The units of a subtree whose congress is not held, optionally of one kind and one status, by path.
     *
     * @return rows of unit id, name, kind, path, status, congress id, planned day
     */
    public List<MissingRow> missing(
            String rootPath,
            int season,
            LocalDate today,
            List<String> lateKinds,
            @Nullable OrgUnitKind kind,
            @Nullable SeasonStatus status,
            int limit) {
        Map<String, Object> params = subtreeParams(rootPath, season, today, lateKinds);
        StringBuilder sql = new StringBuilder("SELECT * FROM (SELECT u.id AS unit_id, u.name, u.kind, u.path, c.id AS "
                + "congress_id, c.planned_on, " + SeasonProgressPolicy.sqlCase() + " AS status " + subtreeFrom()
                + ") m WHERE m.status <> 'HELD'");
        if (kind != null) {
            sql.append(" AND m.kind = :kind");
            params.put("kind", kind.name());
        }
        if (status != null) {
            sql.append(" AND m.status = :status");
            params.put("status", status.name());
        }
        sql.append(" ORDER BY m.path LIMIT ").append(limit);
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new MissingRow(
                        rs.getLong("unit_id"),
                        rs.getString("name"),
                        OrgUnitKind.valueOf(rs.getString("kind")),
                        rs.getString("path"),
                        SeasonStatus.valueOf(rs.getString("status")),
                        rs.getObject("congress_id", UUID.class),
                        rs.getObject("planned_on", LocalDate.class)))
                .list();
    }

    /**
     * A unit whose congress is not held.
     *
     * @param unitId unit
     * @param name name
     * @param kind kind
     * @param path path
     * @param status status
     * @param congressId its congress if planned
     * @param plannedOn planned day
     */
    public record MissingRow(
            long unitId,
            String name,
            OrgUnitKind kind,
            String path,
            SeasonStatus status,
            @Nullable UUID congressId,
            @Nullable LocalDate plannedOn) {}

    private static String subtreeFrom() {
        return """
                FROM org_unit u
                LEFT JOIN congress c ON c.org_unit_id = u.id AND c.season = :season
               WHERE u.path >= :root AND u.path < :rootEnd AND u.state = 'ACTIVE'
                 AND u.kind NOT IN ('PARTY_GROUP', 'NATIONAL')""";
    }

    private static Map<String, Object> subtreeParams(
            String rootPath, int season, LocalDate today, List<String> lateKinds) {
        Map<String, Object> params = new HashMap<>();
        params.put("root", rootPath);
        params.put("rootEnd", OrgScope.rangeEnd(rootPath));
        params.put("season", season);
        params.put("today", today);
        params.put("lateKinds", SeasonProgressPolicy.lateKinds(lateKinds));
        return params;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getLong("org_unit_id"),
                rs.getInt("season"),
                rs.getInt("term_to"),
                CongressKind.valueOf(rs.getString("kind")),
                rs.getInt("congress_number"),
                rs.getInt("computed_number"),
                rs.getString("number_reason"),
                rs.getString("title"),
                rs.getBoolean("pilot"),
                rs.getBoolean("direct_secretary"),
                rs.getObject("planned_on", LocalDate.class),
                rs.getObject("announced_on", LocalDate.class),
                rs.getObject("opens_on", LocalDate.class),
                rs.getObject("held_from", LocalDate.class),
                rs.getObject("held_to", LocalDate.class),
                (Integer) rs.getObject("attendance_summoned"),
                (Integer) rs.getObject("attendance_present"),
                (Integer) rs.getObject("term_months"),
                rs.getString("approval_number"),
                rs.getObject("approval_date", LocalDate.class),
                CongressStatus.valueOf(rs.getString("status")),
                rs.getLong("version"));
    }

    private static DelegateRow delegate(ResultSet rs, int n) throws SQLException {
        return new DelegateRow(
                rs.getObject("id", UUID.class),
                rs.getObject("congress_id", UUID.class),
                rs.getObject("member_id", UUID.class),
                rs.getString("full_name"),
                rs.getLong("member_unit_id"),
                DelegateCategory.valueOf(rs.getString("category")),
                rs.getString("elected_by"),
                CredentialStatus.valueOf(rs.getString("credential")),
                rs.getString("rejection_reason"),
                rs.getObject("substitutes_id", UUID.class),
                rs.getBoolean("present"),
                rs.getLong("version"));
    }
}
