package vn.dangvu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.security.Accounts;
import vn.dangvu.shared.Role;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/** Login, lock-out, rate limit, CSRF, sessions and password change, over real HTTP. */
abstract class AuthenticationScenarios extends PlatformTestBase {

    @Autowired
    Accounts accounts;

    @Test
    void memberLogsInWithCardNumberOrCitizenIdAndSeesTheirCard() {
        String card = plainMemberLogin();
        String citizenId = jdbc.sql(
                        "SELECT m.citizen_id FROM member m JOIN account a ON a.member_id = m.id WHERE a.username = :u")
                .param("u", card)
                .query(String.class)
                .single();
        ApiClient byCard = client();
        assertThat(byCard.login(card, DEMO_PASSWORD).json().path("status").asString())
                .isEqualTo("AUTHENTICATED");
        ApiClient.Response me = byCard.get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("member").path("cardNumber").asString()).isEqualTo(card);
        assertThat(me.json().path("member").path("citizenIdMasked").asString())
                .endsWith(citizenId.substring(8))
                .startsWith("********");
        assertThat(me.json().path("roles").get(0).path("role").asString()).isEqualTo("MEMBER");

        ApiClient byCitizenId = client();
        assertThat(byCitizenId.login(citizenId, DEMO_PASSWORD).status()).isEqualTo(200);
        assertThat(byCitizenId
                        .get("/api/v1/me")
                        .json()
                        .path("account")
                        .path("username")
                        .asString())
                .isEqualTo(card);
    }

    @Test
    void wrongPasswordIsAProblemInTheCallersLanguage() {
        ApiClient.Response vi = client().from("10.0.1.1").login("tochuc", "sai-mat-khau");
        assertThat(vi.status()).isEqualTo(401);
        assertThat(vi.contentType()).startsWith("application/problem+json");
        assertThat(vi.code()).isEqualTo("auth.bad-credentials");
        assertThat(vi.json().path("detail").asString()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
        ApiClient.Response en = client().from("10.0.1.1").language("en").login("no-such-user", "x");
        assertThat(en.status()).isEqualTo(401);
        assertThat(en.json().path("detail").asString()).isEqualTo("Wrong user name or password.");
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutes() {
        String username = "khoa-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(
                username,
                null,
                "Thử khóa",
                accounts.hashPassword(DEMO_PASSWORD),
                List.of(new Accounts.Grant(Role.CITY_OFFICE, rootId())));
        ApiClient client = client().from("10.0.2.2");
        for (int i = 1; i <= 4; i++) {
            assertThat(client.login(username, "wrong-" + i).status()).isEqualTo(401);
        }
        ApiClient.Response fifth = client.login(username, "wrong-5");
        assertThat(fifth.status()).isEqualTo(423);
        assertThat(fifth.code()).isEqualTo("auth.locked");
        assertThat(fifth.json().path("lockedUntil").asString()).isNotBlank();
        assertThat(client.login(username, DEMO_PASSWORD).status())
                .as("locked even with the right password")
                .isEqualTo(423);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(client.login(username, DEMO_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void oneAddressFailingTooOftenIsRefused() {
        ApiClient client = client().from("10.0.3.3");
        for (int i = 0; i < 20; i++) {
            assertThat(client.login("nobody-" + i, "x").status()).isEqualTo(401);
        }
        ApiClient.Response refused = client.login("tochuc", DEMO_PASSWORD);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("auth.rate-limited");
        assertThat(client().from("10.0.3.4").login("tochuc", DEMO_PASSWORD).status())
                .as("other addresses are not affected")
                .isEqualTo(200);
    }

    @Test
    void stateChangesNeedTheCsrfToken() {
        ApiClient client = client();
        client.get("/api/v1/me");
        assertThat(client.csrfToken()).as("any GET sets the XSRF-TOKEN cookie").isNotBlank();
        ApiClient.Response refused = client.postWithoutCsrf(
                "/api/v1/auth/login", "{\"username\":\"tochuc\",\"password\":\"" + DEMO_PASSWORD + "\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("auth.csrf");
    }

    @Test
    void loginChangesTheSessionIdAndLogoutEndsTheSession() {
        ApiClient client = client();
        client.get("/api/v1/me");
        client.post("/api/v1/auth/login", "{\"username\":\"vanphong\",\"password\":\"wrong\"}");
        String before = client.sessionCookie();
        assertThat(client.login("vanphong", DEMO_PASSWORD).status()).isEqualTo(200);
        assertThat(client.sessionCookie()).isNotNull().isNotEqualTo(before);
        ApiClient.Response cookieCheck = client.get("/api/v1/me");
        assertThat(cookieCheck.status()).isEqualTo(200);
        assertThat(client.post("/api/v1/auth/logout", "{}").status()).isEqualTo(204);
        assertThat(client.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() {
        ApiClient client = client();
        ApiClient.Response login = client.login("vanphong", DEMO_PASSWORD);
        String setCookie = login.headers().getOrDefault("set-cookie", "");
        assertThat(setCookie).contains("DANGVU_SESSION=").contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void passwordChangeChecksTheCurrentPasswordAndLength() {
        String username = "doimk-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(
                username,
                null,
                "Đổi mật khẩu",
                accounts.hashPassword(DEMO_PASSWORD),
                List.of(new Accounts.Grant(Role.CITY_OFFICE, rootId())));
        ApiClient client = client().from("10.0.4.4");
        client.login(username, DEMO_PASSWORD);
        ApiClient.Response tooShort = client.post(
                "/api/v1/account/password", "{\"currentPassword\":\"" + DEMO_PASSWORD + "\",\"newPassword\":\"ngan\"}");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().path("errors").get(0).path("field").asString())
                .isEqualTo("newPassword");
        ApiClient.Response wrongCurrent = client.post(
                "/api/v1/account/password",
                "{\"currentPassword\":\"khong-dung\",\"newPassword\":\"mat-khau-moi-2026\"}");
        assertThat(wrongCurrent.status()).isEqualTo(422);
        assertThat(wrongCurrent.code()).isEqualTo("account.password.wrong-current");
        assertThat(client.post(
                                "/api/v1/account/password",
                                "{\"currentPassword\":\"" + DEMO_PASSWORD + "\",\"newPassword\":\"mat-khau-moi-2026\"}")
                        .status())
                .isEqualTo(204);
        assertThat(client().from("10.0.4.5")
                        .login(username, "mat-khau-moi-2026")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void securityHeadersAreSent() {
        ApiClient.Response response = client().get("/api/v1/me");
        String policy = response.headers().get("content-security-policy");
        String scripts = java.util.Arrays.stream(policy.split(";"))
                .map(String::strip)
                .filter(directive -> directive.startsWith("script-src "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no script-src in " + policy));
        assertThat(scripts)
                .as("scripts only from the application itself: injected markup cannot run inline script")
                .isEqualTo("script-src 'self'");
        assertThat(policy).contains("object-src 'none'", "base-uri 'self'");
        assertThat(response.headers().get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(response.headers().get("x-frame-options")).isEqualTo("DENY");
    }

    @Test
    void strictTransportSecurityIsSentOverHttpsOnly() {
        assertThat(client().get("/api/v1/me").headers()).doesNotContainKey("strict-transport-security");
        ApiClient.Response https = client().header("X-Forwarded-Proto", "https").get("/api/v1/me");
        assertThat(https.headers().get("strict-transport-security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(https.headers().get("content-security-policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void anIdleSessionEndsAfterTheTimeout() {
        ApiClient client = client();
        assertThat(client.login("vanphong", DEMO_PASSWORD).status()).isEqualTo(200);
        String sessionId = new String(
                java.util.Base64.getDecoder().decode(client.sessionCookie()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE session_id = :id")
                        .param("id", sessionId)
                        .query(Integer.class)
                        .single())
                .as("30 minutes")
                .isEqualTo(1800);
        assertThat(client.get("/api/v1/me").status()).isEqualTo(200);
        long idle = java.time.Duration.ofMinutes(31).toMillis();
        jdbc.sql("""
                        UPDATE spring_session SET last_access_time = last_access_time - :idle,
                                                  expiry_time = expiry_time - :idle
                         WHERE session_id = :id""").param("idle", idle).param("id", sessionId).update();
        ApiClient.Response expired = client.get("/api/v1/me");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.code()).isEqualTo("auth.required");
    }

    @Test
    void errorsNameTheProblemButNeverTheInternals() {
        ApiClient staff = loggedIn("tochuc");
        List<ApiClient.Response> answers = List.of(
                client().post("/api/v1/auth/login", "{\"username\": \"tochuc\", \"password\": "),
                client().post("/api/v1/auth/login", "{\"username\": [1, 2], \"password\": {}}"),
                staff.get("/api/v1/org-units/abc"),
                staff.get("/api/v1/members?q=%27%20OR%201%3D1--&size=5"),
                staff.get("/api/v1/members?size=-1%3B%20DROP%20TABLE%20member"),
                staff.get("/api/v1/org-units/9223372036854775807"));
        for (ApiClient.Response answer : answers) {
            assertThat(answer.status()).as(answer.body()).isIn(200, 400, 404);
            if (answer.status() != 200) {
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.code()).isNotBlank();
            }
            assertThat(answer.body())
                    .doesNotContainIgnoringCase("exception")
                    .doesNotContain("\tat ", "at org.", "at vn.", "SQL", "jdbc", "Hikari", "syntax");
        }
    }

    long rootId() {
        return jdbc.sql("SELECT id FROM org_unit WHERE parent_id IS NULL")
                .query(Long.class)
                .single();
    }
}
