package vn.dangvu.demo.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangvu.congress.CongressKind;
import vn.dangvu.congress.Congresses;

/**
 * The demo's 2025–2030 congress season (module congress, REGULATIONS §1.3, §8.8): for most organisations the congress
 * of the season held on the calendar of the 2025 round — grassroots organisations in
 * April–June (KL 163: by 30/6/2025), commune-level ones in July–August, the city's delegates' congress (lần thứ XVIII)
 * in October with its delegates — numbered as if the organisation had held {@code previous} congresses before, and
 * approved by the superior (the city's left held). The organisation module's terms are not written: the demo's
 * documents and meetings are numbered within the units' terms, and the demo keeps them as they were. In the
 * demo commune three cells still have a congress planned after the reference date (one with its opening announced)
 * and one cell's planned congress of June 2025 was never held (overdue). The demo cell (of {@code bithu}) holds its
 * congress like the others.
 */
final class DemoCongresses {

    private static final int SEASON = 2025;

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    DemoCongresses(JdbcTemplate jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    private record Unit(long id, String kind, String name, String path) {}

    void seed(long rootId, long communeId, LocalDate today) {
        String communePath = jdbc.queryForObject("SELECT path FROM org_unit WHERE id = ?", String.class, communeId);
        List<Unit> units =
                jdbc.query("""
                SELECT id, kind, name, path FROM org_unit
                 WHERE state = 'ACTIVE' AND kind NOT IN ('PARTY_GROUP', 'NATIONAL')
                   AND id NOT IN (SELECT org_unit_id FROM congress)
                 ORDER BY path""", (rs, n) -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        List<Long> communeCells = cells(units, communePath);
        if (communeCells.size() <= 4) {
            communeCells = cells(units, "/");
        }
        // the last four cells of the demo commune (of the city in a tiny one): three planned after today, one overdue
        List<Long> open = communeCells.size() > 4
                ? communeCells.subList(communeCells.size() - 4, communeCells.size())
                : List.of();
        List<Object[]> congresses = new ArrayList<>();
        Timestamp now = Timestamp.from(today.atStartOfDay(zone).toInstant());
        for (Unit u : units) {
            boolean cell = u.kind().equals("CELL");
            boolean root = u.id() == rootId;
            int months = cell ? 30 : 60;
            int previous = root ? 17 : cell ? 3 + (int) (u.id() % 9) : 2 + (int) (u.id() % 14);
            int number = previous + 1;
            CongressKind kind = root || u.kind().equals("COMMUNE") || u.kind().equals("SECTORAL")
                    ? CongressKind.DELEGATES
                    : CongressKind.MEMBERS;
            int termTo = SEASON + months / 12;
            String title = Congresses.title(kind, u.name(), number, SEASON, termTo);
            int index = open.indexOf(u.id());
            LocalDate heldFrom;
            if (root) {
                heldFrom = LocalDate.of(2025, 10, 13);
            } else if (u.kind().equals("COMMUNE") || u.kind().equals("SECTORAL")) {
                heldFrom = LocalDate.of(2025, 7, 21).plusDays(u.id() % 30);
            } else {
                heldFrom = LocalDate.of(2025, 4, 7).plusDays(u.id() % 70);
            }
            if (heldFrom.getDayOfWeek().getValue() > 5) {
                heldFrom = heldFrom.plusDays(8 - heldFrom.getDayOfWeek().getValue());
            }
            LocalDate heldTo = root ? heldFrom.plusDays(3) : heldFrom.plusDays(kind == CongressKind.DELEGATES ? 2 : 0);
            if (index >= 0 || heldTo.isAfter(today)) {
                LocalDate planned = index == 3
                        ? LocalDate.of(2025, 6, 20)
                        : index >= 0 ? today.plusDays(21L + 7L * index) : heldFrom;
                LocalDate announcedOn = index == 0 ? today.minusDays(30) : index < 0 ? planned.minusDays(50) : null;
                boolean announced = announcedOn != null && !announcedOn.isAfter(today);
                congresses.add(new Object[] {
                    uuid("congress-" + u.id()),
                    u.id(),
                    SEASON,
                    termTo,
                    kind.name(),
                    number,
                    number,
                    title,
                    false,
                    false,
                    planned,
                    announced ? announcedOn : null,
                    announced ? planned : null,
                    null,
                    null,
                    null,
                    null,
                    months,
                    null,
                    null,
                    announced ? "ANNOUNCED" : "PLANNED",
                    now
                });
                continue;
            }
            LocalDate opens = heldFrom;
            LocalDate announcedOn = opens.minusDays(50);
            int members = root ? 35 : 9 + (int) (u.id() % 40);
            int present = root ? 34 : members - (int) (u.id() % 3);
            String approval = root
                    ? null
                    : (100 + u.id() % 800)
                            + (u.kind().equals("COMMUNE") || u.kind().equals("SECTORAL") ? "-QĐ/TU" : "-QĐ/ĐU");
            congresses.add(new Object[] {
                uuid("congress-" + u.id()),
                u.id(),
                SEASON,
                termTo,
                kind.name(),
                number,
                number,
                title,
                false,
                root || u.kind().equals("GRASSROOTS_CELL") && u.id() % 5 == 0,
                opens,
                announcedOn,
                opens,
                heldFrom,
                heldTo,
                members,
                present,
                months,
                approval,
                approval == null ? null : heldTo.plusDays(12),
                approval == null ? "HELD" : "APPROVED",
                now
            });
        }
        jdbc.batchUpdate(
                """
                INSERT INTO congress (id, org_unit_id, season, term_to, kind, congress_number, computed_number, title,
                       pilot, direct_secretary, planned_on, announced_on, opens_on, held_from, held_to,
                       attendance_summoned, attendance_present, term_months, approval_number, approval_date, status,
                       version, created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 'tochuc', ?, 'tochuc')""", congresses.stream().map(DemoCongresses::withUpdated).toList());
        delegates(rootId, now);
    }

    /** The city congress's delegates: 30 official, 3 alternate (one in an absent official's place), 5 ex officio. */
    private void delegates(long rootId, Timestamp now) {
        UUID congress = uuid("congress-" + rootId);
        List<Object[]> people = jdbc.query("""
                SELECT m.id, m.full_name, m.org_unit_id, u.name FROM member m JOIN org_unit u ON u.id = m.org_unit_id
                 WHERE m.status = 'OFFICIAL' ORDER BY m.sort_key, m.id LIMIT 38""", (rs, n) ->
                new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getString(4)});
        if (people.size() < 38 || !exists(congress)) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Object[] p = people.get(i);
            String category = i < 30 ? "OFFICIAL" : i < 33 ? "ALTERNATE" : "EX_OFFICIO";
            UUID id = uuid("delegate-" + rootId + "-" + i);
            UUID substitutes = i == 30 ? uuid("delegate-" + rootId + "-7") : null;
            boolean summoned = i != 7 && !(i == 31 || i == 32);
            boolean present = summoned && i != 12;
            rows.add(new Object[] {
                id,
                congress,
                p[0],
                p[1],
                p[2],
                category,
                i < 33 ? "Đại hội đại biểu " + p[3] : null,
                substitutes,
                present,
                now
            });
        }
        // the alternate who takes the absent official's place refers to a row inserted before it
        rows.sort((a, b) -> (a[7] == null ? 0 : 1) - (b[7] == null ? 0 : 1));
        jdbc.batchUpdate("""
                INSERT INTO congress_delegate (id, congress_id, member_id, full_name, member_unit_id, category,
                       elected_by, credential, substitutes_id, present, version, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'ACCEPTED', ?, ?, 0, ?, 'bantochuc')""", rows);
    }

    private static List<Long> cells(List<Unit> units, String path) {
        return units.stream()
                .filter(u -> u.path().startsWith(path)
                        && (u.kind().equals("CELL") || u.kind().equals("GRASSROOTS_CELL")))
                .map(Unit::id)
                .toList();
    }

    private boolean exists(UUID congress) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM congress WHERE id = ?", Integer.class, congress);
        return n != null && n > 0;
    }

    private static Object[] withUpdated(Object[] row) {
        Object[] full = java.util.Arrays.copyOf(row, row.length + 1);
        full[row.length] = row[row.length - 1];
        return full;
    }

    private static UUID uuid(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
