package vn.dangvu.programme.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.programme.CommitteeRole;
import vn.dangvu.programme.CommitteeSeat;
import vn.dangvu.programme.IndicatorDirection;
import vn.dangvu.programme.LinkedDocument;
import vn.dangvu.programme.ProgressReport;
import vn.dangvu.programme.ReportingPeriod;
import vn.dangvu.programme.TaskOrigin;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.SqlFragment;

/** The {@code programme*} rows; every change is one statement, and a stale version is {@code conflict.stale}. */
@Component
public class ProgrammeStore {

    /** A programme row. */
    public record ProgrammeRow(
            UUID id,
            String code,
            String title,
            long issuingUnitId,
            @Nullable UUID parentProgrammeId,
            LocalDate periodFrom,
            LocalDate periodTo,
            @Nullable String goals,
            long version) {}

    /** An indicator row. */
    public record IndicatorRow(
            UUID id,
            UUID programmeId,
            int seq,
            String name,
            String unit,
            BigDecimal baseline,
            @Nullable BigDecimal target,
            @Nullable LocalDate targetDate,
            IndicatorDirection direction,
            ReportingPeriod reporting,
            long responsibleUnitId,
            @Nullable UUID parentIndicatorId,
            long version) {}

    /** A task row. */
    public record TaskRow(
            UUID id,
            UUID programmeId,
            int seq,
            String title,
            long ownerUnitId,
            @Nullable UUID ownerMemberId,
            @Nullable String ownerPerson,
            LocalDate deadline,
            @Nullable UUID parentTaskId,
            @Nullable TaskOrigin origin,
            @Nullable LocalDate remindedOn,
            long version) {}

    /** An indicator report as stored. */
    public record IndicatorReading(
            UUID indicatorId,
            String period,
            LocalDate asOf,
            @Nullable BigDecimal value,
            @Nullable LocalDate achievedOn) {}

    /** A task report as stored. */
    public record TaskReading(UUID taskId, LocalDate asOf, int progress) {}

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;

