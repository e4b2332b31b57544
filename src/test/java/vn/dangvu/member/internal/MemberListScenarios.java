package vn.dangvu.member.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.dangvu.member.MemberPage;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.text.VietnameseText;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;
import vn.dangvu.support.Sheets;

/**
 * The member list: every filter against an independent SQL count, diacritics, Vietnamese order, scope, stable paging
 * by page and by cursor, the bounded count, validation problems and the Excel export. Today is 01/03/2026 (TestClock).
 */
abstract class MemberListScenarios extends PlatformTestBase {

    @Test
    void theCityOfficeNamesAMemberInAPickerWithoutReadingTheRegister() {
        ApiClient office = loggedIn("vanphong");
        String name = jdbc.sql("SELECT full_name FROM member WHERE status = 'OFFICIAL' ORDER BY id LIMIT 1")
                .query(String.class)
                .single();
        String query = URLEncoder.encode(name, StandardCharsets.UTF_8);
        assertThat(office.get("/api/v1/members?q=" + query).status())
                .as("the register stays closed to the city office")
                .isEqualTo(403);
        long audited = audited("member.lookup");
        JsonNode found = office.get("/api/v1/member-lookup?q=" + query).json();
        assertThat(found.size()).isBetween(1, 20);
        assertThat(found.findValuesAsString("fullName")).contains(name);
        List<String> fields = new ArrayList<>();
        found.get(0).propertyNames().forEach(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("id", "fullName", "cellName");
        assertThat(audited("member.lookup")).isEqualTo(audited + 1);
        ApiClient.Response tooShort = office.get("/api/v1/member-lookup?q=a");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().path("errors").findValuesAsString("field")).containsExactly("q");
        assertThat(loggedIn(plainMemberLogin())
                        .get("/api/v1/member-lookup?q=" + query)
                        .status())
                .isEqualTo(403);
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Autowired
    MemberSearch search;

    @Autowired
    MemberExcelExport export;

    private final List<UUID> added = new ArrayList<>();

    @AfterEach
    void removeAddedMembers() {
        added.forEach(id ->
                jdbc.sql("DELETE FROM member WHERE id = :id").param("id", id).update());
        added.clear();
    }

    @Test
    void eachFilterFindsExactlyTheMatchingMembers() {
        ApiClient staff = loggedIn("bantochuc");
        assertFilter(staff, "status=PROBATIONARY&status=EXEMPTED", "status IN ('PROBATIONARY', 'EXEMPTED')");
        assertFilter(staff, "sex=F", "sex = 'F'");
        assertFilter(staff, "ethnicity=KINH", "ethnicity = 'KINH'");
        assertFilter(staff, "theoryLevel=INTERMEDIATE", "theory_level = 'INTERMEDIATE'");
        assertFilter(
                staff,
                "admittedFrom=2010-01-01&admittedTo=2015-12-31",
                "admitted_on BETWEEN DATE '2010-01-01' AND DATE '2015-12-31'");
        // full years today: 30 to 40 means born after 01/03/1985 and on or before 01/03/1996
        assertFilter(
                staff, "minAge=30&maxAge=40", "birth_date > DATE '1985-03-01' AND birth_date <= DATE '1996-03-01'");
        assertFilter(
                staff,
                "sex=M&status=OFFICIAL&minAge=61",
                "sex = 'M' AND status = 'OFFICIAL' AND birth_date <= DATE '1965-03-01'");
    }

    @Test
    void ageIsCountedInFullYearsAtToday() {
        long cell = secretaryCell();
        UUID turns40Today = addMember("Lê Văn Tròn", cell, TODAY.minusYears(40));
        UUID turns40Tomorrow =
                addMember("Lê Văn Chưa", cell, TODAY.minusYears(40).plusDays(1));
        ApiClient staff = loggedIn("bantochuc");
        List<String> forty = ids(staff, "minAge=40&maxAge=40&q=" + encode("le van"));
        assertThat(forty).contains(turns40Today.toString()).doesNotContain(turns40Tomorrow.toString());
        assertThat(ids(staff, "minAge=39&maxAge=39&q=" + encode("le van"))).contains(turns40Tomorrow.toString());
    }

    @Test
    void namesMatchWithoutDiacriticsOrCase() {
        long cell = secretaryCell();
        UUID tuyen = addMember("Nguyễn Thị Tuyến", cell, LocalDate.of(1990, 5, 4));
        UUID duc = addMember("Đỗ Đức Đạt", cell, LocalDate.of(1985, 1, 2));
        ApiClient staff = loggedIn("bantochuc");
        assertThat(ids(staff, "q=" + encode("nguyen thi tuyen"))).contains(tuyen.toString());
        assertThat(ids(staff, "q=" + encode("NGUYỄN thị TUYẾN"))).contains(tuyen.toString());
        assertThat(ids(staff, "q=" + encode("thi tuyen"))).contains(tuyen.toString());
        assertThat(ids(staff, "q=" + encode("thi tuyen") + "&match=PREFIX")).doesNotContain(tuyen.toString());
        assertThat(ids(staff, "q=d&size=500")).contains(duc.toString());
        assertThat(ids(staff, "q=" + encode("do duc dat"))).contains(duc.toString());
        JsonNode rows = staff.get("/api/v1/members?size=500&q=d").json().path("content");
        rows.forEach(
                row -> assertThat(VietnameseText.searchKey(row.path("fullName").asString()))
                        .startsWith("d"));
    }

    @Test
    void listsAreSortedByGivenNameTheVietnameseWay() {
        long cell = secretaryCell();
        // given names Ánh < Bảo < Đạt < Dũng would be wrong: đ comes after d
        addMember("Trần Thị Ánh", cell, LocalDate.of(1980, 1, 1));
        addMember("Lê Đạt", cell, LocalDate.of(1980, 1, 1));
        addMember("Phạm Văn Dũng", cell, LocalDate.of(1980, 1, 1));
        addMember("Nguyễn Bảo", cell, LocalDate.of(1980, 1, 1));
        JsonNode rows = loggedIn("bithu").get("/api/v1/members?size=500").json().path("content");
        List<String> names = rows.findValuesAsString("fullName");
        List<String> sorted = new ArrayList<>(names);
        sorted.sort((a, b) -> VietnameseText.nameSortKey(a).compareTo(VietnameseText.nameSortKey(b)));
        assertThat(names).isEqualTo(sorted);
        assertThat(names.indexOf("Phạm Văn Dũng")).isLessThan(names.indexOf("Lê Đạt"));
        assertThat(names.indexOf("Trần Thị Ánh")).isLessThan(names.indexOf("Nguyễn Bảo"));
    }

    @Test
    void aSecretarySeesOnlyTheirCellWhateverTheFilters() {
        long cell = secretaryCell();
        ApiClient bithu = loggedIn("bithu");
        long inCell = jdbc.sql("SELECT COUNT(*) FROM member WHERE org_unit_id = :cell")
                .param("cell", cell)
                .query(Long.class)
                .single();
        long membersInCell = jdbc.sql("""
                        SELECT COUNT(*) FROM member WHERE org_unit_id = :cell AND status IN ('OFFICIAL',
                               'PROBATIONARY', 'EXEMPTED', 'IN_TRANSIT', 'REMOVED', 'EXPELLED', 'LEFT', 'DECEASED')""").param("cell", cell).query(Long.class).single();
        JsonNode page = bithu.get("/api/v1/members?size=500&status=OFFICIAL&status=PROBATIONARY&status=EXEMPTED"
                        + "&status=IN_TRANSIT&status=REMOVED&status=EXPELLED&status=LEFT&status=DECEASED")
                .json();
        assertThat(page.path("totalElements").asLong()).isEqualTo(membersInCell);
        page.path("content")
                .forEach(row -> assertThat(row.path("cellId").asLong()).isEqualTo(cell));
        long root = jdbc.sql("SELECT id FROM org_unit WHERE parent_id IS NULL")
                .query(Long.class)
                .single();
        assertThat(bithu.get("/api/v1/members?orgUnitId=" + root)
                        .json()
                        .path("totalElements")
                        .asLong())
                .isZero();
        ApiClient.Download sheet = bithu.download("/api/v1/members/export.xlsx");
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(Sheets.rows(sheet.bytes()).size() - 4).isEqualTo((int) inCell);
    }

    @Test
    void pagesByNumberAndByCursorWalkTheSameListWithoutGapsOrRepeats() {
        ApiClient staff = loggedIn("tochuc");
        String filter = "status=OFFICIAL&sex=M";
        JsonNode whole = staff.get("/api/v1/members?size=500&" + filter).json();
        List<String> all = whole.path("content").findValuesAsString("id");
        assertThat(all).hasSizeGreaterThan(20);
        assertThat(whole.path("totalElements").asLong()).isEqualTo(all.size());
        assertThat(whole.path("totalExact").asBoolean()).isTrue();

        List<String> byNumber = new ArrayList<>();
        for (int page = 0; page * 7 < all.size(); page++) {
            byNumber.addAll(staff.get("/api/v1/members?size=7&page=" + page + "&" + filter)
                    .json()
                    .path("content")
                    .findValuesAsString("id"));
        }
        List<String> byCursor = walk(staff, filter, 7);
        assertThat(byNumber).isEqualTo(all);
        assertThat(byCursor).isEqualTo(all);
        assertThat(new HashSet<>(byCursor)).hasSize(all.size());
    }

    @Test
    void aTypeAheadListsItsMatchesInNameOrderAndPagesByCursor() {
        long cell = secretaryCell();
        addMember("Vũ Thị Bích", cell, LocalDate.of(1980, 1, 1));
        addMember("Vũ An", cell, LocalDate.of(1981, 1, 1));
        addMember("Vũ Văn Zũng", cell, LocalDate.of(1982, 1, 1));
        addMember("Vũ Đình Cường", cell, LocalDate.of(1983, 1, 1));
        ApiClient staff = loggedIn("bantochuc");
        String filter = "q=vu&match=PREFIX";
        JsonNode whole = staff.get("/api/v1/members?size=500&" + filter).json();
        List<String> names = whole.path("content").findValuesAsString("fullName");
        assertThat(names).hasSizeGreaterThanOrEqualTo(4);
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(java.util.Comparator.comparing(VietnameseText::searchKey));
        assertThat(names).isEqualTo(sorted);
        assertThat(names.indexOf("Vũ An")).isLessThan(names.indexOf("Vũ Thị Bích"));

        assertThat(walk(staff, filter, 3)).isEqualTo(whole.path("content").findValuesAsString("id"));

        // the same names searched anywhere in the name: given-name order, the page sorted from the matches' keys
        assertThat(walk(staff, "q=" + encode("vũ"), 3)).isEqualTo(walk(staff, "q=" + encode("vũ"), 500));
    }

    /** Every page of a list by cursor, {@code size} rows at a time: the ids in list order. */
    private static List<String> walk(ApiClient staff, String filter, int size) {
        List<String> ids = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = staff.get(
                            "/api/v1/members?size=" + size + "&" + filter + (next == null ? "" : "&after=" + next))
                    .json();
            ids.addAll(page.path("content").findValuesAsString("id"));
            next = page.path("next").isNull() || page.path("next").isMissingNode()
                    ? null
                    : page.path("next").asString();
        } while (next != null);
        return ids;
    }

