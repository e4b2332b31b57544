package vn.dangvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Vietnamese and English bundles hold the same keys, and every message key the code uses exists. */
class I18nMessagesTests {

    private static final Pattern USED_KEY = Pattern.compile(
            "\"\\{([a-z][a-zA-Z0-9.-]+)}\"|(?:rule|conflict|notFound)\\(\\s*\"([a-z][a-zA-Z0-9.-]+)\"|Kind\\.[A-Z_]+,\\s*\"([a-z][a-zA-Z0-9.-]+)\"");

    @Test
    void bundlesHaveTheSameKeys() throws IOException {
        Properties vi = load("i18n/messages.properties");
        Properties en = load("i18n/messages_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(vi.stringPropertyNames()));
    }

    @Test
    void vietnameseMessagesAreInVietnamese() throws IOException {
        Properties vi = load("i18n/messages.properties");
        assertThat(vi.getProperty("auth.bad-credentials")).contains("không đúng");
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Properties vi = load("i18n/messages.properties");
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = USED_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    for (int g = 1; g <= 3; g++) {
                        if (m.group(g) != null) {
                            used.add(m.group(g));
                        }
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(key -> assertThat(vi.stringPropertyNames()).contains(key));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