    ProgrammeStore(JdbcClient jdbc, OrgUnits orgUnits) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
    }

    /**
     * The condition "the caller may read the programme": its issuing unit lies in one of the caller's subtrees, or one
     * of the caller's subtrees lies under its issuing unit (the staff of a subordinate unit read the programme they
     * carry out). The ancestors of a subtree root are the ids of its materialised path.
     */
    public SqlFragment readable(String alias, OrgScope scope) {
        SqlFragment within = orgUnits.unitWithin(alias + ".issuing_unit_id", scope, "pw");
        Set<Long> ancestors = new LinkedHashSet<>();
        for (String path : scope.paths()) {
            for (String part : path.split("/")) {
                if (!part.isEmpty()) {
                    ancestors.add(Long.parseLong(part));
                }
            }
        }
        if (ancestors.isEmpty()) {
            return within;
        }
        Map<String, Object> params = new HashMap<>(within.params());
        params.put("pAnc", new ArrayList<>(ancestors));
        return new SqlFragment("(" + within.sql() + " OR " + alias + ".issuing_unit_id IN (:pAnc))", params);
    }

    /** The programme if the caller may read it; otherwise {@code programme.not-found} (404). */
    public ProgrammeRow require(UUID id, OrgScope scope) {
        SqlFragment readable = readable("p", scope);
        return jdbc.sql("SELECT p.* FROM programme p WHERE p.id = :id AND " + readable.sql())
                .params(readable.params())
                .param("id", id)
                .query(ProgrammeStore::programme)
                .optional()
                .orElseThrow(() -> DomainException.notFound("programme.not-found", id));
    }

    /** Whether {@code unitId} lies in the scope (checked in SQL). */
    public boolean covers(long unitId, OrgScope scope) {
        return orgUnits.findWithin(unitId, scope).isPresent();
    }

    /** Visible programmes, optionally those issued in the subtree of one unit path, newest period first. */
    public List<ProgrammeRow> list(OrgScope scope, @Nullable String subtreePath, int offset, int limit) {
        SqlFragment readable = readable("p", scope);
        SqlFragment subtree = subtree(subtreePath);
        return jdbc.sql("SELECT p.* FROM programme p WHERE " + readable.sql() + " AND " + subtree.sql()
                        + " ORDER BY p.period_from DESC, p.code, p.id OFFSET :off ROWS FETCH NEXT :lim ROWS ONLY")
                .params(readable.params())
                .params(subtree.params())
                .param("off", offset)
                .param("lim", limit)
                .query(ProgrammeStore::programme)
                .list();
    }

    public long count(OrgScope scope, @Nullable String subtreePath) {
        SqlFragment readable = readable("p", scope);
        SqlFragment subtree = subtree(subtreePath);
        return jdbc.sql("SELECT COUNT(*) FROM programme p WHERE " + readable.sql() + " AND " + subtree.sql())
                .params(readable.params())
                .params(subtree.params())
                .query(Long.class)
                .single();
    }

    private SqlFragment subtree(@Nullable String path) {
        return path == null
                ? new SqlFragment("1 = 1", Map.of())
                : orgUnits.unitInSubtree("p.issuing_unit_id", path, "ps");
    }

    /** The programmes adopting {@code parentId} that the caller may read. */
    public List<ProgrammeRow> children(UUID parentId, OrgScope scope) {
        SqlFragment readable = readable("p", scope);
        return jdbc.sql("SELECT p.* FROM programme p WHERE p.parent_programme_id = :parent AND " + readable.sql()
                        + " ORDER BY p.code, p.id")
                .params(readable.params())
                .param("parent", parentId)
                .query(ProgrammeStore::programme)
                .list();
    }

    /** Number of indicators and tasks per programme. */
    public Map<UUID, int[]> counts(Collection<UUID> ids) {
        Map<UUID, int[]> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        ids.forEach(id -> counts.put(id, new int[2]));
        jdbc.sql(
                        "SELECT programme_id, COUNT(*) FROM programme_indicator WHERE programme_id IN (:ids) GROUP BY programme_id")
                .param("ids", ids)
                .query((rs, n) -> counts.get(rs.getObject(1, UUID.class))[0] = rs.getInt(2))
                .list();
        jdbc.sql("SELECT programme_id, COUNT(*) FROM programme_task WHERE programme_id IN (:ids) GROUP BY programme_id")
                .param("ids", ids)
                .query((rs, n) -> counts.get(rs.getObject(1, UUID.class))[1] = rs.getInt(2))
                .list();
        return counts;
    }

    public boolean codeTaken(long unitId, String code, @Nullable UUID except) {
        return jdbc.sql("SELECT COUNT(*) FROM programme WHERE issuing_unit_id = :u AND code = :c AND id <> :x")
                        .param("u", unitId)
                        .param("c", code)
                        .param("x", except == null ? new UUID(0, 0) : except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void insert(ProgrammeRow p, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO programme (id, code, title, issuing_unit_id, parent_programme_id, period_from,
                               period_to, goals, version, created_at, created_by, updated_at)
                        VALUES (:id, :code, :title, :unit, :parent, :pfrom, :pto, :goals, 0, :now, :by, :now)""")
                .param("id", p.id())
                .param("code", p.code())
                .param("title", p.title())
                .param("unit", p.issuingUnitId())
                .param("parent", p.parentProgrammeId())
                .param("pfrom", p.periodFrom())
                .param("pto", p.periodTo())
                .param("goals", p.goals())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    public void update(ProgrammeRow p, long expectedVersion, Instant now) {
        int updated = jdbc.sql("""
                        UPDATE programme SET code = :code, title = :title, period_from = :pfrom, period_to = :pto,
                               goals = :goals, version = version + 1, updated_at = :now
                         WHERE id = :id AND version = :version""")
                .param("id", p.id())
                .param("code", p.code())
                .param("title", p.title())
                .param("pfrom", p.periodFrom())
                .param("pto", p.periodTo())
                .param("goals", p.goals())
                .param("now", Timestamp.from(now))
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw DomainException.conflict("conflict.stale");
        }
    }

    /** Replaces the steering committee and linked documents. */
    public void replaceParts(UUID programmeId, List<CommitteeSeat> committee, List<LinkedDocument> documents) {
        jdbc.sql("DELETE FROM programme_committee WHERE programme_id = :p")
                .param("p", programmeId)
                .update();
        jdbc.sql("DELETE FROM programme_document WHERE programme_id = :p")
                .param("p", programmeId)
                .update();
        int seq = 0;
        for (CommitteeSeat seat : committee) {
            jdbc.sql("""
                            INSERT INTO programme_committee (id, programme_id, seq, member_id, full_name, role, position)
                            VALUES (:id, :p, :seq, :member, :name, :role, :position)""")
                    .param("id", UUID.randomUUID())
                    .param("p", programmeId)
                    .param("seq", ++seq)
                    .param("member", seat.memberId())
                    .param(
                            "name",
                            java.util.Objects.requireNonNull(seat.fullName()).strip())
                    .param("role", java.util.Objects.requireNonNull(seat.role()).name())
                    .param("position", blank(seat.position()))
                    .update();
        }
        seq = 0;
        for (LinkedDocument doc : documents) {
            jdbc.sql("""
                            INSERT INTO programme_document (id, programme_id, seq, document_id, label)
                            VALUES (:id, :p, :seq, :doc, :label)""")
                    .param("id", UUID.randomUUID())
                    .param("p", programmeId)
                    .param("seq", ++seq)
                    .param("doc", doc.documentId())
                    .param(
                            "label",
                            java.util.Objects.requireNonNull(doc.label()).strip())
                    .update();
        }
    }

    public List<CommitteeSeat> committee(UUID programmeId) {
        return jdbc.sql("SELECT * FROM programme_committee WHERE programme_id = :p ORDER BY seq")
                .param("p", programmeId)
                .query((rs, n) -> new CommitteeSeat(
                        rs.getObject("member_id", UUID.class),
                        rs.getString("full_name"),
                        CommitteeRole.valueOf(rs.getString("role")),
                        rs.getString("position")))
                .list();
    }

    public List<LinkedDocument> documents(UUID programmeId) {
        return jdbc.sql("SELECT * FROM programme_document WHERE programme_id = :p ORDER BY seq")
                .param("p", programmeId)
                .query((rs, n) -> new LinkedDocument(rs.getObject("document_id", UUID.class), rs.getString("label")))
                .list();
    }

    public int nextSeq(String table, UUID programmeId) {
        String sql = "programme_task".equals(table)
                ? "SELECT COALESCE(MAX(seq), 0) + 1 FROM programme_task WHERE programme_id = :p"
                : "SELECT COALESCE(MAX(seq), 0) + 1 FROM programme_indicator WHERE programme_id = :p";
        return jdbc.sql(sql).param("p", programmeId).query(Integer.class).single();
    }

    public void insertIndicator(IndicatorRow i, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO programme_indicator (id, programme_id, seq, name, unit, baseline, target, target_date,
                               direction, reporting, responsible_unit_id, parent_indicator_id, version, created_at,
                               created_by)
                        VALUES (:id, :p, :seq, :name, :unit, :baseline, :target, :tdate, :direction, :reporting,
                               :unitId, :parent, 0, :now, :by)""")
                .param("id", i.id())
                .param("p", i.programmeId())
                .param("seq", i.seq())
                .param("name", i.name())
                .param("unit", i.unit())
                .param("baseline", i.baseline())
                .param("target", i.target())
                .param("tdate", i.targetDate())
                .param("direction", i.direction().name())
                .param("reporting", i.reporting().name())
                .param("unitId", i.responsibleUnitId())
                .param("parent", i.parentIndicatorId())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    public void insertTask(TaskRow t, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO programme_task (id, programme_id, seq, title, owner_unit_id, owner_member_id,
                               owner_person, deadline, parent_task_id, origin_kind, origin_id, origin_label, version,
                               created_at, created_by)
                        VALUES (:id, :p, :seq, :title, :unit, :member, :person, :deadline, :parent, :okind, :oid,
                               :olabel, 0, :now, :by)""")
                .param("id", t.id())
                .param("p", t.programmeId())
                .param("seq", t.seq())
                .param("title", t.title())
                .param("unit", t.ownerUnitId())
                .param("member", t.ownerMemberId())
                .param("person", t.ownerPerson())
                .param("deadline", t.deadline())
                .param("parent", t.parentTaskId())
                .param("okind", t.origin() == null ? null : t.origin().kind())
                .param("oid", t.origin() == null ? null : t.origin().id())
                .param("olabel", t.origin() == null ? null : t.origin().label())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    /** Programmes issued by a unit of the scope (not those above it), for choosing where to add a task. */
    public List<ProgrammeRow> issuedWithin(OrgScope scope, int limit) {
        SqlFragment within = orgUnits.unitWithin("p.issuing_unit_id", scope, "pw");
        return jdbc.sql("SELECT p.* FROM programme p WHERE " + within.sql()
                        + " ORDER BY p.period_from DESC, p.code, p.id FETCH FIRST :lim ROWS ONLY")
                .params(within.params())
                .param("lim", limit)
                .query(ProgrammeStore::programme)
                .list();
    }

    /** Programmes by id, whatever their scope (the caller has checked it). */
    public List<ProgrammeRow> byIds(Collection<UUID> ids) {
        return whereIn("SELECT * FROM programme WHERE id IN (:ids)", ids, ProgrammeStore::programme);
    }

    /** Tasks by id. */
    public List<TaskRow> tasksByIds(Collection<UUID> ids) {
        return whereIn("SELECT * FROM programme_task WHERE id IN (:ids)", ids, ProgrammeStore::task);
    }

    /** Rewrites what an indicator says when the version still matches; otherwise 409 and nothing changes. */
    public void updateIndicator(IndicatorRow i, long expectedVersion) {
        int updated = jdbc.sql("""
                        UPDATE programme_indicator SET name = :name, unit = :unit, baseline = :baseline,
                               target = :target, target_date = :tdate, direction = :direction, reporting = :reporting,
                               responsible_unit_id = :unitId, version = version + 1
                         WHERE id = :id AND version = :v""")
                .param("id", i.id())
                .param("name", i.name())
                .param("unit", i.unit())
                .param("baseline", i.baseline())
                .param("target", i.target())
                .param("tdate", i.targetDate())
                .param("direction", i.direction().name())
                .param("reporting", i.reporting().name())
                .param("unitId", i.responsibleUnitId())
                .param("v", expectedVersion)
                .update();
        if (updated == 0) {
            throw DomainException.conflict("conflict.stale");
        }
    }

    /** Rewrites what a task says when the version still matches; otherwise 409 and nothing changes. */
    public void updateTask(TaskRow t, long expectedVersion) {
        int updated = jdbc.sql("""
                        UPDATE programme_task SET title = :title, owner_unit_id = :unit, owner_member_id = :member,
                               owner_person = :person, deadline = :deadline, version = version + 1
                         WHERE id = :id AND version = :v""")
                .param("id", t.id())
                .param("title", t.title())
                .param("unit", t.ownerUnitId())
                .param("member", t.ownerMemberId())
                .param("person", t.ownerPerson())
                .param("deadline", t.deadline())
                .param("v", expectedVersion)
                .update();
        if (updated == 0) {
            throw DomainException.conflict("conflict.stale");
        }
    }

    /** How many reports an indicator or task has and how many adopted copies point at it. */
    public long[] uses(String table, UUID id) {
        boolean task = "programme_task".equals(table);
        long reports = jdbc.sql(
                        task
                                ? "SELECT COUNT(*) FROM programme_task_report WHERE task_id = :id"
                                : "SELECT COUNT(*) FROM programme_indicator_report WHERE indicator_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        long copies = jdbc.sql(
                        task
                                ? "SELECT COUNT(*) FROM programme_task WHERE parent_task_id = :id"
                                : "SELECT COUNT(*) FROM programme_indicator WHERE parent_indicator_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        return new long[] {reports, copies};
    }

    /**
     * Deletes an indicator or task when the version still matches (otherwise 409) and closes the gap in the numbering
     * of the programme's others.
     */
    public void delete(String table, UUID programmeId, UUID id, int seq, long expectedVersion) {
        boolean task = "programme_task".equals(table);
        int deleted = jdbc.sql(
                        task
                                ? "DELETE FROM programme_task WHERE id = :id AND version = :v"
                                : "DELETE FROM programme_indicator WHERE id = :id AND version = :v")
                .param("id", id)
                .param("v", expectedVersion)
                .update();
        if (deleted == 0) {
            throw DomainException.conflict("conflict.stale");
        }
        jdbc.sql(
                        task
                                ? "UPDATE programme_task SET seq = seq - 1 WHERE programme_id = :p AND seq > :seq"
                                : "UPDATE programme_indicator SET seq = seq - 1 WHERE programme_id = :p AND seq > :seq")
                .param("p", programmeId)
                .param("seq", seq)
                .update();
    }

    /** Of the given indicators or tasks, those with a report or an adopted copy (which may not be removed). */
    public Set<UUID> inUse(String table, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        boolean task = "programme_task".equals(table);
        String sql = task ? """
                        SELECT task_id FROM programme_task_report WHERE task_id IN (:ids)
                        UNION SELECT parent_task_id FROM programme_task WHERE parent_task_id IN (:ids)""" : """
                        SELECT indicator_id FROM programme_indicator_report WHERE indicator_id IN (:ids)
                        UNION SELECT parent_indicator_id FROM programme_indicator WHERE parent_indicator_id IN (:ids)""";
        return new java.util.HashSet<>(
                jdbc.sql(sql).param("ids", ids).query(UUID.class).list());
    }

    /** Marks tasks as reminded on a day. */
    public void reminded(Collection<UUID> taskIds, LocalDate day) {
        if (taskIds.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE programme_task SET reminded_on = :day WHERE id IN (:ids)")
                .param("day", day)
                .param("ids", taskIds)
                .update();
    }

    public List<IndicatorRow> indicators(Collection<UUID> programmeIds) {
        return whereIn(
                "SELECT * FROM programme_indicator WHERE programme_id IN (:ids) ORDER BY programme_id, seq",
                programmeIds,
                ProgrammeStore::indicator);
    }

    public List<TaskRow> tasks(Collection<UUID> programmeIds) {
        return whereIn(
                "SELECT * FROM programme_task WHERE programme_id IN (:ids) ORDER BY programme_id, seq",
                programmeIds,
                ProgrammeStore::task);
    }

    /** The rows of a query bound to {@code :ids}; none for no ids (an empty IN list is not valid SQL). */
    private <T> List<T> whereIn(String sql, Collection<UUID> ids, RowMapper<T> mapper) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(sql).param("ids", ids).query(mapper).list();
    }

    public IndicatorRow indicator(UUID programmeId, UUID indicatorId) {
        return jdbc.sql("SELECT * FROM programme_indicator WHERE id = :id AND programme_id = :p")
                .param("id", indicatorId)
                .param("p", programmeId)
                .query(ProgrammeStore::indicator)
                .optional()
                .orElseThrow(() -> DomainException.notFound("programme.indicator.not-found", indicatorId));
    }

    public TaskRow task(UUID programmeId, UUID taskId) {
        return jdbc.sql("SELECT * FROM programme_task WHERE id = :id AND programme_id = :p")
                .param("id", taskId)
                .param("p", programmeId)
                .query(ProgrammeStore::task)
                .optional()
                .orElseThrow(() -> DomainException.notFound("programme.task.not-found", taskId));
    }

    /** Bumps an indicator's or task's version, refusing a stale one. */
    public void touch(String table, UUID id, long expectedVersion) {
        String sql = "programme_task".equals(table)
                ? "UPDATE programme_task SET version = version + 1 WHERE id = :id AND version = :v"
                : "UPDATE programme_indicator SET version = version + 1 WHERE id = :id AND version = :v";
        if (jdbc.sql(sql).param("id", id).param("v", expectedVersion).update() == 0) {
            throw DomainException.conflict("conflict.stale");
        }
    }

    public void insertIndicatorReport(
            UUID indicatorId,
            String period,
            LocalDate asOf,
            @Nullable BigDecimal value,
            @Nullable LocalDate achievedOn,
            long reportingUnitId,
            @Nullable UUID evidenceDocumentId,
            @Nullable String evidenceText,
            @Nullable String comment,
            String by,
            Instant now) {
        jdbc.sql("""
                        INSERT INTO programme_indicator_report (id, indicator_id, period, as_of, reported_value,
                               achieved_on, reporting_unit_id, evidence_document_id, evidence_text, comment_text, at,
                               by_account)
                        VALUES (:id, :i, :period, :asOf, :value, :achieved, :unit, :doc, :evidence, :comment, :at, :by)""")
                .param("id", UUID.randomUUID())
                .param("i", indicatorId)
                .param("period", period)
                .param("asOf", asOf)
                .param("value", value)
                .param("achieved", achievedOn)
                .param("unit", reportingUnitId)
                .param("doc", evidenceDocumentId)
                .param("evidence", evidenceText)
                .param("comment", comment)
                .param("at", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    public void insertTaskReport(
            UUID taskId,
            LocalDate asOf,
            int progress,
            @Nullable UUID evidenceDocumentId,
            @Nullable String evidenceText,
            @Nullable String comment,
            String by,
            Instant now) {
        jdbc.sql("""
                        INSERT INTO programme_task_report (id, task_id, as_of, progress, evidence_document_id,
                               evidence_text, comment_text, at, by_account)
                        VALUES (:id, :t, :asOf, :progress, :doc, :evidence, :comment, :at, :by)""")
                .param("id", UUID.randomUUID())
                .param("t", taskId)
                .param("asOf", asOf)
                .param("progress", progress)
                .param("doc", evidenceDocumentId)
                .param("evidence", evidenceText)
                .param("comment", comment)
                .param("at", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    /** The latest report of each indicator on or before {@code day} (the last recorded wins among equal days). */
    public Map<UUID, IndicatorReading> latestIndicatorReadings(Collection<UUID> indicatorIds, LocalDate day) {
        Map<UUID, IndicatorReading> latest = new HashMap<>();
        if (indicatorIds.isEmpty()) {
            return latest;
        }
        jdbc.sql("""
                        SELECT indicator_id, period, as_of, reported_value, achieved_on FROM programme_indicator_report
                         WHERE indicator_id IN (:ids) AND as_of <= :day ORDER BY as_of, seq""")
                .param("ids", indicatorIds)
                .param("day", day)
                .query((rs, n) -> new IndicatorReading(
                        rs.getObject("indicator_id", UUID.class),
                        rs.getString("period"),
                        rs.getObject("as_of", LocalDate.class),
                        rs.getBigDecimal("reported_value"),
                        rs.getObject("achieved_on", LocalDate.class)))
                .list()
                .forEach(r -> latest.put(r.indicatorId(), r));
        return latest;
    }

    /** The latest progress of each task on or before {@code day}. */
    public Map<UUID, TaskReading> latestTaskReadings(Collection<UUID> taskIds, LocalDate day) {
        Map<UUID, TaskReading> latest = new HashMap<>();
        if (taskIds.isEmpty()) {
            return latest;
        }
        jdbc.sql("""
                        SELECT task_id, as_of, progress FROM programme_task_report
                         WHERE task_id IN (:ids) AND as_of <= :day ORDER BY as_of, seq""")
                .param("ids", taskIds)
                .param("day", day)
                .query((rs, n) -> new TaskReading(
                        rs.getObject("task_id", UUID.class),
                        rs.getObject("as_of", LocalDate.class),
                        rs.getInt("progress")))
                .list()
                .forEach(r -> latest.put(r.taskId(), r));
        return latest;
    }

    /** Every report of an indicator, oldest first. */
    public List<ProgressReport> indicatorHistory(UUID indicatorId, Map<Long, String> unitNames) {
        return jdbc.sql("SELECT * FROM programme_indicator_report WHERE indicator_id = :i ORDER BY as_of, seq")
                .param("i", indicatorId)
                .query((rs, n) -> new ProgressReport(
                        rs.getObject("id", UUID.class),
                        rs.getString("period"),
                        rs.getObject("as_of", LocalDate.class),
                        rs.getBigDecimal("reported_value"),
                        rs.getObject("achieved_on", LocalDate.class),
                        null,
                        unitNames.getOrDefault(rs.getLong("reporting_unit_id"), ""),
                        rs.getObject("evidence_document_id", UUID.class),
                        rs.getString("evidence_text"),
                        rs.getString("comment_text"),
                        instant(rs, "at"),
                        rs.getString("by_account")))
                .list();
    }

    /** The units that reported an indicator, for naming them in its history. */
    public List<Long> indicatorReportingUnits(UUID indicatorId) {
        return jdbc.sql("SELECT DISTINCT reporting_unit_id FROM programme_indicator_report WHERE indicator_id = :i")
                .param("i", indicatorId)
                .query(Long.class)
                .list();
    }

    /** Every progress report of a task, oldest first. */
    public List<ProgressReport> taskHistory(UUID taskId) {
        return jdbc.sql("SELECT * FROM programme_task_report WHERE task_id = :t ORDER BY as_of, seq")
                .param("t", taskId)
                .query((rs, n) -> new ProgressReport(
                        rs.getObject("id", UUID.class),
                        null,
                        rs.getObject("as_of", LocalDate.class),
                        null,
                        null,
                        rs.getInt("progress"),
                        null,
                        rs.getObject("evidence_document_id", UUID.class),
                        rs.getString("evidence_text"),
                        rs.getString("comment_text"),
                        instant(rs, "at"),
                        rs.getString("by_account")))
                .list();
    }

    private static ProgrammeRow programme(ResultSet rs, int n) throws SQLException {
        return new ProgrammeRow(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("title"),
                rs.getLong("issuing_unit_id"),
                rs.getObject("parent_programme_id", UUID.class),
                date(rs, "period_from"),
                date(rs, "period_to"),
                rs.getString("goals"),
                rs.getLong("version"));
    }

    private static IndicatorRow indicator(ResultSet rs, int n) throws SQLException {
        Date targetDate = rs.getDate("target_date");
        return new IndicatorRow(
                rs.getObject("id", UUID.class),
                rs.getObject("programme_id", UUID.class),
                rs.getInt("seq"),
                rs.getString("name"),
                rs.getString("unit"),
                rs.getBigDecimal("baseline"),
                rs.getBigDecimal("target"),
                targetDate == null ? null : targetDate.toLocalDate(),
                IndicatorDirection.valueOf(rs.getString("direction")),
                ReportingPeriod.valueOf(rs.getString("reporting")),
                rs.getLong("responsible_unit_id"),
                rs.getObject("parent_indicator_id", UUID.class),
                rs.getLong("version"));
    }

    private static TaskRow task(ResultSet rs, int n) throws SQLException {
        return new TaskRow(
                rs.getObject("id", UUID.class),
                rs.getObject("programme_id", UUID.class),
                rs.getInt("seq"),
                rs.getString("title"),
                rs.getLong("owner_unit_id"),
                rs.getObject("owner_member_id", UUID.class),
                rs.getString("owner_person"),
                date(rs, "deadline"),
                rs.getObject("parent_task_id", UUID.class),
                rs.getString("origin_kind") == null
                        ? null
                        : new TaskOrigin(
                                rs.getString("origin_kind"),
                                rs.getObject("origin_id", UUID.class),
                                rs.getString("origin_label")),
                rs.getObject("reminded_on", LocalDate.class),
                rs.getLong("version"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getDate(column).toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
