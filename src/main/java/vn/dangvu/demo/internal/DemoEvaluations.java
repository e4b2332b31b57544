package vn.dangvu.demo.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's evaluation cycles (module duty, REGULATIONS §5), opened by the grassroots organisation of the demo cell:
 * last year's, published, with levels decided within the 20 % excellent quota (QĐ 366-QĐ/TW; HD 21-HD/BTCTW), and
 * this year's, at the self-assessment step with about half of the demo cell's members assessed; and last year's
 * published rating of the organisations under it (Art. 11 for collectives). Written with SQL like the rest of the
 * demo city; deterministic for a seed.
 */
final class DemoEvaluations {

    private static final String RULE = "QĐ 366-QĐ/TW (2025) Điều 11; HD 21-HD/BTCTW (2019) (tỷ lệ HTXSNV) 20%";
    private static final String UNIT_RULE =
            "QĐ 366-QĐ/TW (2025) Điều 11 (tập thể); HD 21-HD/BTCTW (2019) (tỷ lệ HTXSNV) 20%";

    private record Official(UUID id, String name, long cellId) {}

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    DemoEvaluations(JdbcTemplate jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    void seed(long cellId, LocalDate referenceDate, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EEDL);
        String cellPath = jdbc.queryForObject("SELECT path FROM org_unit WHERE id = ?", String.class, cellId);
        List<Long> grassroots = jdbc.queryForList(
                "SELECT id FROM org_unit WHERE kind IN ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL') AND ? LIKE path || '%'"
                        + " ORDER BY depth DESC",
                Long.class, cellPath);
        long unitId = grassroots.isEmpty() ? cellId : grassroots.get(0);
        String unitPath = jdbc.queryForObject("SELECT path FROM org_unit WHERE id = ?", String.class, unitId);
        List<Official> officials = jdbc.query(
                """
                SELECT m.id, m.full_name, m.org_unit_id FROM member m JOIN org_unit u ON u.id = m.org_unit_id
                 WHERE m.status = 'OFFICIAL' AND u.path LIKE ? ORDER BY m.org_unit_id, m.sort_key, m.id""",
                (rs, n) -> new Official(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3)),
                unitPath + "%");
        int year = referenceDate.getYear();
        Timestamp lastYearEnd = at(LocalDate.of(year - 1, 12, 20));
        UUID last = cycle(unitId, "MEMBER", year - 1, "PUBLISHED", LocalDate.of(year - 1, 12, 15), lastYearEnd);
        long good = 0;
        long excellent = 0;
        for (Official member : officials) {
            int roll = random.nextInt(100);
            String level = roll < 5 ? "NOT_COMPLETED" : roll < 25 ? "COMPLETED" : "GOOD";
            if ("GOOD".equals(level) && random.nextInt(100) < 20 && (excellent + 1) * 100 <= 20 * (good + 1)) {
                level = "EXCELLENT";
            }
            if ("EXCELLENT".equals(level) || "GOOD".equals(level)) {
                good++;
                excellent += "EXCELLENT".equals(level) ? 1 : 0;
            }
            int score = switch (level) {
                case "EXCELLENT" -> 90 + random.nextInt(11);
                case "GOOD" -> 70 + random.nextInt(20);
                case "COMPLETED" -> 50 + random.nextInt(20);
                default -> 30 + random.nextInt(20);
            };
            int total = 8 + random.nextInt(8);
            int exceeding = "EXCELLENT".equals(level) ? (total * 3 + 9) / 10 : random.nextInt(total / 4 + 1);
            int late = "COMPLETED".equals(level)
                    ? random.nextInt(total / 5 + 1)
                    : "NOT_COMPLETED".equals(level) ? total / 3 : 0;
            jdbc.update(
                    """
                    INSERT INTO duty_evaluation_member (id, cycle_id, member_id, member_name, org_unit_id, grassroots_id,
                           self_score, self_level, self_at, tasks_total, tasks_exceeding, tasks_late, score,
                           proposed_level, proposed_by, proposed_at, decided_level, decided_by, decided_at, rule_code,
                           rule_version, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bithu', ?, ?, 'tochuc', ?, ?, '366/2025', 3)""",
                    uuid(random),
                    last,
                    member.id(),
                    member.name(),
                    member.cellId(),
                    unitId,
                    score,
                    level,
                    lastYearEnd,
                    total,
                    exceeding,
                    late,
                    score,
                    level,
                    lastYearEnd,
                    level,
                    lastYearEnd,
                    RULE);
        }
        organisations(unitId, year - 1, lastYearEnd, random);
        UUID current = cycle(unitId, "MEMBER", year, "SELF_ASSESSMENT", null, at(referenceDate));
        for (Official member : officials) {
            boolean assessed = member.cellId() == cellId && random.nextBoolean();
            int score = 70 + random.nextInt(25);
            jdbc.update(
                    """
                    INSERT INTO duty_evaluation_member (id, cycle_id, member_id, member_name, org_unit_id, grassroots_id,
                           self_score, self_level, self_comment, self_at, tasks_total, tasks_exceeding, tasks_late,
                           version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    uuid(random),
                    current,
                    member.id(),
                    member.name(),
                    member.cellId(),
                    unitId,
                    assessed ? score : null,
                    assessed ? "GOOD" : null,
                    assessed ? "Hoàn thành các nhiệm vụ được giao đúng tiến độ." : null,
                    assessed ? at(referenceDate) : null,
                    assessed ? 10 : null,
                    assessed ? 2 : null,
                    assessed ? 0 : null,
                    assessed ? 1 : 0);
        }
    }

    /** Last year's published rating of the organisations directly under the grassroots committee: none disciplined. */
    private void organisations(long unitId, int year, Timestamp at, SplittableRandom random) {
        List<Object[]> units =
                jdbc.query("""
                SELECT id, name, kind FROM org_unit WHERE parent_id = ? AND state = 'ACTIVE'
                   AND kind IN ('CELL', 'PARTIAL_COMMITTEE') ORDER BY id""", (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}, unitId);
        if (units.isEmpty()) {
            return;
        }
        UUID cycle = cycle(unitId, "ORGANISATION", year, "PUBLISHED", LocalDate.of(year, 12, 18), at);
        long allowedExcellent = units.size() * 20L / 100;
        long excellent = 0;
        for (Object[] unit : units) {
            int roll = random.nextInt(100);
            String level = roll < 15 ? "COMPLETED" : "GOOD";
            if ("GOOD".equals(level) && excellent < allowedExcellent && random.nextBoolean()) {
                level = "EXCELLENT";
                excellent++;
            }
            int score = switch (level) {
                case "EXCELLENT" -> 90 + random.nextInt(8);
                case "GOOD" -> 75 + random.nextInt(14);
                default -> 55 + random.nextInt(14);
            };
            jdbc.update(
                    """
                    INSERT INTO duty_evaluation_unit (id, cycle_id, org_unit_id, unit_name, unit_kind, deciding_unit_id,
                           subordinate_units, self_score, self_level, self_by, self_at, tasks_total, tasks_exceeding,
                           tasks_late, score, proposed_level, proposed_by, proposed_at, decided_level, decided_by,
                           decided_at, rule_code, rule_version, version)
                    VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, 'bithu', ?, 12, ?, ?, ?, ?, 'tochuc', ?, ?, 'tochuc', ?, ?,
                            '366/2025', 3)""",
                    uuid(random),
                    cycle,
                    unit[0],
                    unit[1],
                    unit[2],
                    unitId,
                    score,
                    level,
                    at,
                    "EXCELLENT".equals(level) ? 4 : 1,
                    "COMPLETED".equals(level) ? 2 : 0,
                    score,
                    level,
                    at,
                    level,
                    at,
                    UNIT_RULE);
        }
    }

    private UUID cycle(long unitId, String kind, int year, String state, LocalDate decisionDate, Timestamp at) {
        String name = "MEMBER".equals(kind) ? "demo-evaluation-" : "demo-evaluation-" + kind + "-";
        UUID id =
                UUID.nameUUIDFromBytes((name + unitId + "-" + year).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        boolean decided = decisionDate != null;
        jdbc.update(
                """
                INSERT INTO duty_evaluation_cycle (id, org_unit_id, kind, eval_year, period, state, self_due, appraisal_due,
                       decision_number, decision_date, opened_by, opened_at, published_at, version)
                VALUES (?, ?, ?, ?, 'YEAR', ?, ?, ?, ?, ?, 'tochuc', ?, ?, ?)""",
                id,
                unitId,
                kind,
                year,
                state,
                LocalDate.of(year, 11, 30),
                LocalDate.of(year, 12, 10),
                decided ? "12-QĐ/ĐU" : null,
                decisionDate,
                at,
                decided ? at : null,
                decided ? 4 : 1);
        return id;
    }

    private Timestamp at(LocalDate day) {
        return Timestamp.from(day.atTime(9, 0).atZone(zone).toInstant());
    }

    private static UUID uuid(SplittableRandom random) {
        return new UUID(random.nextLong(), random.nextLong());
    }
}