    @Test
    void aCommonAndARareFragmentListTheSameMembersAsAPlainQuery() {
        OrgScope everything = new OrgScope(List.of("/"), null);
        long members = jdbc.sql("SELECT COUNT(*) FROM member").query(Long.class).single();
        // the sample that tells a common fragment from a rare one needs a scope at least its size
        assertThat(members).isGreaterThanOrEqualTo(search.commonSample());
        for (String fragment : List.of("thi", "uyen", "xoan")) {
            long total = jdbc.sql("SELECT COUNT(*) FROM member WHERE search_name LIKE :f")
                    .param("f", "%" + fragment + "%")
                    .query(Long.class)
                    .single();
            MemberPage page = search.search(containing(fragment, null), everything, new Paging(0, 50));
            assertThat(page.content().stream().map(m -> m.id().toString()).toList())
                    .as(fragment)
                    .isEqualTo(inListOrder(fragment, 50));
            assertThat(page.totalElements()).as(fragment).isEqualTo(Math.min(total, MemberSearch.COUNT_LIMIT));
        }
    }

    @Test
    void aNameWithMoreMatchesThanTheCountLimitPagesLikeAPlainQuery() {
        OrgScope everything = new OrgScope(List.of("/"), null);
        // with a window of 60 members in list order: "thi" spreads over the list (the window holds its pages), "yen"
        // sorts late (given names Yến, Tuyến, Uyên: found past the window); with a window of one, neither page is in
        // the window (on PostgreSQL: the common "thi" by walking the list order, "yen" by the trigram bitmap)
        for (int window : List.of(60, 1)) {
            for (String fragment : List.of("thi", "yen")) {
                String as = fragment + ", window " + window;
                List<String> expected = inListOrder(fragment, 30);
                assertThat(expected).as(as).hasSizeGreaterThan(20);
                MemberPage first = search.search(containing(fragment, null), everything, new Paging(0, 10), 5, window);
                MemberPage second =
                        search.search(containing(fragment, first.next()), everything, new Paging(0, 10), 5, window);
                MemberPage third = search.search(containing(fragment, null), everything, new Paging(2, 10), 5, window);
                List<String> walked = new ArrayList<>();
                for (MemberPage page : List.of(first, second, third)) {
                    assertThat(page.totalExact()).as(as).isFalse();
                    page.content().forEach(m -> walked.add(m.id().toString()));
                }
                assertThat(walked).as(as).isEqualTo(expected);
            }
        }
    }

