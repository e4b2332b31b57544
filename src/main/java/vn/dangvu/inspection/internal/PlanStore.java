package vn.dangvu.inspection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.inspection.CaseSubjectKind;
import vn.dangvu.inspection.CaseType;
import vn.dangvu.inspection.PlanOwner;
import vn.dangvu.inspection.PlanPeriodKind;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.SqlFragment;

/** The {@code inspection_plan*} rows. Reads take the access condition of {@link PlanAccess}; writes check versions. */
@Component
class PlanStore {

    record Plan(
            UUID id,
            long ownerUnitId,
            PlanOwner owner,
            CaseType.Activity activity,
            PlanPeriodKind periodKind,
            @Nullable Integer year,
            LocalDate periodFrom,
            LocalDate periodTo,
            String title,
            @Nullable String decisionNumber,
            @Nullable LocalDate decisionDate,
            long version) {}

    record Item(
            UUID id,
            UUID planId,
            CaseSubjectKind subjectKind,
            long subjectUnitId,
            @Nullable UUID subjectMemberId,
            String subjectName,
            String content,
            LocalDate plannedFrom,
            LocalDate plannedTo,
            @Nullable String team,
            @Nullable CaseType caseType,
            long version) {}

    /** A case opened from an item. */
    record LinkedCase(
            UUID itemId,
            UUID caseId,
            String title,
            @Nullable LocalDate concludedOn) {}

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Plan plan, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO inspection_plan (id, owner_unit_id, owner, activity, period_kind, plan_year,
                               period_from, period_to, title, decision_number, decision_date, version, created_at,
                               created_by, updated_at)
                        VALUES (:id, :unit, :owner, :activity, :kind, :year, :from, :to, :title, :number, :date, 0,
                               :now, :by, :now)""")
                .param("id", plan.id())
                .param("unit", plan.ownerUnitId())
                .param("owner", plan.owner().name())
                .params(header(plan))
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    /** Rewrites the header at {@code version}; a stale version is a 409. */
    void update(Plan plan, long version, Instant now) {
        int updated = jdbc.sql("""
                        UPDATE inspection_plan SET activity = :activity, period_kind = :kind, plan_year = :year,
                               period_from = :from, period_to = :to, title = :title, decision_number = :number,
                               decision_date = :date, version = version + 1, updated_at = :now
                         WHERE id = :id AND version = :version""")
                .params(header(plan))
                .param("id", plan.id())
                .param("version", version)
                .param("now", Timestamp.from(now))
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException(
                    "inspection plan " + plan.id() + " is not at version " + version);
        }
    }

    private static Map<String, Object> header(Plan plan) {
        Map<String, Object> params = new HashMap<>();
        params.put("activity", plan.activity().name());
        params.put("kind", plan.periodKind().name());
        params.put("year", plan.year());
        params.put("from", plan.periodFrom());
        params.put("to", plan.periodTo());
        params.put("title", plan.title());
        params.put("number", plan.decisionNumber());
        params.put("date", plan.decisionDate());
        return params;
    }

    Optional<Plan> find(UUID id, SqlFragment access) {
        return jdbc.sql("SELECT * FROM inspection_plan p WHERE p.id = :id AND " + access.sql())
                .params(access.params())
                .param("id", id)
                .query(PlanStore::plan)
                .optional();
    }

    PageResult<Plan> list(
            SqlFragment access, @Nullable Integer year, CaseType.@Nullable Activity activity, Paging paging) {
        Map<String, Object> params = new HashMap<>(access.params());
        List<String> where = new ArrayList<>();
        where.add(access.sql());
        if (year != null) {
            where.add("p.period_from <= :yearEnd AND p.period_to >= :yearStart");
            params.put("yearStart", LocalDate.of(year, 1, 1));
            params.put("yearEnd", LocalDate.of(year, 12, 31));
        }
        if (activity != null) {
            where.add("p.activity = :activity");
            params.put("activity", activity.name());
        }
        String condition = String.join(" AND ", where);
        long total = jdbc.sql("SELECT COUNT(*) FROM inspection_plan p WHERE " + condition)
                .params(params)
                .query(Long.class)
                .single();
        List<Plan> rows = jdbc.sql("SELECT p.* FROM inspection_plan p WHERE " + condition
                        + " ORDER BY p.period_from DESC, p.created_at DESC, p.id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.sizeOrDefault())
                .param("offset", paging.offset())
                .query(PlanStore::plan)
                .list();
        return new PageResult<>(rows, paging.pageOrDefault(), paging.sizeOrDefault(), total);
    }

    List<Item> items(Collection<UUID> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM inspection_plan_item WHERE plan_id IN (:plans) ORDER BY plan_id, position, id")
                .param("plans", planIds)
                .query(PlanStore::item)
                .list();
    }

    Optional<Item> item(UUID planId, UUID itemId) {
        return jdbc.sql("SELECT * FROM inspection_plan_item WHERE id = :id AND plan_id = :plan")
                .param("id", itemId)
                .param("plan", planId)
                .query(PlanStore::item)
                .optional();
    }

    /** An item with its plan's owning unit, whatever the plan (for cases opened from it). */
    Optional<Map.Entry<Item, Long>> itemWithOwner(UUID itemId) {
        return jdbc.sql("""
                        SELECT i.*, p.owner_unit_id FROM inspection_plan_item i JOIN inspection_plan p ON p.id = i.plan_id
                         WHERE i.id = :id""")
                .param("id", itemId)
                .query((rs, n) -> Map.entry(item(rs, n), rs.getLong("owner_unit_id")))
                .optional();
    }

    Map<UUID, List<UUID>> teamMembers(Collection<UUID> itemIds) {
        Map<UUID, List<UUID>> members = new LinkedHashMap<>();
        if (itemIds.isEmpty()) {
            return members;
        }
        jdbc.sql("SELECT item_id, member_id FROM inspection_plan_item_member WHERE item_id IN (:items)"
                        + " ORDER BY item_id, member_id")
                .param("items", itemIds)
                .query(rs -> {
                    members.computeIfAbsent(rs.getObject("item_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getObject("member_id", UUID.class));
                });
        return members;
    }

    List<LinkedCase> cases(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT plan_item_id, id, title, concluded_on FROM inspection_case WHERE plan_item_id IN (:items)
                         ORDER BY created_at, id""")
                .param("items", itemIds)
                .query((rs, n) -> new LinkedCase(
                        rs.getObject("plan_item_id", UUID.class),
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        rs.getObject("concluded_on", LocalDate.class)))
                .list();
    }

    void insertItem(Item item, List<UUID> team) {
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM inspection_plan_item WHERE plan_id = :plan")
                .param("plan", item.planId())
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        INSERT INTO inspection_plan_item (id, plan_id, position, subject_kind, subject_unit_id,
                               subject_member_id, subject_name, content, planned_from, planned_to, team, case_type, version)
                        VALUES (:id, :plan, :position, :kind, :unit, :member, :name, :content, :from, :to, :team,
                               :type, 0)""")
                .params(itemParams(item))
                .param("plan", item.planId())
                .param("position", position)
                .update();
        replaceTeam(item.id(), team);
    }

    /** Rewrites the item at {@code version}; a stale version is a 409. */
    void updateItem(Item item, long version, List<UUID> team) {
        int updated =
                jdbc.sql("""
                        UPDATE inspection_plan_item SET subject_kind = :kind, subject_unit_id = :unit,
                               subject_member_id = :member, subject_name = :name, content = :content,
                               planned_from = :from, planned_to = :to, team = :team, case_type = :type,
                               version = version + 1
                         WHERE id = :id AND version = :version""").params(itemParams(item)).param("version", version).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("plan item " + item.id() + " is not at version " + version);
        }
        replaceTeam(item.id(), team);
    }

    void deleteItem(UUID itemId) {
        replaceTeam(itemId, List.of());
        jdbc.sql("DELETE FROM inspection_plan_item WHERE id = :id")
                .param("id", itemId)
                .update();
    }

    private void replaceTeam(UUID itemId, List<UUID> team) {
        jdbc.sql("DELETE FROM inspection_plan_item_member WHERE item_id = :id")
                .param("id", itemId)
                .update();
        for (UUID member : team) {
            jdbc.sql("INSERT INTO inspection_plan_item_member (item_id, member_id) VALUES (:id, :member)")
                    .param("id", itemId)
                    .param("member", member)
                    .update();
        }
    }

    private static Map<String, Object> itemParams(Item item) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", item.id());
        params.put("kind", item.subjectKind().name());
        params.put("unit", item.subjectUnitId());
        params.put("member", item.subjectMemberId());
        params.put("name", item.subjectName());
        params.put("content", item.content());
        params.put("from", item.plannedFrom());
        params.put("to", item.plannedTo());
        params.put("team", item.team());
        params.put("type", item.caseType() == null ? null : item.caseType().name());
        return params;
    }

    private static Plan plan(ResultSet rs, int n) throws SQLException {
        return new Plan(
                rs.getObject("id", UUID.class),
                rs.getLong("owner_unit_id"),
                PlanOwner.valueOf(rs.getString("owner")),
                CaseType.Activity.valueOf(rs.getString("activity")),
                PlanPeriodKind.valueOf(rs.getString("period_kind")),
                (Integer) rs.getObject("plan_year", Integer.class),
                rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class),
                rs.getString("title"),
                rs.getString("decision_number"),
                rs.getObject("decision_date", LocalDate.class),
                rs.getLong("version"));
    }

    private static Item item(ResultSet rs, int n) throws SQLException {
        String type = rs.getString("case_type");
        return new Item(
                rs.getObject("id", UUID.class),
                rs.getObject("plan_id", UUID.class),
                CaseSubjectKind.valueOf(rs.getString("subject_kind")),
                rs.getLong("subject_unit_id"),
                rs.getObject("subject_member_id", UUID.class),
                rs.getString("subject_name"),
                rs.getString("content"),
                rs.getObject("planned_from", LocalDate.class),
                rs.getObject("planned_to", LocalDate.class),
                rs.getString("team"),
                type == null ? null : CaseType.valueOf(type),
                rs.getLong("version"));
    }
}
