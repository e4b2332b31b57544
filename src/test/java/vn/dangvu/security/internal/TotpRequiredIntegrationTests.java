package vn.dangvu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/** With {@code dangvu.security.totp-required} (the prod setting) staff must enrol before anything else. */
@TestPropertySource(properties = "dangvu.security.totp-required=true")
class TotpRequiredIntegrationTests extends PlatformTestBase {

    @Test
    void staffMustEnrolBeforeUsingTheApplication() {
        ApiClient client = client();
        assertThat(client.login("tochuc", DEMO_PASSWORD).json().path("status").asString())
                .isEqualTo("TOTP_ENROLMENT_REQUIRED");
        ApiClient.Response blocked = client.get("/api/v1/org-units/roots");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.code()).isEqualTo("auth.totp-enrolment-required");
        assertThat(client.get("/api/v1/me")
                        .json()
                        .path("account")
                        .path("totpRequired")
                        .asBoolean())
                .isTrue();
        JsonNode enrolment = client.post("/api/v1/account/totp/enrolment", "{}").json();
        String code = Totp.code(enrolment.path("secret").asString(), Totp.step(clock.instant()));
        assertThat(client.post("/api/v1/account/totp/enrolment/confirmation", "{\"code\":\"" + code + "\"}")
                        .status())
                .isEqualTo(200);
        assertThat(client.get("/api/v1/org-units/roots").status()).isEqualTo(200);
    }

    @Test
    void plainMembersNeedNoSecondFactor() {
        ApiClient client = client();
        assertThat(client.login(plainMemberLogin(), DEMO_PASSWORD)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("AUTHENTICATED");
    }
}
