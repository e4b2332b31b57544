package vn.dangvu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/** Every failure leaves as application/problem+json with a stable code, in Vietnamese unless English is asked for. */
class ApiErrorsIntegrationTests extends PlatformTestBase {

    @Test
    void unknownApiPathIs404Problem() {
        ApiClient.Response response = loggedIn("vanphong").get("/api/v1/khong-ton-tai");
        assertProblem(response, 404, "http.not-found");
        assertThat(response.json().path("title").asString()).isEqualTo("Không tìm thấy");
    }

    @Test
    void wrongMethodIs405Problem() {
        assertProblem(loggedIn("vanphong").method("DELETE", "/api/v1/me", null, ""), 405, "http.method-not-allowed");
    }

    @Test
    void wrongContentTypeIs415Problem() {
        assertProblem(
                loggedIn("vanphong").method("POST", "/api/v1/account/password", "text/plain", "x"),
                415,
                "http.unsupported-media-type");
    }

    @Test
    void malformedJsonWrongTypesAndUnknownFieldsAre400Problems() {
        ApiClient client = loggedIn("vanphong");
        ApiClient.Response notJson = client.post("/api/v1/account/password", "{not json");
        assertProblem(notJson, 400, "request.malformed");
        assertThat(notJson.json().path("errors").findValuesAsString("field")).isEmpty();
        ApiClient.Response wrongType =
                client.post("/api/v1/account/password", "{\"currentPassword\":[1],\"newPassword\":\"x\"}");
        assertProblem(wrongType, 400, "request.malformed");
        assertThat(wrongType.json().path("errors").findValuesAsString("field")).containsExactly("currentPassword");
        ApiClient.Response unknown = client.post(
                "/api/v1/account/password",
                "{\"currentPassword\":\"a\",\"newPassword\":\"bbbbbbbbbbbb\",\"isAdmin\":true}");
        assertProblem(unknown, 400, "request.malformed");
        assertThat(unknown.json().path("errors").findValuesAsString("field")).containsExactly("isAdmin");
        ApiClient.Response notATime = loggedIn("bithu")
                .post(
                        "/api/v1/meetings/schedules",
                        "{\"orgUnitId\":1,\"kind\":\"REGULAR\",\"title\":\"Sinh hoạt\",\"dayOfMonth\":5,"
                                + "\"startTime\":\"<b>8 giờ</b>\"}");
        assertProblem(notATime, 400, "request.malformed");
        assertThat(notATime.json().path("errors").findValuesAsString("field")).containsExactly("startTime");
    }

    @Test
    void validationFailuresNameTheFieldsInTheCallersLanguage() {
        ApiClient.Response vi = loggedIn("vanphong").get("/api/v1/org-units?size=0&page=-1");
        assertProblem(vi, 400, "validation.failed");
        assertThat(vi.json().path("errors").findValuesAsString("field")).contains("size", "page");
        assertThat(vi.json().path("errors").findValuesAsString("message"))
                .contains("Số dòng mỗi trang phải từ 1 đến 500.");
        ApiClient.Response en = loggedIn("vanphong").language("en").get("/api/v1/org-units/abc");
        assertProblem(en, 400, "validation.failed");
        assertThat(en.json().path("title").asString()).isEqualTo("Invalid data");
    }

    @Test
    void theErrorFallbackAnswersProblemsToo() {
        ApiClient.Response response = client().get("/error");
        assertProblem(response, 500, "server.error");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at vn.");
    }

    @Test
    void problemsCarryTheRequestIdOfTheLogLine() {
        ApiClient.Response response = client().get("/api/v1/me");
        assertThat(response.json().path("traceId").asString())
                .isEqualTo(response.headers().get("x-request-id"));
    }

    private static void assertProblem(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo(code);
        assertThat(response.json().path("type").asString()).isEqualTo("urn:dangvu:problem:" + code);
        assertThat(response.json().path("detail").asString()).isNotBlank();
    }
}