    private static MemberFilter containing(String fragment, @Nullable String after) {
        return new MemberFilter(
                fragment, MemberFilter.NameMatch.CONTAINS, null, null, null, null, null, null, null, null, null, after);
    }

    /** The first matches of a fragment in the list's order, by a plain query. */
    private List<String> inListOrder(String fragment, int limit) {
        return jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM member WHERE search_name LIKE :f"
                        + " ORDER BY sort_key, id LIMIT :n")
                .param("f", "%" + fragment + "%")
                .param("n", limit)
                .query(String.class)
                .list();
    }

    @Test
    void countsStopAtTheLimit() {
        OrgScope everything = new OrgScope(List.of("/"), null);
        long members = jdbc.sql("SELECT COUNT(*) FROM member").query(Long.class).single();
        assertThat(search.count(MemberFilter.text(null, null), everything, 10)).isEqualTo(10);
        assertThat(search.count(MemberFilter.text(null, null), everything, Integer.MAX_VALUE))
                .isEqualTo(members);
    }

    @Test
    void invalidFiltersAreProblemsOnTheirFields() {
        ApiClient staff = loggedIn("tochuc");
        assertProblem(staff.get("/api/v1/members?minAge=50&maxAge=40"), "member.search.age.range", "maxAge");
        assertProblem(
                staff.get("/api/v1/members?admittedFrom=2020-01-01&admittedTo=2019-01-01"),
                "member.search.admitted.range",
                "admittedTo");
        assertProblem(staff.get("/api/v1/members?after=not-a-cursor"), "member.search.cursor.invalid", "after");
        assertProblem(staff.get("/api/v1/members?status=NOBODY"), "validation.failed", "status");
        assertProblem(staff.get("/api/v1/members?sex=X"), "validation.failed", "sex");
        assertProblem(staff.get("/api/v1/members?minAge=-1"), "validation.failed", "minAge");
        ApiClient.Response export = staff.get("/api/v1/members/export.xlsx?minAge=50&maxAge=40");
        assertProblem(export, "member.search.age.range", "maxAge");
    }

    @Test
    void theExportHoldsTheListWithTitleFiltersHeadersAndDates() throws IOException {
        ApiClient staff = loggedIn("tochuc");
        long scopeRoot = staffScopeRoot();
        String filter = "orgUnitId=" + scopeRoot + "&sex=F&minAge=30&maxAge=60";
        List<String> names = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = staff.get("/api/v1/members?size=100&" + filter + (next == null ? "" : "&after=" + next))
                    .json();
            names.addAll(page.path("content").findValuesAsString("fullName"));
            next = page.path("next").isMissingNode() || page.path("next").isNull()
                    ? null
                    : page.path("next").asString();
        } while (next != null);

        ApiClient.Download download = staff.download("/api/v1/members/export.xlsx?" + filter);

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith(MemberController.XLSX);
        assertThat(download.headers().get("content-disposition")).contains("attachment", ".xlsx");
        List<Row> rows = Sheets.rows(download.bytes());
        assertThat(rows.get(0).getCellText(0)).isEqualTo("DANH SÁCH ĐẢNG VIÊN");
        String unitName = jdbc.sql("SELECT name FROM org_unit WHERE id = :id")
                .param("id", scopeRoot)
                .query(String.class)
                .single();
        assertThat(rows.get(1).getCellText(0))
                .startsWith("Bộ lọc:")
                .contains("Tổ chức: " + unitName, "Giới tính: Nữ", "Tuổi: từ 30 đến 60");
        assertThat(rows.get(3).getCellText(1)).isEqualTo("Họ và tên");
        assertThat(rows.get(3).getCellText(3)).isEqualTo("Ngày sinh");
        List<String> exported = rows.stream().skip(4).map(r -> r.getCellText(1)).toList();
        assertThat(exported).isEqualTo(names);
        Row first = rows.get(4);
        assertThat(first.getCellText(2)).isEqualTo("Nữ");
        LocalDate born = first.getCellAsDate(3).orElseThrow().toLocalDate();
        assertThat(born).isBefore(TODAY.minusYears(30)).isAfter(TODAY.minusYears(61));
        assertThat(audited("member.export")).isPositive();
    }

    @Test
    void anExportAboveTheRowLimitIsRefusedBeforeAnyRowIsWritten() {
        MemberExcelExport small = new MemberExcelExport(search, null, null, clock, 5, 50_000);
        OrgScope everything = new OrgScope(List.of("/"), null);
        vn.dangvu.shared.Actor staff = actorWith(vn.dangvu.shared.Role.ORG_STAFF);
        DomainException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                DomainException.class,
                () -> small.checkedSize(MemberFilter.text(null, null), everything, small.rowLimitFor(staff)));
        assertThat(refused.code()).isEqualTo("member.export.too-many");
        assertThat(refused.args()).containsExactly(5);
        // the city organisation department reports on whole subtrees: its own, larger limit
        vn.dangvu.shared.Actor city = actorWith(vn.dangvu.shared.Role.CITY_ORGANISATION);
        assertThat(small.rowLimitFor(city)).isEqualTo(50_000);
        assertThat(small.checkedSize(MemberFilter.text(null, null), everything, small.rowLimitFor(city)))
                .isGreaterThan(5);
        assertThat(export.checkedSize(MemberFilter.text(null, null), everything, MemberExcelExport.ROW_LIMIT))
                .isPositive();
    }

    private static vn.dangvu.shared.Actor actorWith(vn.dangvu.shared.Role role) {
        return new vn.dangvu.shared.Actor(
                java.util.UUID.randomUUID(), "x", null, null, List.of(new vn.dangvu.shared.RoleGrant(role, 1, "/1/")));
    }

    private void assertFilter(ApiClient staff, String query, String condition) {
        String scope = pathOf(jdbc.sql("SELECT id FROM org_unit WHERE parent_id IS NULL")
                .query(Long.class)
                .single());
        long expected = jdbc.sql("SELECT COUNT(*) FROM member m JOIN org_unit u ON u.id = m.org_unit_id"
                        + " WHERE u.path LIKE :scope AND " + condition)
                .param("scope", scope + "%")
                .query(Long.class)
                .single();
        assertThat(expected).as(query).isPositive();
        JsonNode page = staff.get("/api/v1/members?size=500&" + query).json();
        assertThat(page.path("totalElements").asLong()).as(query).isEqualTo(expected);
        List<String> ids = page.path("content").findValuesAsString("id");
        Set<String> matching = new HashSet<>(jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM member WHERE " + condition)
                .query(String.class)
                .list());
        assertThat(matching).as(query).containsAll(ids);
    }

    private List<String> ids(ApiClient client, String query) {
        return client.get("/api/v1/members?size=500&" + query)
                .json()
                .path("content")
                .findValuesAsString("id");
    }

    private UUID addMember(String fullName, long cellId, LocalDate birthDate) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO member (id, org_unit_id, full_name, search_name, sort_key, sex, birth_date,
                                            ethnicity, status, admitted_on, version, created_at, updated_at)
                        VALUES (:id, :unit, :name, :search, :sort, 'M', :born, 'KINH', 'OFFICIAL', :admitted, 0,
                                :at, :at)""")
                .param("id", id)
                .param("unit", cellId)
                .param("name", VietnameseText.clean(fullName))
                .param("search", VietnameseText.searchKey(fullName))
                .param("sort", VietnameseText.nameSortKey(fullName))
                .param("born", birthDate)
                .param("admitted", birthDate.plusYears(25))
                .param("at", OffsetDateTime.now(clock))
                .update();
        added.add(id);
        return id;
    }

    private long audited(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :action")
                .param("action", action)
                .query(Long.class)
                .single();
    }

    private static void assertProblem(ApiClient.Response response, String code, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.code()).isEqualTo(code);
        assertThat(response.json().path("errors").findValuesAsString("field")).contains(field);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
