package vn.dangvu.member.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.shared.text.VietnameseText;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/** Member search ignores case and diacritics, finds card numbers and citizen IDs, and sorts by given name. */
class MemberSearchIntegrationTests extends PlatformTestBase {

    @Test
    void findsNamesWithoutDiacritics() {
        String someone = jdbc.sql("SELECT full_name FROM member ORDER BY id LIMIT 1")
                .query(String.class)
                .single();
        String typed = VietnameseText.searchKey(someone);
        ApiClient staff = loggedIn("bantochuc");
        JsonNode page = staff.get("/api/v1/members?size=500&q=" + encode(typed)).json();
        assertThat(page.path("content").findValuesAsString("fullName")).contains(someone);
        page.path("content")
                .forEach(row -> assertThat(
                                VietnameseText.searchKey(row.path("fullName").asString()))
                        .contains(typed));
    }

    @Test
    void findsByCardNumberAndCitizenId() {
        var row = jdbc.sql(
                        "SELECT full_name, card_number, citizen_id FROM member WHERE card_number IS NOT NULL ORDER BY id LIMIT 1")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .single();
        ApiClient staff = loggedIn("bantochuc");
        assertThat(staff.get("/api/v1/members?q=" + row[1])
                        .json()
                        .path("content")
                        .get(0)
                        .path("fullName")
                        .asString())
                .isEqualTo(row[0]);
        assertThat(staff.get("/api/v1/members?q=" + row[2])
                        .json()
                        .path("content")
                        .get(0)
                        .path("fullName")
                        .asString())
                .isEqualTo(row[0]);
    }

    @Test
    void listsAreSortedTheVietnameseWay() {
        JsonNode page = loggedIn("tochuc").get("/api/v1/members?size=200").json();
        List<String> names = new ArrayList<>(page.path("content").findValuesAsString("fullName"));
        assertThat(names).hasSizeGreaterThan(10);
        List<String> sorted = new ArrayList<>(names);
        sorted.sort((a, b) -> VietnameseText.nameSortKey(a).compareTo(VietnameseText.nameSortKey(b)));
        assertThat(names).isEqualTo(sorted);
    }

    @Test
    void searchesAreAudited() {
        loggedIn("kiemtra").get("/api/v1/members?q=tran");
        long entries = jdbc.sql(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'member.search' AND username = 'kiemtra'")
                .query(Long.class)
                .single();
        assertThat(entries).isPositive();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
