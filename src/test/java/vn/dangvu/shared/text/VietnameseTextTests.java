package vn.dangvu.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTests {

    @Test
    void searchKeyDropsDiacriticsAndCase() {
        assertThat(VietnameseText.searchKey("Nguyễn Thị Tuyến")).isEqualTo("nguyen thi tuyen");
        assertThat(VietnameseText.searchKey("ĐẢNG BỘ  Phường Điện Biên")).isEqualTo("dang bo phuong dien bien");
    }

    @Test
    void cleanLeavesSingleSpacesAndNothingAround() {
        assertThat(VietnameseText.clean("Nguyễn Thị Tuyến")).isEqualTo("Nguyễn Thị Tuyến");
        assertThat(VietnameseText.clean("  Nguyễn  Thị\tTuyến \n")).isEqualTo("Nguyễn Thị Tuyến");
        assertThat(VietnameseText.clean("Nguyễn\r\nThị   Tuyến")).isEqualTo("Nguyễn Thị Tuyến");
        assertThat(VietnameseText.clean("\u2003Lê Bình\u2003")).isEqualTo("Lê Bình");
        assertThat(VietnameseText.clean("")).isEmpty();
    }

    @Test
    void dFindsDStroke() {
        assertThat(VietnameseText.searchKey("Đức")).startsWith("d");
    }

    @Test
    void decomposedInputGivesTheSameKeysAsComposed() {
        String nfd = Normalizer.normalize("Trần Văn Đức", Normalizer.Form.NFD);
        assertThat(VietnameseText.searchKey(nfd)).isEqualTo(VietnameseText.searchKey("Trần Văn Đức"));
        assertThat(VietnameseText.clean(nfd)).isEqualTo("Trần Văn Đức");
        assertThat(VietnameseText.nameSortKey(nfd)).isEqualTo(VietnameseText.nameSortKey("Trần Văn Đức"));
    }

    @Test
    void listsSortByGivenNameThenFamilyName() {
        List<String> names = new ArrayList<>(List.of("Trần Văn Bình", "Nguyễn Thị An", "Lê Bình", "Nguyễn Văn Bình"));
        names.sort((a, b) -> VietnameseText.nameSortKey(a).compareTo(VietnameseText.nameSortKey(b)));
        assertThat(names).containsExactly("Nguyễn Thị An", "Lê Bình", "Nguyễn Văn Bình", "Trần Văn Bình");
    }

    @Test
    void lettersFollowTheVietnameseAlphabet() {
        List<String> given = new ArrayList<>(List.of("Đức", "Dũng", "Ân", "Ăn", "An", "Ơn", "Ôn", "On"));
        given.sort((a, b) -> VietnameseText.nameSortKey(a).compareTo(VietnameseText.nameSortKey(b)));
        assertThat(given).containsExactly("An", "Ăn", "Ân", "Dũng", "Đức", "On", "Ôn", "Ơn");
    }

    @Test
    void tonesOrderNoneHuyenHoiNgaSacNang() {
        List<String> words = new ArrayList<>(List.of("mạ", "má", "mã", "mả", "mà", "ma"));
        words.sort((a, b) -> VietnameseText.nameSortKey(a).compareTo(VietnameseText.nameSortKey(b)));
        assertThat(words).containsExactly("ma", "mà", "mả", "mã", "má", "mạ");
    }

    @Test
    void aDotBelowDoesNotHideTheLettersHat() {
        // NFD puts the dot below (nặng) before a breve or circumflex: "ặ" is a, dot below, breve
        List<String> families = new ArrayList<>(List.of("Đặng", "Đằng", "Đăng", "Đang", "Đâng"));
        families.sort((a, b) -> VietnameseText.nameSortKey(a).compareTo(VietnameseText.nameSortKey(b)));
        assertThat(families).containsExactly("Đang", "Đăng", "Đằng", "Đặng", "Đâng");
        List<String> given =
                new ArrayList<>(List.of("Nguyệt", "Nguyên", "Hậu", "Hâu", "Hầu", "Hàu", "Lộc", "Lốc", "Lọc"));
        given.sort((a, b) -> VietnameseText.nameSortKey(a).compareTo(VietnameseText.nameSortKey(b)));
        assertThat(given).containsExactly("Hàu", "Hâu", "Hầu", "Hậu", "Lọc", "Lốc", "Lộc", "Nguyên", "Nguyệt");
        assertThat(VietnameseText.nameSortKey("Đặng"))
                .isEqualTo(VietnameseText.nameSortKey("Đăng").replace('!', '&'));
    }
}
