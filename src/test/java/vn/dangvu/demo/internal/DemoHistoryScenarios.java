package vn.dangvu.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.dangvu.calendar.WorkingDays;
import vn.dangvu.member.DeadlineKind;
import vn.dangvu.member.LifecycleEventKind;
import vn.dangvu.member.LifecycleProjection;
import vn.dangvu.member.LifecycleReplay;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.RecordLifecycleEvent;
import vn.dangvu.member.RemovalGround;
import vn.dangvu.support.PlatformTestBase;

/**
 * The demo city's histories as written (REGULATIONS §3): read back from {@code member_event}, every generated history
 * replays through the lifecycle policy, with the working-day calendar, to the member row's columns and the rows' late
 * flags; and the organisation staff's deadline view shows every kind of deadline, some overdue, on the test clock's
 * day.
 */
abstract class DemoHistoryScenarios extends PlatformTestBase {

    @Autowired
    WorkingDays workingDays;

    private record Event(
            UUID member,
            RecordLifecycleEvent step,
            LocalDate effective,
            long orgUnitId,
            MemberStatus after,
            boolean late) {}

    @Test
    void everyGeneratedHistoryReplaysToItsMemberRow() {
        Map<UUID, List<Event>> all = new LinkedHashMap<>();
        List<UUID> touched = jdbc.sql("SELECT DISTINCT member_id FROM member_event WHERE recorded_by <> 'system'")
                .query(UUID.class)
                .list();
        jdbc.sql("SELECT e.* FROM member_event e ORDER BY e.member_id, e.effective_date, e.id")
                .query(rs -> {
                    all.computeIfAbsent(rs.getObject("member_id", UUID.class), id -> new ArrayList<>())
                            .add(new Event(
                                    rs.getObject("member_id", UUID.class),
                                    new RecordLifecycleEvent(
                                            LifecycleEventKind.valueOf(rs.getString("kind")),
                                            rs.getObject("effective_date", LocalDate.class),
                                            rs.getString("decision_number"),
                                            rs.getObject("decision_date", LocalDate.class),
                                            rs.getString("decision_body"),
                                            (Long) rs.getObject("target_org_unit_id", Long.class),
                                            rs.getString("destination"),
                                            rs.getString("place"),
                                            rs.getObject("until_date", LocalDate.class),
                                            rs.getString("ground") == null
                                                    ? null
                                                    : RemovalGround.valueOf(rs.getString("ground")),
                                            rs.getString("late_reason"),
                                            rs.getString("note"),
                                            ids(rs.getString("details"), "helperMemberIds"),
                                            ids(rs.getString("details"), "introducerMemberIds"),
                                            rs.getString("details") != null
                                                    && rs.getString("details").contains("youthUnionIntroduction"),
                                            null,
                                            rs.getString("details") != null
                                                    && rs.getString("details").contains("fullTimeStudy"),
                                            null),
                                    rs.getObject("effective_date", LocalDate.class),
                                    rs.getLong("org_unit_id"),
                                    MemberStatus.valueOf(rs.getString("status_after")),
                                    rs.getBoolean("late")));
                });
        Map<UUID, List<Event>> histories = new LinkedHashMap<>(all);
        histories.keySet().removeAll(touched);
        // members written by other scenarios' imports get a history derived from their dates, not a generated one
        histories
                .values()
                .removeIf(events -> events.get(0).step().kind() != LifecycleEventKind.CANDIDATE_REGISTERED
                        && events.get(0).step().kind() != LifecycleEventKind.TRANSFER_ARRIVED);
        Map<UUID, LifecycleProjection> rows = new HashMap<>();
        jdbc.sql("SELECT * FROM member").query(rs -> {
            rows.put(rs.getObject("id", UUID.class), projection(rs));
        });
        LifecycleReplay replay = new LifecycleReplay(workingDays.snapshot()::plusWorkingDays);
        LifecycleReplay.Named named = (id, day) -> {
            MemberStatus status = null;
            for (Event e : all.getOrDefault(id, List.of())) {
                if (!e.effective().isAfter(day)) {
                    status = e.after();
                }
            }
            return status;
        };
        // the generated histories but those the other scenarios have added steps to
        assertThat(histories).hasSizeGreaterThan(1_000);

        assertThat(histories.entrySet()).allSatisfy(history -> {
            List<Event> events = history.getValue();
            LifecycleProjection row = rows.get(history.getKey());
            LifecycleReplay.Replayed replayed = replay.replay(
                    entry(events.get(0), row, events),
                    events.subList(1, events.size()).stream().map(Event::step).toList(),
                    named,
                    LocalDate.of(2026, 3, 1));
            assertThat(replayed.projection()).isEqualTo(row);
            assertThat(replayed.steps().stream().map(LifecycleReplay.Step::late))
                    .containsExactlyElementsOf(events.stream().map(Event::late).toList());
        });
    }

    @Test
    void theStaffSeesEveryKindOfDeadlineSomeOverdue() {
        JsonNode report = loggedIn("tochuc").get("/api/v1/deadlines?limit=1000").json();

        for (DeadlineKind kind : DeadlineKind.values()) {
            assertThat(report.path("counts").path(kind.name()).path("due").asInt())
                    .as(kind.name())
                    .isPositive();
        }
        for (DeadlineKind kind :
                List.of(DeadlineKind.ADMISSION_DECISION, DeadlineKind.RECOGNITION, DeadlineKind.TRANSIT)) {
            assertThat(report.path("counts").path(kind.name()).path("overdue").asInt())
                    .as(kind.name())
                    .isPositive();
        }
    }

