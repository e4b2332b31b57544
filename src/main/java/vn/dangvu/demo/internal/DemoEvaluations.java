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
 * this year's, at the self-assessment step with about half of the demo cell's members assessed. Written with SQL
 * like the rest of the demo city; deterministic for a seed.
 */
final class DemoEvaluations {

    private static final String RULE = "QĐ 366-QĐ/TW (2025) Điều 11; HD 21-HD/BTCTW (2019) (tỷ lệ HTXSNV) 20%";

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
        UUID last = cycle(unitId, year - 1, "PUBLISHED", LocalDate.of(year - 1, 12, 15), lastYearEnd);
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
        UUID current = cycle(unitId, year, "SELF_ASSESSMENT", null, at(referenceDate));
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

    private UUID cycle(long unitId, int year, String state, LocalDate decisionDate, Timestamp at) {
        UUID id = UUID.nameUUIDFromBytes(
                ("demo-evaluation-" + unitId + "-" + year).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        boolean decided = decisionDate != null;
        jdbc.update(
                """
                INSERT INTO duty_evaluation_cycle (id, org_unit_id, kind, eval_year, period, state, self_due, appraisal_due,
                       decision_number, decision_date, opened_by, opened_at, published_at, version)
                VALUES (?, ?, 'MEMBER', ?, 'YEAR', ?, ?, ?, ?, ?, 'tochuc', ?, ?, ?)""",
                id,
                unitId,
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
