package vn.dangvu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.dangvu.security.Accounts;
import vn.dangvu.shared.Role;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/** Enrolment of the TOTP second factor and the two-step login that follows. */
abstract class TotpScenarios extends PlatformTestBase {

    @Autowired
    Accounts accounts;

    @Test
    void enrolThenLogInWithACodeOrARecoveryCode() {
        String username = newStaffAccount();
        ApiClient client = client().from("10.1.0.1");
        assertThat(client.login(username, DEMO_PASSWORD).json().path("status").asString())
                .isEqualTo("AUTHENTICATED");

        JsonNode enrolment = client.post("/api/v1/account/totp/enrolment", "{}").json();
        String secret = enrolment.path("secret").asString();
        assertThat(enrolment.path("otpauthUri").asString())
                .startsWith("otpauth://totp/")
                .contains(secret);
        ApiClient.Response wrong = client.post("/api/v1/account/totp/enrolment/confirmation", "{\"code\":\"000000\"}");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.code()).isEqualTo("auth.totp-invalid");
        ApiClient.Response confirmed =
                client.post("/api/v1/account/totp/enrolment/confirmation", "{\"code\":\"" + codeNow(secret) + "\"}");
        assertThat(confirmed.status()).isEqualTo(200);
        List<String> recovery = new java.util.ArrayList<>();
        confirmed.json().path("recoveryCodes").forEach(n -> recovery.add(n.asString()));
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        client.post("/api/v1/auth/logout", "{}");

        ApiClient next = client().from("10.1.0.2");
        assertThat(next.login(username, DEMO_PASSWORD).json().path("status").asString())
                .isEqualTo("TOTP_REQUIRED");
        assertThat(next.get("/api/v1/me").status())
                .as("not logged in before the second step")
                .isEqualTo(401);
        ApiClient.Response replay = next.post("/api/v1/auth/login/totp", "{\"code\":\"" + codeNow(secret) + "\"}");
        assertThat(replay.status())
                .as("the enrolment code cannot be used again")
                .isEqualTo(401);
        clock.advance(Duration.ofSeconds(30));
        ApiClient.Response ok = next.post("/api/v1/auth/login/totp", "{\"code\":\"" + codeNow(secret) + "\"}");
        assertThat(ok.json().path("status").asString()).isEqualTo("AUTHENTICATED");
        assertThat(next.get("/api/v1/me")
                        .json()
                        .path("account")
                        .path("totpEnabled")
                        .asBoolean())
                .isTrue();

        ApiClient withRecovery = client().from("10.1.0.3");
        withRecovery.login(username, DEMO_PASSWORD);
        assertThat(withRecovery
                        .post("/api/v1/auth/login/totp", "{\"code\":\"" + recovery.get(0) + "\"}")
                        .status())
                .isEqualTo(200);
        ApiClient again = client().from("10.1.0.4");
        again.login(username, DEMO_PASSWORD);
        assertThat(again.post("/api/v1/auth/login/totp", "{\"code\":\"" + recovery.get(0) + "\"}")
                        .status())
                .as("a recovery code works once")
                .isEqualTo(401);
    }

    @Test
    void secondStepWithoutFirstIsRefused() {
        ApiClient.Response response =
                client().from("10.1.0.9").post("/api/v1/auth/login/totp", "{\"code\":\"123456\"}");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("auth.totp-not-pending");
    }

    String newStaffAccount() {
        String username = "totp-" + UUID.randomUUID().toString().substring(0, 8);
        long root = jdbc.sql("SELECT id FROM org_unit WHERE parent_id IS NULL")
                .query(Long.class)
                .single();
        accounts.open(
                username,
                null,
                "Thử xác thực hai bước",
                accounts.hashPassword(DEMO_PASSWORD),
                List.of(new Accounts.Grant(Role.CITY_OFFICE, root)));
        return username;
    }

    String codeNow(String secret) {
        return Totp.code(secret, Totp.step(clock.instant()));
    }
}
