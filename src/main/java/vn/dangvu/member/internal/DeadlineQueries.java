package vn.dangvu.member.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.calendar.WorkingDays;
import vn.dangvu.member.Deadline;
import vn.dangvu.member.DeadlineKind;
import vn.dangvu.member.DeadlineReport;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.SqlFragment;

/**
 * The "due and overdue" view: members whose lifecycle has a step pending with a deadline in working days (the
 * periods are {@link LifecyclePolicy}'s), read within a scope and computed against one snapshot of the calendar.
 */
@Component
class DeadlineQueries {

    static final String REMOVAL_RULE = "Điều lệ Đảng, Điều 8; QĐ 294-QĐ/TW §8.1 (xóa tên)";

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;
    private final WorkingDays workingDays;

    DeadlineQueries(JdbcClient jdbc, OrgUnits orgUnits, WorkingDays workingDays) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.workingDays = workingDays;
    }

    /**
     * @param subtreePath limit to a subtree inside the scope ({@code null}: the whole scope)
     * @param kind limit to one kind ({@code null}: all)
     * @param overdueOnly only steps past their due date
     * @param horizonDays how far ahead an ending probation is listed
     */
    DeadlineReport report(
            OrgScope scope,
            @Nullable String subtreePath,
            @Nullable DeadlineKind kind,
            boolean overdueOnly,
            int horizonDays,
            int limit,
            LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        SqlFragment within = orgUnits.unitWithin("m.org_unit_id", scope, "scope");
        String condition = within.sql();
        params.putAll(within.params());
        if (subtreePath != null) {
            SqlFragment sub = orgUnits.unitInSubtree("m.org_unit_id", subtreePath, "sub");
            condition += " AND " + sub.sql();
            params.putAll(sub.params());
        }
        // Probation ends 12 months after the ceremony: rows whose end is within the horizon, or already past.
        params.put("ceremonyCutoff", today.plusDays(horizonDays).minusMonths(LifecyclePolicy.PROBATION_MONTHS));
        List<Row> rows = jdbc.sql("""
                        SELECT m.id, m.full_name, m.org_unit_id, d.name AS unit_name, m.status, m.proposed_on,
                               m.admitted_on, m.ceremony_date, m.transit_since
                          FROM member m JOIN org_unit_directory d ON d.id = m.org_unit_id
                         WHERE (m.status IN ('PROPOSED', 'ADMITTED', 'IN_TRANSIT')
                                OR (m.status = 'PROBATIONARY' AND m.ceremony_date <= :ceremonyCutoff))
                           AND \s""" + condition)
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("full_name"),
                        rs.getLong("org_unit_id"),
                        rs.getString("unit_name"),
                        rs.getString("status"),
                        rs.getObject("proposed_on", LocalDate.class),
                        rs.getObject("admitted_on", LocalDate.class),
                        rs.getObject("ceremony_date", LocalDate.class),
                        rs.getObject("transit_since", LocalDate.class)))
                .list();
        WorkingDays.Snapshot days = workingDays.snapshot();
        List<Deadline> all = new ArrayList<>();
        for (Row row : rows) {
            Deadline deadline = deadline(row, days, today);
            if (deadline != null) {
                all.add(deadline);
            }
        }
        all.addAll(removalProposals(condition, params, days, today));
        Map<DeadlineKind, DeadlineReport.Count> counts = new EnumMap<>(DeadlineKind.class);
        for (DeadlineKind k : DeadlineKind.values()) {
            int due = (int) all.stream().filter(d -> d.kind() == k).count();
            int overdue =
                    (int) all.stream().filter(d -> d.kind() == k && d.overdue()).count();
            counts.put(k, new DeadlineReport.Count(due, overdue));
        }
        List<Deadline> selected = all.stream()
                .filter(d -> kind == null || d.kind() == kind)
                .filter(d -> !overdueOnly || d.overdue())
                .sorted(Comparator.comparing(Deadline::dueDate).thenComparing(Deadline::fullName))
                .toList();
        return new DeadlineReport(
                today, counts, selected.subList(0, Math.min(limit, selected.size())), selected.size() > limit);
    }

    /** Open proposals of removal from the list: pending since the day they were raised, never overdue. */
    private List<Deadline> removalProposals(
            String condition, Map<String, Object> params, WorkingDays.Snapshot days, LocalDate today) {
        return jdbc.sql("""
                        SELECT p.id, p.member_id, m.full_name, m.org_unit_id, d.name AS unit_name, p.ground, p.reason,
                               p.proposed_on
                          FROM member_removal_proposal p
                          JOIN member m ON m.id = p.member_id
                          JOIN org_unit_directory d ON d.id = m.org_unit_id
                         WHERE p.state = 'OPEN' AND \s""" + condition)
                .params(params)
                .query((rs, n) -> {
                    LocalDate since = rs.getObject("proposed_on", LocalDate.class);
                    return new Deadline(
                            DeadlineKind.REMOVAL_PROPOSED,
                            rs.getObject("member_id", UUID.class),
                            rs.getString("full_name"),
                            rs.getLong("org_unit_id"),
                            rs.getString("unit_name"),
                            since,
                            since,
                            days.workingDaysBetween(today, since),
                            false,
                            REMOVAL_RULE,
                            rs.getLong("id"),
                            rs.getString("ground") + ": " + rs.getString("reason"));
                })
                .list();
    }

    private static @Nullable Deadline deadline(Row row, WorkingDays.Snapshot days, LocalDate today) {
        return switch (row.status()) {
            case "PROPOSED" ->
                row.proposedOn() == null
                        ? null
                        : item(
                                row,
                                DeadlineKind.ADMISSION_DECISION,
                                row.proposedOn(),
                                days.plusWorkingDays(row.proposedOn(), LifecyclePolicy.ADMISSION_DECISION_DAYS),
                                LifecyclePolicy.DECISION_RULE,
                                days,
                                today);
            case "ADMITTED" ->
                row.admittedOn() == null
                        ? null
                        : item(
                                row,
                                DeadlineKind.CEREMONY,
                                row.admittedOn(),
                                days.plusWorkingDays(row.admittedOn(), LifecyclePolicy.CEREMONY_DAYS),
                                LifecyclePolicy.CEREMONY_RULE,
                                days,
                                today);
            case "IN_TRANSIT" ->
                row.transitSince() == null
                        ? null
                        : item(
                                row,
                                DeadlineKind.TRANSIT,
                                row.transitSince(),
                                days.plusWorkingDays(row.transitSince(), LifecyclePolicy.TRANSIT_DAYS),
                                LifecyclePolicy.TRANSFER_RULE,
                                days,
                                today);
            case "PROBATIONARY" -> {
                if (row.ceremonyDate() == null) {
                    yield null;
                }
                LocalDate end = LifecyclePolicy.probationEnd(row.ceremonyDate());
                yield end.isAfter(today)
                        ? item(
                                row,
                                DeadlineKind.PROBATION_ENDING,
                                row.ceremonyDate(),
                                end,
                                LifecyclePolicy.PROBATION_RULE,
                                days,
                                today)
                        : item(
                                row,
                                DeadlineKind.RECOGNITION,
                                end,
                                days.plusWorkingDays(end, LifecyclePolicy.RECOGNITION_DAYS),
                                LifecyclePolicy.PROBATION_RULE,
                                days,
                                today);
            }
            default -> null;
        };
    }

    private static Deadline item(
            Row row,
            DeadlineKind kind,
            LocalDate since,
            LocalDate due,
            String rule,
            WorkingDays.Snapshot days,
            LocalDate today) {
        return new Deadline(
                kind,
                row.id(),
                row.fullName(),
                row.orgUnitId(),
                row.unitName(),
                since,
                due,
                days.workingDaysBetween(today, due),
                due.isBefore(today),
                rule,
                null,
                null);
    }

    private record Row(
            UUID id,
            String fullName,
            long orgUnitId,
            String unitName,
            String status,
            @Nullable LocalDate proposedOn,
            @Nullable LocalDate admittedOn,
            @Nullable LocalDate ceremonyDate,
            @Nullable LocalDate transitSince) {}
}
