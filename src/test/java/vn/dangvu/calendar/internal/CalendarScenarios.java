package vn.dangvu.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/** The working-day calendar over HTTP: holidays, deadlines, administrators' adjustments and their audit. */
abstract class CalendarScenarios extends PlatformTestBase {

    @AfterEach
    void removeAdjustments() {
        jdbc.sql("DELETE FROM holiday_adjustment").update();
    }

    @Test
    void anyLoggedInUserListsTheYearsHolidays() {
        ApiClient.Response response = loggedIn(plainMemberLogin()).get("/api/v1/holidays?year=2026");
        assertThat(response.status()).isEqualTo(200);
        JsonNode days = response.json();
        assertThat(days.size()).isEqualTo(12); // 11 public holidays + the compensatory Monday 27/4
        assertThat(days.get(0).path("date").asString()).isEqualTo("2026-01-01");
        assertThat(days.get(0).path("kind").asString()).isEqualTo("PUBLIC_HOLIDAY");
        assertThat(days.get(0).path("source").asString()).contains("Điều 112");
        assertThat(days.toString()).contains("Giỗ Tổ Hùng Vương", "2026-04-27", "COMPENSATORY_DAY_OFF");
    }

    @Test
    void aMakeUpWorkingDayBringsADeadlineForwardAndRemovingItRestoresIt() {
        ApiClient admin = loggedIn("admin");
        assertThat(deadline(admin)).isEqualTo("2026-02-23");

        ApiClient.Response added = admin.post("/api/v1/holiday-adjustments", """
                {"date":"2026-02-21","kind":"WORKING","reason":"Làm bù theo thông báo của Bộ Nội vụ"}""");
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.headers().get("location")).endsWith("/api/v1/holiday-adjustments/2026-02-21");
        assertThat(added.json().path("createdBy").asString()).isEqualTo("admin");
        assertThat(deadline(admin)).isEqualTo("2026-02-21");
        assertThat(admin.get("/api/v1/holidays?year=2026").body()).contains("MAKE_UP_WORKING_DAY", "Bộ Nội vụ");

        assertThat(admin.method("DELETE", "/api/v1/holiday-adjustments/2026-02-21", null, "")
                        .status())
                .isEqualTo(204);
        assertThat(deadline(admin)).isEqualTo("2026-02-23");
        assertThat(admin.get("/api/v1/audit-entries?action=holiday-adjustment.add&entityId=2026-02-21")
                        .json()
                        .path("totalElements")
                        .asLong())
                .isPositive();
        assertThat(admin.get("/api/v1/audit-entries?action=holiday-adjustment.remove&entityId=2026-02-21")
                        .json()
                        .path("totalElements")
                        .asLong())
                .isPositive();
    }

    @Test
    void anExtraDayOffPushesADeadlineBack() {
        ApiClient admin = loggedIn("admin");
        assertThat(admin.post("/api/v1/holiday-adjustments", """
                                {"date":"2026-02-23","kind":"OFF","reason":"Nghỉ thêm"}""").status()).isEqualTo(201);
        assertThat(deadline(loggedIn("bithu"))).isEqualTo("2026-02-24");
    }

    @Test
    void onlyAdministratorsAdjustTheCalendar() {
        ApiClient.Response response = loggedIn("bantochuc").post("/api/v1/holiday-adjustments", """
                {"date":"2026-02-21","kind":"WORKING","reason":"x"}""");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("auth.forbidden");
        assertThat(loggedIn(plainMemberLogin())
                        .get("/api/v1/working-days?from=2026-02-13&days=1")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anInvalidBodyNamesItsFields() {
        ApiClient.Response response =
                loggedIn("admin").language("vi").post("/api/v1/holiday-adjustments", "{\"reason\":\" \"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("validation.failed");
        assertThat(response.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("date", "kind", "reason");
        assertThat(response.body()).contains("Hãy nhập lý do");
    }

    @Test
    void aSecondAdjustmentOfTheSameDayIsAConflict() {
        ApiClient admin = loggedIn("admin");
        String body = """
                {"date":"2026-02-21","kind":"WORKING","reason":"Làm bù"}""";
        assertThat(admin.post("/api/v1/holiday-adjustments", body).status()).isEqualTo(201);
        ApiClient.Response again = admin.post("/api/v1/holiday-adjustments", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("calendar.adjustment.duplicate");
    }

    @Test
    void anAdjustmentMustChangeTheDay() {
        ApiClient.Response response = loggedIn("admin").post("/api/v1/holiday-adjustments", """
                {"date":"2026-02-17","kind":"OFF","reason":"Tết"}""");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.code()).isEqualTo("calendar.adjustment.already-off");
        assertThat(loggedIn("admin")
                        .method("DELETE", "/api/v1/holiday-adjustments/2026-03-03", null, "")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void yearsOutsideTheCalendarAreRefused() {
        ApiClient admin = loggedIn("admin");
        assertThat(admin.get("/api/v1/holidays?year=2200").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/working-days?from=2099-12-30&days=5").code())
                .isEqualTo("calendar.year.out-of-range");
    }

    private static String deadline(ApiClient client) {
        JsonNode body =
                client.get("/api/v1/working-days?from=2026-02-13&days=1").json();
        return body.path("deadline").asString();
    }
}
