package vn.dangvu.petition.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.petition.PetitionAgeing;
import vn.dangvu.petition.PetitionAgeingRow;
import vn.dangvu.petition.PetitionKind;
import vn.dangvu.petition.PetitionState;
import vn.dangvu.petition.PetitionSummary;
import vn.dangvu.petition.ReceptionDay;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.SqlFragment;

/** The inbox, the ageing report and the reception days, in SQL with the caller's scope. */
@Component
public class PetitionQueries {

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;
    private final PetitionStore store;
    private final PetitionDeadlinePolicy deadlines;
    private final Clock clock;

    PetitionQueries(
            JdbcClient jdbc, OrgUnits orgUnits, PetitionStore store, PetitionDeadlinePolicy deadlines, Clock clock) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.store = store;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * Petitions visible in the scope, optionally of one subtree (received or handled there), a state, a kind, only
     * the open ones or only those past their running deadline; the nearest running deadline first.
     */
    public PageResult<PetitionSummary> inbox(
            OrgScope scope,
            @Nullable String subtreePath,
            @Nullable PetitionState state,
            @Nullable PetitionKind kind,
            boolean openOnly,
            boolean overdueOnly,
            Paging paging) {
        LocalDate today = LocalDate.now(clock);
        SqlFragment visible = store.visible("p", scope);
        StringBuilder where = new StringBuilder(" WHERE " + visible.sql());
        Map<String, Object> params = new HashMap<>(visible.params());
        if (subtreePath != null) {
            SqlFragment received = orgUnits.unitInSubtree("p.received_unit_id", subtreePath, "tr");
            SqlFragment handling = orgUnits.unitInSubtree("p.handling_unit_id", subtreePath, "th");
            where.append(" AND (")
                    .append(received.sql())
                    .append(" OR ")
                    .append(handling.sql())
                    .append(")");
            params.putAll(received.params());
            params.putAll(handling.params());
        }
        if (state != null) {
            where.append(" AND p.state = :state");
            params.put("state", state.name());
        }
        if (kind != null) {
            where.append(" AND p.kind = :kind");
            params.put("kind", kind.name());
        }
        if (openOnly || overdueOnly) {
            where.append(" AND p.state IN ('RECEIVED', 'ROUTED', 'ACCEPTED')");
        }
        if (overdueOnly) {
            where.append(" AND ((p.state IN ('RECEIVED', 'ROUTED') AND p.accept_due < :today)"
                    + " OR (p.state = 'ACCEPTED' AND p.settle_due < :today))");
            params.put("today", Date.valueOf(today));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM petition p" + where)
                .params(params)
                .query(Long.class)
                .single();
        Map<Long, String> names = new HashMap<>();
        List<PetitionSummary> rows = jdbc
                .sql("SELECT p.* FROM petition p" + where + """
                         ORDER BY CASE WHEN p.state IN ('RECEIVED', 'ROUTED') THEN p.accept_due
                                       WHEN p.state = 'ACCEPTED' THEN p.settle_due END ASC NULLS LAST,
                                  p.received_on DESC, p.id
                         LIMIT :limit OFFSET :offset""")
                .params(params)
                .param("limit", paging.sizeOrDefault())
                .param("offset", paging.offset())
                .query(PetitionStore::petition)
                .list()
                .stream()
                .map(p -> new PetitionSummary(
                        p.id(),
                        p.receivedUnitId(),
                        p.handlingUnitId(),
                        names.computeIfAbsent(p.handlingUnitId(), this::unitName),
                        p.petitionerName(),
                        p.channel(),
                        p.receivedOn(),
                        p.subject(),
                        p.kind(),
                        p.state(),
                        p.due(),
                        deadlines.status(p.due(), today),
                        p.extensions(),
                        p.duplicateOf()))
                .toList();
        return new PageResult<>(rows, paging.pageOrDefault(), paging.sizeOrDefault(), total);
    }

    /** Open petitions handled in the subtree at {@code path}, by handling unit and age band on today's date. */
    public PetitionAgeing ageing(String path) {
        LocalDate today = LocalDate.now(clock);
        SqlFragment sub = orgUnits.unitInSubtree("p.handling_unit_id", path, "t");
        List<PetitionAgeingRow> rows =
                new ArrayList<>(jdbc.sql("""
                        SELECT p.handling_unit_id AS unit,
                               SUM(CASE WHEN p.received_on >= :y1 THEN 1 ELSE 0 END) AS b1,
                               SUM(CASE WHEN p.received_on < :y1 AND p.received_on >= :y5 THEN 1 ELSE 0 END) AS b5,
                               SUM(CASE WHEN p.received_on < :y5 AND p.received_on >= :y10 THEN 1 ELSE 0 END) AS b10,
                               SUM(CASE WHEN p.received_on < :y10 AND p.received_on >= :y20 THEN 1 ELSE 0 END) AS b20,
                               SUM(CASE WHEN p.received_on < :y20 THEN 1 ELSE 0 END) AS b99,
                               COUNT(*) AS total
                          FROM petition p
                         WHERE p.state IN ('RECEIVED', 'ROUTED', 'ACCEPTED')""" + " AND " + sub.sql() + " GROUP BY p.handling_unit_id")
                        .params(sub.params())
                        .param("y1", Date.valueOf(today.minusYears(1)))
                        .param("y5", Date.valueOf(today.minusYears(5)))
                        .param("y10", Date.valueOf(today.minusYears(10)))
                        .param("y20", Date.valueOf(today.minusYears(20)))
                        .query((rs, n) -> {
                            long unit = rs.getLong("unit");
                            return new PetitionAgeingRow(
                                    unit,
                                    unitName(unit),
                                    rs.getLong("b1"),
                                    rs.getLong("b5"),
                                    rs.getLong("b10"),
                                    rs.getLong("b20"),
                                    rs.getLong("b99"),
                                    rs.getLong("total"));
                        })
                        .list());
        rows.sort(java.util.Comparator.comparingLong(PetitionAgeingRow::open)
                .reversed()
                .thenComparing(PetitionAgeingRow::unitName));
        PetitionAgeingRow total = new PetitionAgeingRow(
                0,
                "",
                rows.stream().mapToLong(PetitionAgeingRow::upToOne).sum(),
                rows.stream().mapToLong(PetitionAgeingRow::overOne).sum(),
                rows.stream().mapToLong(PetitionAgeingRow::overFive).sum(),
                rows.stream().mapToLong(PetitionAgeingRow::overTen).sum(),
                rows.stream().mapToLong(PetitionAgeingRow::overTwenty).sum(),
                rows.stream().mapToLong(PetitionAgeingRow::open).sum());
        return new PetitionAgeing(today, rows, total);
    }

    /** Reception days held in the subtree at {@code path} in {@code [from, to)}, by day. */
    public List<ReceptionDay> receptionDays(String path, LocalDate from, LocalDate to) {
        SqlFragment sub = orgUnits.unitInSubtree("r.org_unit_id", path, "t");
        Map<Long, String> names = new HashMap<>();
        return jdbc.sql("SELECT r.* FROM petition_reception_day r WHERE r.held_on >= :from AND r.held_on < :to AND "
                        + sub.sql() + " ORDER BY r.held_on, r.org_unit_id, r.id")
                .params(sub.params())
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, n) -> {
                    long unit = rs.getLong("org_unit_id");
                    return new ReceptionDay(
                            rs.getObject("id", UUID.class),
                            unit,
                            names.computeIfAbsent(unit, this::unitName),
                            rs.getDate("held_on").toLocalDate(),
                            rs.getString("head_name"),
                            rs.getString("head_title"),
                            rs.getObject("head_member_id", UUID.class),
                            rs.getInt("citizens_received"),
                            rs.getString("notes"));
                })
                .list();
    }

    /** Reception days held in exactly one unit by any of the given heads, {@code from} inclusive, {@code to} not. */
    public List<ReceptionDay> receptionDaysOf(
            long orgUnitId, java.util.Collection<UUID> heads, LocalDate from, LocalDate to) {
        if (heads.isEmpty()) {
            return List.of();
        }
        String name = unitName(orgUnitId);
        return jdbc.sql("""
                        SELECT * FROM petition_reception_day
                         WHERE org_unit_id = :unit AND head_member_id IN (:heads) AND held_on >= :from AND held_on < :to
                         ORDER BY held_on, id""")
                .param("unit", orgUnitId)
                .param("heads", heads)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, n) -> new ReceptionDay(
                        rs.getObject("id", UUID.class),
                        orgUnitId,
                        name,
                        rs.getDate("held_on").toLocalDate(),
                        rs.getString("head_name"),
                        rs.getString("head_title"),
                        rs.getObject("head_member_id", UUID.class),
                        rs.getInt("citizens_received"),
                        rs.getString("notes")))
                .list();
    }

    public String unitName(long unitId) {
        return orgUnits.find(unitId).map(OrgUnitRef::name).orElse("#" + unitId);
    }
}
