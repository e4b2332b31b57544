package vn.dangvu.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Period;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.dangvu.DangVuApplication;
import vn.dangvu.demo.DemoLogin;
import vn.dangvu.demo.DemoLogins;
import vn.dangvu.shared.Role;

@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:demo${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "dangvu.demo.enabled=true",
            "dangvu.demo.size=TINY",
            "dangvu.demo.seed=20251015",
            "dangvu.demo.reference-date=2025-10-15"
        })
@ActiveProfiles("test")
class DemoCityIntegrationTests {

    private static final LocalDate REFERENCE = LocalDate.of(2025, 10, 15);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoLogins logins;

    @Autowired
    DemoCityRunner runner;

    private record Unit(long id, Long parentId, String kind, String path, int depth) {}

    private record Member(
            UUID id,
            String kind,
            String status,
            LocalDate birth,
            LocalDate admitted,
            LocalDate official,
            String card,
            String citizen,
            String sex,
            LocalDate ceremony) {}

    @Test
    void treeObeysTheNestingRulesWithConsistentPaths() {
        Map<Long, Unit> units = jdbc
                .query(
                        "SELECT id, parent_id, kind, path, depth FROM org_unit",
                        (rs, n) -> new Unit(
                                rs.getLong(1),
                                (Long) rs.getObject(2, Long.class),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getInt(5)))
                .stream()
                .collect(Collectors.toMap(Unit::id, u -> u));

        assertThat(units.values())
                .filteredOn(u -> u.parentId() == null)
                .singleElement()
                .satisfies(root -> {
                    assertThat(root.kind()).isEqualTo("PROVINCIAL");
                    assertThat(root.path()).isEqualTo("/" + root.id() + "/");
                });
        assertThat(units.values()).filteredOn(u -> u.parentId() != null).allSatisfy(unit -> {
            Unit parent = units.get(unit.parentId());
            assertThat(NestingRules.allows(parent.kind(), unit.kind()))
                    .as("%s under %s", unit.kind(), parent.kind())
                    .isTrue();
            assertThat(unit.path()).isEqualTo(parent.path() + unit.id() + "/");
            assertThat(unit.depth()).isEqualTo(parent.depth() + 1);
        });
        assertThat(units.values().stream().map(Unit::kind).distinct())
                .contains(
                        "COMMUNE", "SECTORAL", "GRASSROOTS_COMMITTEE", "GRASSROOTS_CELL", "PARTIAL_COMMITTEE", "CELL");
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT code) FROM org_unit", Integer.class))
                .isEqualTo(units.size());
    }

    @Test
    void membersSitInCellsWithConsistentStatusesAndDates() {
        List<Member> members = jdbc.query(
                """
                SELECT m.id, u.kind, m.status, m.birth_date, m.first_admitted_on, m.official_on, m.card_number,
                       m.citizen_id, m.sex, m.ceremony_date
                  FROM member m JOIN org_unit u ON u.id = m.org_unit_id
                 WHERE m.card_number IS NOT NULL
                """,
                (rs, n) -> new Member(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getObject(10, LocalDate.class)));

        assertThat(members).hasSize(1_000);
        assertThat(members).allSatisfy(m -> {
            assertThat(m.kind()).isIn("CELL", "GRASSROOTS_CELL");
            int admissionAge = Period.between(m.birth(), m.admitted()).getYears();
            assertThat(admissionAge).isBetween(18, 60);
            assertThat(m.admitted()).isBeforeOrEqualTo(REFERENCE);
            if (m.status().equals("PROBATIONARY")) {
                assertThat(m.official()).isNull();
                assertThat(m.ceremony().plusMonths(12)).isAfter(REFERENCE.minusDays(130));
            } else if (m.official() != null) {
                assertThat(m.official()).isEqualTo(m.ceremony().plusMonths(12)).isBeforeOrEqualTo(REFERENCE);
            }
            assertThat(m.card()).matches("\\d{8}");
            assertThat(CitizenIds.fits(m.citizen(), m.sex().equals("F"), m.birth()))
                    .isTrue();
        });
        assertThat(members.stream().map(Member::card).distinct()).hasSize(members.size());
        assertThat(members.stream().map(Member::citizen).distinct()).hasSize(members.size());
        assertThat(members.stream().map(Member::status).distinct())
                .contains("PROBATIONARY", "OFFICIAL", "EXEMPTED", "IN_TRANSIT", "DECEASED");
        assertThat(jdbc.queryForList("SELECT DISTINCT status FROM member WHERE card_number IS NULL", String.class))
                .contains("OUTSTANDING_MASS", "SYMPATHISER", "VERIFYING", "PROPOSED", "ADMITTED");
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT citizen_id) FROM member", Integer.class))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM member", Integer.class));
    }

    @Test
    void livingMembersWhoAreNotExemptedHaveAnAccountInTheirCell() {
        assertThat(jdbc.queryForObject("""
                        SELECT COUNT(*) FROM member m
                         WHERE m.status IN ('PROBATIONARY', 'OFFICIAL', 'IN_TRANSIT')
                           AND NOT EXISTS (SELECT 1 FROM account a JOIN account_role r ON r.account_id = a.id
                                            WHERE a.member_id = m.id AND r.role = 'MEMBER'
                                              AND r.org_unit_id = m.org_unit_id)
                        """, Integer.class)).isZero();
        assertThat(jdbc.queryForObject("""
                        SELECT COUNT(*) FROM member m JOIN account a ON a.member_id = m.id
                         WHERE m.status NOT IN ('PROBATIONARY', 'OFFICIAL', 'IN_TRANSIT')
                        """, Integer.class)).isZero();
    }

    @Test
    void lastYearsRatingOfOrganisationsIsPublishedWithinTheQuota() {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT u.decided_level, u.deciding_unit_id FROM duty_evaluation_unit u
                  JOIN duty_evaluation_cycle c ON c.id = u.cycle_id
                 WHERE c.kind = 'ORGANISATION' AND c.state = 'PUBLISHED' AND c.eval_year = 2024""");
        assertThat(rows).isNotEmpty();
        long excellent = rows.stream()
                .filter(r -> "EXCELLENT".equals(r.get("decided_level")))
                .count();
        long good = rows.stream()
                .filter(r -> "EXCELLENT".equals(r.get("decided_level")) || "GOOD".equals(r.get("decided_level")))
                .count();
        assertThat(excellent * 100).as("HD 21-HD/BTCTW quota").isLessThanOrEqualTo(20 * good);
    }

    @Test
    void theDemoCommuneHasPetitionsOfEveryAgeAndReceptionDays() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM petition", Integer.class))
                .isEqualTo(7);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM petition WHERE state IN ('RECEIVED', 'ROUTED', 'ACCEPTED') AND received_on < ?",
                        Integer.class,
                        REFERENCE.minusYears(20)))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM petition p WHERE NOT EXISTS"
                                + " (SELECT 1 FROM petition_step s WHERE s.petition_id = p.id AND s.action = 'RECEIVED')",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM petition_reception_day WHERE head_member_id IS NULL", Integer.class))
                .isEqualTo(3);
    }

    @Test
    void theCityProgrammeIsPartlyReportedAndAdoptedByTheDemoCommune() {
        long root = jdbc.queryForObject("SELECT id FROM org_unit WHERE parent_id IS NULL", Long.class);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM programme WHERE code = '01-CTr/TU' AND issuing_unit_id = ?",
                        Integer.class,
                        root))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT p.issuing_unit_id FROM programme p JOIN programme c ON c.id = p.parent_programme_id"
                                + " WHERE p.code = '01-CTr/ĐU'",
                        Long.class))
                .isEqualTo(scope("tochuc", "ORG_STAFF"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM programme_indicator i JOIN programme p ON p.id = i.programme_id"
                                + " WHERE p.code = '01-CTr/TU'",
                        Integer.class))
                .isEqualTo(6);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM programme_indicator_report", Integer.class))
                .as("five city indicators and one of the commune's")
                .isEqualTo(6);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM programme_task_report WHERE progress = 100", Integer.class))
                .isEqualTo(4);
    }

    @Test
    void theDemoCommuneHasCommitteeMembersWithVisitsThisQuarterOneUnderTheMinimum() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grassroots_committee_member", Integer.class))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grassroots_committee_member WHERE head", Integer.class))
                .isEqualTo(1);
        List<Integer> visits = jdbc.queryForList(
                "SELECT COUNT(v.id) FROM grassroots_committee_member c"
                        + " LEFT JOIN grassroots_visit v ON v.committee_member_id = c.id"
                        + " GROUP BY c.id ORDER BY COUNT(v.id) DESC",
                Integer.class);
        assertThat(visits).hasSize(3);
        assertThat(visits.get(2))
                .as("one weekday in seven against four in five")
                .isLessThan(visits.get(0) / 2);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM petition_reception_day r JOIN grassroots_committee_member c"
                                + " ON c.member_id = r.head_member_id AND c.head",
                        Integer.class))
                .isPositive();
    }

    @Test
    void theCongressSeasonIsMostlyHeldWithAFewPlannedAndOneOverdueAndTheCityCongressHasDelegates() {
        long units = jdbc.queryForObject(
                "SELECT COUNT(*) FROM org_unit WHERE state = 'ACTIVE' AND kind NOT IN ('PARTY_GROUP', 'NATIONAL')",
                Long.class);
        long held = jdbc.queryForObject(
                "SELECT COUNT(*) FROM congress WHERE season = 2025 AND held_from IS NOT NULL", Long.class);
        assertThat(held).isGreaterThan(units * 3 / 4);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM congress WHERE season = 2025 AND held_from IS NULL AND planned_on > ?",
                        Long.class,
                        REFERENCE))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM congress WHERE season = 2025 AND held_from IS NULL"
                                + " AND planned_on <= DATE '2025-06-30'",
                        Long.class))
                .as("one grassroots congress overdue")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT c.title FROM congress c JOIN org_unit u ON u.id = c.org_unit_id WHERE u.depth = 0",
                        String.class))
                .startsWith("Đại hội đại biểu ")
                .endsWith(" lần thứ XVIII, nhiệm kỳ 2025–2030");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM congress_delegate d JOIN congress c ON c.id = d.congress_id"
                                + " JOIN org_unit u ON u.id = c.org_unit_id WHERE u.depth = 0",
                        Long.class))
                .isEqualTo(38);
    }

    @Test
    void demoLoginsHaveTheirRoles() {
        List<DemoLogin> demo = logins.logins();
        assertThat(demo)
                .extracting(DemoLogin::role, DemoLogin::password)
                .containsExactly(
                        tuple(Role.MEMBER, "demo-2026"),
                        tuple(Role.CELL_SECRETARY, "demo-2026"),
                        tuple(Role.ORG_STAFF, "demo-2026"),
                        tuple(Role.CITY_ORGANISATION, "demo-2026"),
                        tuple(Role.CITY_OFFICE, "demo-2026"),
                        tuple(Role.INSPECTION, "demo-2026"),
                        tuple(Role.LEADERSHIP, "demo-2026"),
                        tuple(Role.PETITION_STAFF, "demo-2026"));
        long root = jdbc.queryForObject("SELECT id FROM org_unit WHERE parent_id IS NULL", Long.class);
        long cell = scope("bithu", "CELL_SECRETARY");
        String member = demo.get(0).username();

        assertThat(member).matches("\\d{8}");
        assertThat(roles("bithu")).containsExactly("CELL_SECRETARY", "MEMBER");
        assertThat(scope("bithu", "MEMBER")).isEqualTo(cell);
        assertThat(kind(cell)).isEqualTo("CELL");
        assertThat(roles(member)).containsExactly("MEMBER");
        assertThat(scope(member, "MEMBER")).isEqualTo(cell);
        assertThat(jdbc.queryForObject(
                        "SELECT m.status FROM member m JOIN account a ON a.member_id = m.id WHERE a.username = ?",
                        String.class,
                        member))
                .isEqualTo("OFFICIAL");
        assertThat(kind(scope("tochuc", "ORG_STAFF"))).isEqualTo("COMMUNE");
        assertThat(scope("kiemtra", "INSPECTION")).isEqualTo(scope("tochuc", "ORG_STAFF"));
        assertThat(pathOf(cell)).startsWith(pathOf(scope("tochuc", "ORG_STAFF")));
        assertThat(scope("bantochuc", "CITY_ORGANISATION")).isEqualTo(root);
        assertThat(scope("vanphong", "CITY_OFFICE")).isEqualTo(root);
        assertThat(scope("thuongtruc", "LEADERSHIP")).isEqualTo(root);
        assertThat(scope("tiepdan", "PETITION_STAFF")).isEqualTo(root);
        assertThat(jdbc.queryForList("SELECT name FROM app_setting WHERE name LIKE 'demo.%'", String.class))
                .contains("demo.size", "demo.seed");
    }

    @Test
    void aSecondStartReusesTheCity() throws Exception {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM member", Integer.class);

        runner.run(null);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void theSameSeedGivesTheSameCityInAnotherDatabase() {
        String here = digest(jdbc);
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(DangVuApplication.class)
                .profiles("test")
                .run(
                        "--spring.datasource.url=jdbc:h2:mem:demo" + UUID.randomUUID()
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "--server.port=0",
                        "--dangvu.demo.enabled=true",
                        "--dangvu.demo.size=TINY",
                        "--dangvu.demo.seed=20251015",
                        "--dangvu.demo.reference-date=2025-10-15")) {
            JdbcTemplate there = other.getBean(JdbcTemplate.class);

            assertThat(digest(there)).isEqualTo(here);

            long next = there.queryForObject("SELECT MAX(id) FROM org_unit", Long.class) + 1;
            there.update("""
                    INSERT INTO org_unit (kind, code, name, search_name, path, depth, created_at, updated_at)
                    VALUES ('PROVINCIAL', 'X', 'X', 'x', '/', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
                    """);
            assertThat(there.queryForObject("SELECT id FROM org_unit WHERE code = 'X'", Long.class))
                    .as("identity restarted after the demo's ids")
                    .isEqualTo(next);
        }
    }

    @Test
    void aStartAfterAnInterruptedGenerationRefusesWithAClearMessage() {
        // The same seed gives the same card numbers in another database; taking one as a staff user name there makes
        // the member accounts, written after every member and event, fail half way.
        String cardNumber = jdbc.queryForObject(
                "SELECT username FROM account WHERE member_id IS NOT NULL ORDER BY username LIMIT 1", String.class);
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(DangVuApplication.class)
                .profiles("test")
                .run(
                        "--spring.datasource.url=jdbc:h2:mem:demo" + UUID.randomUUID()
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "--server.port=0",
                        "--dangvu.demo.enabled=false")) {
            JdbcTemplate there = other.getBean(JdbcTemplate.class);
            there.update("""
                    INSERT INTO account (id, username, display_name, password_hash, enabled, password_changed_at,
                                         created_at, updated_at)
                    VALUES (?, ?, 'Trùng tên', 'x', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
                    """, UUID.randomUUID(), cardNumber);
            assertThatThrownBy(() -> other.getBean(DemoCity.class)
                            .generate(vn.dangvu.demo.DemoSize.TINY, 20251015L, REFERENCE, "demo-2026"))
                    .isInstanceOf(RuntimeException.class);
            assertThat(there.queryForObject("SELECT COUNT(*) FROM app_setting WHERE name = 'demo.size'", Integer.class))
                    .isZero();

            DemoCityRunner restart = new DemoCityRunner(
                    new DemoProperties(true, vn.dangvu.demo.DemoSize.TINY, 20251015L, "demo-2026", REFERENCE),
                    other.getBean(DemoCity.class),
                    logins,
                    other.getBean(org.springframework.jdbc.core.simple.JdbcClient.class),
                    java.time.Clock.systemUTC(),
                    other.getEnvironment(),
                    other.getBean(vn.dangvu.shared.AuditTrail.class));
            assertThatThrownBy(() -> restart.run(null))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("bị gián đoạn")
                    .hasMessageContaining("./data");
        }
    }

    /** SHA-256 over the generated rows of org_unit, member and member_event in id order. */
    private static String digest(JdbcTemplate jdbc) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            jdbc.query("""
                    SELECT id, parent_id, kind, code, name, search_name, path, depth, version, created_at, updated_at
                      FROM org_unit WHERE parent_id IS NOT NULL ORDER BY id
                    """, rs -> {
                sha.update(row(rs, 11).getBytes(StandardCharsets.UTF_8));
            });
            jdbc.query("""
                    SELECT id, org_unit_id, full_name, search_name, sort_key, sex, birth_date, ethnicity, status,
                           admitted_on, official_on, card_number, citizen_id, phone, version, created_at, updated_at,
                           birth_place, home_town, permanent_address, religion, professional_level, theory_level,
                           history_number, email, admission_decision_number, ceremony_date, workplace
                      FROM member ORDER BY id
                    """, rs -> {
                sha.update(row(rs, 28).getBytes(StandardCharsets.UTF_8));
            });
            jdbc.query("""
                    SELECT member_id, kind, effective_date, decision_number, decision_date, org_unit_id, status_after,
                           target_org_unit_id, destination, until_date, ground, late, late_reason, details
                      FROM member_event ORDER BY id
                    """, rs -> {
                sha.update(row(rs, 14).getBytes(StandardCharsets.UTF_8));
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String row(java.sql.ResultSet rs, int columns) throws java.sql.SQLException {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
            row.append(rs.getString(i)).append('\u001f');
        }
        return row.append('\n').toString();
    }

    private List<String> roles(String username) {
        return jdbc.queryForList(
                "SELECT r.role FROM account_role r JOIN account a ON a.id = r.account_id WHERE a.username = ? ORDER BY r.role",
                String.class,
                username);
    }

    private long scope(String username, String role) {
        return jdbc.queryForObject("""
                SELECT r.org_unit_id FROM account_role r JOIN account a ON a.id = r.account_id
                 WHERE a.username = ? AND r.role = ?
                """, Long.class, username, role);
    }

    private String kind(long unit) {
        return jdbc.queryForObject("SELECT kind FROM org_unit WHERE id = ?", String.class, unit);
    }

    private String pathOf(long unit) {
        return jdbc.queryForObject("SELECT path FROM org_unit WHERE id = ?", String.class, unit);
    }
}
