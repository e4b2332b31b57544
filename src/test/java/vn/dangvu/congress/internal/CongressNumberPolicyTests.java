package vn.dangvu.congress.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangvu.congress.CongressKind;
import vn.dangvu.congress.internal.CongressNumberPolicy.Lineage;

/** HD 06-HD/TW (REGULATIONS §1.3): the congress number continues terms, merges and splits; a new unit starts at 1. */
class CongressNumberPolicyTests {

    @Test
    void hd06_aNewOrganisationStartsAtOne() {
        assertThat(CongressNumberPolicy.next(new Lineage(1, null, List.of()))).isEqualTo(1);
    }

    @Test
    void hd06_theNumberContinuesTheOrganisationsOwnTerms() {
        assertThat(CongressNumberPolicy.next(new Lineage(1, 17, List.of()))).isEqualTo(18);
    }

    @Test
    void hd06_aMergedOrganisationContinuesTheHighestCountOfItsPredecessors() {
        Lineage absorbedHigh = new Lineage(2, 12, List.of());
        Lineage absorbedLow = new Lineage(3, 4, List.of());
        Lineage survivor = new Lineage(1, 9, List.of(absorbedHigh, absorbedLow));
        assertThat(CongressNumberPolicy.next(survivor)).isEqualTo(13);
    }

    @Test
    void hd06_aSplitOffOrganisationCountsItsSourcesCongressesIncludingEarlierMerges() {
        Lineage older = new Lineage(4, 7, List.of());
        Lineage source = new Lineage(2, 5, List.of(older));
        Lineage created = new Lineage(9, null, List.of(source));
        assertThat(CongressNumberPolicy.next(created))
                .as("7 before the merge, then the current one")
                .isEqualTo(8);
    }

    @Test
    void hd06_aSurvivorAheadOfItsPredecessorsKeepsItsOwnCount() {
        assertThat(CongressNumberPolicy.next(new Lineage(1, 20, List.of(new Lineage(2, 3, List.of())))))
                .isEqualTo(21);
    }

    @Test
    void titlesFollowThePress() {
        assertThat(CongressNumberPolicy.title(CongressKind.DELEGATES, "Đảng bộ Thành phố Hà Nội", 18, 2025, 2030))
                .isEqualTo("Đại hội đại biểu Đảng bộ Thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2025–2030");
        assertThat(CongressNumberPolicy.title(CongressKind.MEMBERS, "Chi bộ Thôn Đông", 4, 2025, 2027))
                .isEqualTo("Đại hội Chi bộ Thôn Đông lần thứ IV, nhiệm kỳ 2025–2027");
        assertThat(CongressNumberPolicy.roman(1)).isEqualTo("I");
        assertThat(CongressNumberPolicy.roman(9)).isEqualTo("IX");
        assertThat(CongressNumberPolicy.roman(14)).isEqualTo("XIV");
        assertThat(CongressNumberPolicy.roman(40)).isEqualTo("XL");
    }
}
