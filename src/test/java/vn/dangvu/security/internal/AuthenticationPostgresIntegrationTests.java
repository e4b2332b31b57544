package vn.dangvu.security.internal;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dangvu.support.PostgresTestDatabase;

/** {@link AuthenticationScenarios} on PostgreSQL (skipped with a reason when none is reachable). */
class AuthenticationPostgresIntegrationTests extends AuthenticationScenarios {

    private static String url;

    @BeforeAll
    static void database() {
        if (url == null) {
            url = PostgresTestDatabase.create();
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
    }
}
