package vn.dangvu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238 appendix B test vectors (SHA-1, secret "12345678901234567890", 8 digits → last 6 shown here). */
class TotpTests {

    private static final String SECRET = Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037"})
    void matchesTheRfcVectors(long epochSecond, String code) {
        assertThat(Totp.code(SECRET, epochSecond / 30)).isEqualTo(code);
    }

    @Test
    void acceptsOneStepOfDriftAndNoMore() {
        Instant now = Instant.ofEpochSecond(1_111_111_111L);
        String previous = Totp.code(SECRET, Totp.step(now) - 1);
        String tooOld = Totp.code(SECRET, Totp.step(now) - 2);
        assertThat(Totp.matchingStep(SECRET, previous, now)).hasValue(Totp.step(now) - 1);
        assertThat(Totp.matchingStep(SECRET, tooOld, now)).isEmpty();
        assertThat(Totp.matchingStep(SECRET, "12a456", now)).isEmpty();
    }

    @Test
    void base32RoundTrips() {
        byte[] data = {0, 1, 2, (byte) 0xff, 42, 17, 99};
        assertThat(Base32.decode(Base32.encode(data))).isEqualTo(data);
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    }

    @Test
    void otpauthUriNamesIssuerAndAccount() {
        assertThat(Totp.otpauthUri("Đảng Vụ", "bithu", "ABC"))
                .startsWith("otpauth://totp/%C4%90%E1%BA%A3ng%20V%E1%BB%A5:bithu?secret=ABC")
                .contains("period=30");
    }
}