    @Test
    void theCityHasEveryStatusAndEveryKindOfStep() {
        List<String> statuses = jdbc.sql("SELECT DISTINCT status FROM member")
                .query(String.class)
                .list();
        List<String> kinds = jdbc.sql("SELECT DISTINCT kind FROM member_event WHERE recorded_by = 'system'")
                .query(String.class)
                .list();
        long members = jdbc.sql("SELECT COUNT(*) FROM member WHERE card_number IS NOT NULL")
                .query(Long.class)
                .single();
        long candidates = jdbc.sql("""
                        SELECT COUNT(*) FROM member WHERE status IN ('OUTSTANDING_MASS', 'SYMPATHISER', 'VERIFYING',
                                                                     'PROPOSED', 'ADMITTED')""").query(Long.class).single();

        assertThat(members).isGreaterThanOrEqualTo(1_000);
        assertThat(candidates).isBetween(40L, 200L);
        assertThat(statuses)
                .contains(
                        "OUTSTANDING_MASS",
                        "SYMPATHISER",
                        "VERIFYING",
                        "PROPOSED",
                        "ADMITTED",
                        "PROBATIONARY",
                        "OFFICIAL",
                        "EXEMPTED",
                        "IN_TRANSIT",
                        "DECEASED",
                        "REMOVED");
        assertThat(kinds)
                .contains(
                        "CANDIDATE_REGISTERED",
                        "COURSE_COMPLETED",
                        "SYMPATHISER_RECOGNISED",
                        "VERIFICATION_STARTED",
                        "ADMISSION_PROPOSED",
                        "ADMISSION_DECIDED",
                        "CEREMONY_HELD",
                        "OFFICIAL_RECOGNISED",
                        "TRANSFER_ARRIVED",
                        "TRANSFER_OUT",
                        "TRANSFER_RECEIVED",
                        "EXEMPTED",
                        "DIED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member_event WHERE late AND late_reason IS NULL")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** How the history starts: the first event, with an arrival's admission dates from the row. */
    private static LifecycleReplay.Entry entry(Event first, LifecycleProjection row, List<Event> events) {
        if (first.step().kind() == LifecycleEventKind.CANDIDATE_REGISTERED) {
            return LifecycleReplay.Entry.candidate(
                    first.orgUnitId(),
                    row.birthDate(),
                    first.effective(),
                    first.step().note());
        }
        boolean readmitted = events.stream().anyMatch(e -> e.step().kind() == LifecycleEventKind.READMITTED);
        LocalDate admitted = row.firstAdmittedOn();
        return LifecycleReplay.Entry.arrival(
                first.orgUnitId(),
                row.birthDate(),
                first.effective(),
                first.after(),
                admitted,
                readmitted ? admitted : row.ceremonyDate(),
                first.after() == MemberStatus.OFFICIAL ? (readmitted ? admitted : row.officialOn()) : null,
                first.step().destination());
    }

    private static List<UUID> ids(String details, String name) {
        if (details == null || !details.contains(name)) {
            return List.of();
        }
        String list = details.substring(details.indexOf('[', details.indexOf(name)) + 1);
        list = list.substring(0, list.indexOf(']'));
        List<UUID> ids = new ArrayList<>();
        for (String id : list.split(",")) {
            ids.add(UUID.fromString(id.replace("\"", "").strip()));
        }
        return ids;
    }

    private static LifecycleProjection projection(java.sql.ResultSet rs) throws java.sql.SQLException {
        String returnStatus = rs.getString("transit_return_status");
        return new LifecycleProjection(
                MemberStatus.valueOf(rs.getString("status")),
                rs.getLong("org_unit_id"),
                rs.getObject("birth_date", LocalDate.class),
                rs.getObject("course_certificate_on", LocalDate.class),
                rs.getObject("sympathiser_on", LocalDate.class),
                rs.getObject("proposed_on", LocalDate.class),
                rs.getObject("admitted_on", LocalDate.class),
                rs.getString("admission_decision_number"),
                rs.getString("admission_decision_body"),
                rs.getObject("first_admitted_on", LocalDate.class),
                rs.getObject("ceremony_date", LocalDate.class),
                rs.getString("ceremony_place"),
                rs.getObject("official_on", LocalDate.class),
                rs.getString("official_place"),
                (Long) rs.getObject("transit_to_org_unit_id", Long.class),
                rs.getString("transit_destination"),
                rs.getObject("transit_since", LocalDate.class),
                returnStatus == null ? null : MemberStatus.valueOf(returnStatus),
                (Long) rs.getObject("temporary_org_unit_id", Long.class),
                rs.getString("temporary_destination"),
                rs.getObject("temporary_until", LocalDate.class),
                rs.getString("abroad_destination"),
                rs.getObject("abroad_until", LocalDate.class),
                rs.getObject("exempted_since", LocalDate.class),
                rs.getObject("suspended_since", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class),
                rs.getString("ended_ground"),
                rs.getObject("readmitted_on", LocalDate.class));
    }
}
