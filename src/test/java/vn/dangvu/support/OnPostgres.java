package vn.dangvu.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a {@link PlatformTestBase} suite on a fresh database of the local PostgreSQL instead of the embedded H2. All
 * suites so marked share one application context (and one database). Skipped with the reason printed when no server
 * is reachable, or failed when {@code -Ddangvu.require-postgres=true}; see {@link PostgresTestDatabase}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(PostgresTestDatabase.Availability.class)
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
public @interface OnPostgres {}
