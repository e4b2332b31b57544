package vn.dangvu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;
import vn.dangvu.support.TestClock;

/**
 * The {@code prod} profile as shipped (issue 10 point 4): the OpenAPI document, Swagger UI and every actuator endpoint
 * but health are closed to the public, and the session cookie is {@code Secure}. The embedded test database stands in
 * for the production one.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"DB_URL=jdbc:h2:mem:unused", "DB_USER=sa", "DB_PASSWORD="})
@ActiveProfiles({"prod", "test"})
@Import(TestClock.Config.class)
class ProductionProfileIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theApiDocumentAndTheActuatorAreClosedToThePublic() {
        ApiClient anonymous = new ApiClient(port);
        for (String path : new String[] {
            "/v3/api-docs",
            "/v3/api-docs/swagger-config",
            "/actuator/env",
            "/actuator/metrics",
            "/actuator/loggers",
            "/actuator/configprops"
        }) {
            ApiClient.Response response = anonymous.get(path);
            assertThat(response.status()).as(path).isIn(401, 403, 404);
            assertThat(response.body()).as(path).doesNotContain("\"paths\"", "spring.datasource", "propertySources");
        }
        assertThat(anonymous.get("/swagger-ui/index.html").status()).isIn(401, 403, 404);
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsSecure() {
        ApiClient client = new ApiClient(port);
        ApiClient.Response login = client.login("vanphong", PlatformTestBase.DEMO_PASSWORD);
        assertThat(login.headers().getOrDefault("set-cookie", ""))
                .contains("DANGVU_SESSION=")
                .contains("Secure")
                .contains("HttpOnly");
    }
}
