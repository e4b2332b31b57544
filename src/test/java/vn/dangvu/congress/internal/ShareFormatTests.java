package vn.dangvu.congress.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counts and shares written the Vietnamese way, as the press reports a congress season. */
class ShareFormatTests {

    @Test
    void theSeasonAsThePressWritesIt() {
        assertThat(ShareFormat.share(2309, 2310)).isEqualTo("2.309/2.310 (99,96 %)");
    }

    @Test
    void thousandsTakeDots() {
        assertThat(ShareFormat.count(0)).isEqualTo("0");
        assertThat(ShareFormat.count(999)).isEqualTo("999");
        assertThat(ShareFormat.count(1000)).isEqualTo("1.000");
        assertThat(ShareFormat.count(1234567)).isEqualTo("1.234.567");
    }

    @Test
    void decimalsTakeACommaAndTrailingZerosGo() {
        assertThat(ShareFormat.percent(1, 2)).isEqualTo("50 %");
        assertThat(ShareFormat.percent(1, 3)).isEqualTo("33,33 %");
        assertThat(ShareFormat.percent(2, 3)).isEqualTo("66,67 %");
        assertThat(ShareFormat.percent(1, 8)).isEqualTo("12,5 %");
        assertThat(ShareFormat.percent(10, 10)).isEqualTo("100 %");
        assertThat(ShareFormat.percent(0, 0)).isEqualTo("0 %");
    }

    @Test
    void aShareShortOfTheWholeNeverReadsAsAllOrNothing() {
        assertThat(ShareFormat.percent(99999, 100000)).isEqualTo("99,99 %");
        assertThat(ShareFormat.percent(1, 100000)).isEqualTo("0,01 %");
    }
}
