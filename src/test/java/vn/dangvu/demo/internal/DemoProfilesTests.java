package vn.dangvu.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.dangvu.member.Religion;
import vn.dangvu.member.TheoryLevel;

/** Demo profiles follow the shares of PERF-BASELINE §2 and keep the ceremony of the member's dates. */
class DemoProfilesTests {

    @Test
    void sharesFollowTheBaseline() {
        SplittableRandom random = new SplittableRandom(7);
        Map<TheoryLevel, Integer> theory = new EnumMap<>(TheoryLevel.class);
        int noReligion = 0;
        int n = 20_000;
        LocalDate ceremony = LocalDate.of(2010, 5, 19);
        for (int i = 0; i < n; i++) {
            DemoProfiles.Profile p = DemoProfiles.draw(
                    random,
                    "Nguyễn Thị Tuyến",
                    LocalDate.of(1980, 1, 1),
                    ceremony.minusDays(10),
                    ceremony,
                    ceremony.plusMonths(12),
                    LocalDate.of(2026, 3, 1));
            theory.merge(p.theoryLevel(), 1, Integer::sum);
            noReligion += p.religion() == Religion.NONE ? 1 : 0;
            assertThat(p.ceremonyDate()).isEqualTo(ceremony);
            assertThat(Normalizer.isNormalized(p.birthPlace(), Normalizer.Form.NFC))
                    .isTrue();
        }
        assertThat(noReligion / (double) n).isBetween(0.92, 0.96);
        assertThat(theory.get(TheoryLevel.ELEMENTARY) / (double) n).isBetween(0.42, 0.48);
        assertThat(theory.get(TheoryLevel.BACHELOR) / (double) n).isBetween(0.01, 0.03);
    }
}
