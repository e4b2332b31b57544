package vn.dangvu.demo.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.dangvu.demo.DemoSize;

/**
 * Settings of the demo city ({@code dangvu.demo.*}). The prod profile never enables it.
 *
 * @param enabled generate (or reuse) the demo city at start-up and print its log-ins
 * @param size how big a city
 * @param seed seed of the generator: the same size and seed give the same rows
 * @param password the password of every demo account (demo data, printed at start-up)
 * @param referenceDate the "today" of the data (ages, probation); today by the application clock when unset
 */
@ConfigurationProperties("dangvu.demo")
public record DemoProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("SMALL") DemoSize size,
        @DefaultValue("20251015") long seed,
        @DefaultValue("demo-2026") String password,
        @Nullable LocalDate referenceDate) {}
