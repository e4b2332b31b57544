package vn.dangvu.org.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/** The tree over HTTP: scoped reads, diacritic-free search, creation and moves under the nesting rules. */
abstract class OrgTreeScenarios extends PlatformTestBase {

    @Test
    void staffSeeTheirSubtreeFromItsRoot() {
        ApiClient staff = loggedIn("tochuc");
        long root = staffScopeRoot();
        JsonNode roots = staff.get("/api/v1/org-units/roots").json();
        assertThat(roots).hasSize(1);
        assertThat(roots.get(0).path("id").asLong()).isEqualTo(root);
        JsonNode children =
                staff.get("/api/v1/org-units/" + root + "/children?size=500").json();
        assertThat(children.path("totalElements").asLong()).isPositive();
        children.path("content")
                .forEach(child -> assertThat(child.path("parentId").asLong()).isEqualTo(root));
        long outside = unitOutside(pathOf(root), "CELL");
        ApiClient.Response hidden = staff.get("/api/v1/org-units/" + outside);
        assertThat(hidden.status()).as("outside the scope reads as absent").isEqualTo(404);
        assertThat(staff.get("/api/v1/org-units/" + outside + "/children").status())
                .isEqualTo(404);
    }

    @Test
    void searchIgnoresDiacriticsAndRevealsAncestors() {
        ApiClient staff = loggedIn("bantochuc");
        long cell = secretaryCell();
        String name = jdbc.sql("SELECT name FROM org_unit WHERE id = :id")
                .param("id", cell)
                .query(String.class)
                .single();
        String plain = vn.dangvu.shared.text.VietnameseText.searchKey(name).toUpperCase(java.util.Locale.ROOT);
        JsonNode found = staff.get("/api/v1/org-units?size=500&q="
                        + java.net.URLEncoder.encode(plain, java.nio.charset.StandardCharsets.UTF_8))
                .json();
        assertThat(found.path("content").findValuesAsString("name")).contains(name);
        JsonNode ancestors =
                staff.get("/api/v1/org-units/" + cell + "/ancestors").json();
        assertThat(ancestors.get(0).path("parentId").isNull()).isTrue();
        assertThat(ancestors.get(ancestors.size() - 1).path("id").asLong())
                .isEqualTo(jdbc.sql("SELECT parent_id FROM org_unit WHERE id = :id")
                        .param("id", cell)
                        .query(Long.class)
                        .single());
    }

    @Test
    void createFollowsTheNestingRules() {
        ApiClient staff = loggedIn("tochuc");
        long grassroots = unitInside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE");
        ApiClient.Response created = staff.post(
                "/api/v1/org-units",
                "{\"parentId\":" + grassroots
                        + ",\"kind\":\"CELL\",\"code\":\"TEST.CB.01\",\"name\":\"Chi bộ Phòng Thử nghiệm\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().get("location")).contains("/api/v1/org-units/");
        assertThat(created.json().path("path").asString()).startsWith(pathOf(grassroots));

        ApiClient.Response refused = staff.post(
                "/api/v1/org-units",
                "{\"parentId\":" + grassroots
                        + ",\"kind\":\"COMMUNE\",\"code\":\"TEST.X\",\"name\":\"Đảng bộ phường Sai\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("org.nesting.not-allowed");
        assertThat(refused.json().path("detail").asString()).contains("Điều 21");

        ApiClient.Response invalid = staff.post(
                "/api/v1/org-units",
                "{\"parentId\":" + grassroots + ",\"kind\":\"CELL\",\"code\":\"có dấu\",\"name\":\"\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("errors").findValuesAsString("field")).contains("code", "name");

        long foreign = unitOutside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE");
        assertThat(staff.post(
                                "/api/v1/org-units",
                                "{\"parentId\":" + foreign
                                        + ",\"kind\":\"CELL\",\"code\":\"TEST.CB.02\",\"name\":\"Chi bộ Ngoài\"}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void moveRewritesTheSubtreeAndRefusesStaleVersions() {
        ApiClient city = loggedIn("bantochuc");
        String scope = pathOf(staffScopeRoot());
        // not the demo secretary's cell: other scenarios count on it staying in the organisation staff's scope
        long cell = jdbc.sql("""
                        SELECT id FROM org_unit WHERE kind = 'CELL' AND state = 'ACTIVE' AND path LIKE :p
                           AND id <> :secretary ORDER BY id LIMIT 1""")
                .param("p", scope + "%")
                .param("secretary", secretaryCell())
                .query(Long.class)
                .single();
        JsonNode unit = city.get("/api/v1/org-units/" + cell).json();
        long target = jdbc.sql("""
                        SELECT id FROM org_unit WHERE kind = 'GRASSROOTS_COMMITTEE' AND id <> :parent ORDER BY id DESC LIMIT 1""")
                .param("parent", unit.path("parentId").asLong())
                .query(Long.class)
                .single();
        ApiClient.Response moved = city.post(
                "/api/v1/org-units/" + cell + "/move",
                "{\"newParentId\":" + target + ",\"version\":"
                        + unit.path("version").asLong() + "," + OrgChangeScenarios.DECISION + "}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().path("path").asString()).isEqualTo(pathOf(target) + cell + "/");
        long staleVersion = unit.path("version").asLong();
        ApiClient.Response stale = city.post(
                "/api/v1/org-units/" + cell + "/move",
                "{\"newParentId\":" + unit.path("parentId").asLong() + ",\"version\":" + staleVersion + ","
                        + OrgChangeScenarios.DECISION + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("conflict.stale");

        long grassroots = unitInside(scope, "GRASSROOTS_COMMITTEE");
        JsonNode g = city.get("/api/v1/org-units/" + grassroots).json();
        long ownChild = jdbc.sql("SELECT id FROM org_unit WHERE parent_id = :id ORDER BY id LIMIT 1")
                .param("id", grassroots)
                .query(Long.class)
                .single();
        ApiClient.Response loop = city.post(
                "/api/v1/org-units/" + grassroots + "/move",
                "{\"newParentId\":" + ownChild + ",\"version\":"
                        + g.path("version").asLong() + "," + OrgChangeScenarios.DECISION + "}");
        assertThat(loop.status()).isEqualTo(422);
    }
}
