package vn.dangvu;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dangvu.support.PostgresTestDatabase;

/** {@link AuthorizationScenarios} on PostgreSQL. */
class AuthorizationPostgresIntegrationTests extends AuthorizationScenarios {

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
