package vn.dangvu.conference.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.conference.ConferenceBody;

/** Conference titles the Vietnamese way (REGULATIONS §1.3, §1.4; HD 06-HD/TW for the term's number). */
class ConferenceTitlesTests {

    @ParameterizedTest
    @CsvSource({
        "1, thứ nhất",
        "2, thứ hai",
        "3, thứ ba",
        "4, thứ tư",
        "5, thứ năm",
        "10, thứ mười",
        "11, thứ mười một",
        "14, thứ mười bốn",
        "15, thứ mười lăm",
        "20, thứ hai mươi",
        "21, thứ hai mươi mốt",
        "22, thứ hai mươi hai",
        "24, thứ hai mươi tư",
        "25, thứ hai mươi lăm",
        "31, thứ ba mươi mốt",
        "100, thứ một trăm",
        "101, thứ một trăm linh một",
        "105, thứ một trăm linh năm",
        "115, thứ một trăm mười lăm",
        "124, thứ một trăm hai mươi tư"
    })
    void ordinalsAreWrittenInWords(int n, String words) {
        assertThat(ConferenceTitles.ordinal(n)).isEqualTo(words);
    }

    @Test
    void cardinalsKeepTheirPlainFormsOutsideTheTens() {
        assertThat(ConferenceTitles.words(1)).isEqualTo("một");
        assertThat(ConferenceTitles.words(4)).isEqualTo("bốn");
        assertThat(ConferenceTitles.words(5)).isEqualTo("năm");
        assertThat(ConferenceTitles.words(2309)).isEqualTo("hai nghìn ba trăm linh chín");
        assertThat(ConferenceTitles.words(2050)).isEqualTo("hai nghìn không trăm năm mươi");
    }

    @ParameterizedTest
    @CsvSource({"1, I", "4, IV", "9, IX", "13, XIII", "14, XIV", "17, XVII", "18, XVIII", "40, XL", "1999, MCMXCIX"})
    void termsAreRomanNumerals(int n, String roman) {
        assertThat(ConferenceTitles.roman(n)).isEqualTo(roman);
    }

    @Test
    void theTitleReadsLikeTheCommitteesOwn() {
        assertThat(ConferenceTitles.title(11, ConferenceBody.EXECUTIVE_COMMITTEE, "Đảng bộ Thành phố", 17))
                .isEqualTo("Hội nghị lần thứ mười một Ban Chấp hành Đảng bộ Thành phố khóa XVII");
        assertThat(ConferenceTitles.title(4, ConferenceBody.STANDING_COMMITTEE, "Đảng bộ phường Ba Đình", 1))
                .isEqualTo("Hội nghị lần thứ tư Ban Thường vụ Đảng bộ phường Ba Đình khóa I");
        assertThat(ConferenceTitles.title(1, ConferenceBody.CELL, "Chi bộ Khu dân cư số 3", null))
                .isEqualTo("Hội nghị lần thứ nhất Chi bộ Khu dân cư số 3");
    }

    @Test
    void outOfRangeIsRefused() {
        assertThatThrownBy(() -> ConferenceTitles.ordinal(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConferenceTitles.roman(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
