package vn.dangvu.org.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/**
 * Organisation changes over HTTP: each command with its decision and history entry, stale versions refused, merges
 * moving members and child units, dissolution refused while members remain, previews that write nothing, terms, size
 * warnings and the caller's scope. Every scenario works on units it creates itself, so the demo tree other tests use
 * stays as it was.
 */
abstract class OrgChangeScenarios extends PlatformTestBase {

    private static final AtomicInteger SEQ = new AtomicInteger();

    static final String DECISION = "\"decisionNumber\":\"125-QĐ/ĐU\",\"decisionDate\":\"2026-02-20\","
            + "\"issuer\":\"Ban Thường vụ Đảng ủy phường\",\"effectiveOn\":\"2026-02-25\"";

    @Test
    void renameIsADatedEventAndAStaleVersionIsRefused() {
        ApiClient staff = loggedIn("tochuc");
        long committee = committeeInScope();
        JsonNode cell = createCell(staff, committee, "Chi bộ Tổ dân phố Một");
        assertThat(history(staff, cell.path("id").asLong()).get(0).path("kind").asString())
                .isEqualTo("CREATED");

        ApiClient.Response renamed = staff.post(
                "/api/v1/org-units/" + cell.path("id").asLong() + "/rename",
                "{\"name\":\"Chi bộ Tổ dân phố Số 1\",\"version\":"
                        + cell.path("version").asLong() + "," + DECISION + "}");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().path("name").asString()).isEqualTo("Chi bộ Tổ dân phố Số 1");
        JsonNode entry = history(staff, cell.path("id").asLong()).get(0);
        assertThat(entry.path("kind").asString()).isEqualTo("RENAMED");
        assertThat(entry.path("nameBefore").asString()).isEqualTo("Chi bộ Tổ dân phố Một");
        assertThat(entry.path("decisionNumber").asString()).isEqualTo("125-QĐ/ĐU");
        assertThat(entry.path("decisionDate").asString()).isEqualTo("2026-02-20");
        assertThat(entry.path("effectiveOn").asString()).isEqualTo("2026-02-25");
        assertThat(entry.path("issuer").asString()).isEqualTo("Ban Thường vụ Đảng ủy phường");
        assertThat(entry.path("recordedBy").asString()).isEqualTo("tochuc");

        ApiClient.Response stale = staff.post(
                "/api/v1/org-units/" + cell.path("id").asLong() + "/rename",
                "{\"name\":\"Chi bộ Khác\",\"version\":" + cell.path("version").asLong() + "," + DECISION + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("conflict.stale");

        ApiClient.Response badNumber = staff.post(
                "/api/v1/org-units/" + cell.path("id").asLong() + "/rename",
                "{\"name\":\"Chi bộ Khác\",\"version\":"
                        + renamed.json().path("version").asLong()
                        + ",\"decisionNumber\":\"QĐ số 5\",\"decisionDate\":\"2026-02-20\",\"issuer\":\"Đảng ủy\","
                        + "\"effectiveOn\":\"2026-02-25\"}");
        assertThat(badNumber.status()).isEqualTo(422);
        assertThat(badNumber.json().path("errors").findValuesAsString("field")).containsExactly("decisionNumber");

        ApiClient.Response missing = staff.post(
                "/api/v1/org-units/" + cell.path("id").asLong() + "/rename", "{\"name\":\"\",\"version\":1}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("errors").findValuesAsString("field"))
                .contains("name", "decisionNumber", "decisionDate", "issuer", "effectiveOn");
        assertThat(history(staff, cell.path("id").asLong())).hasSize(2);
    }

    @Test
    void mergeMovesActiveMembersAndChildUnitsToTheSurvivorAndThePreviewWritesNothing() {
        ApiClient staff = loggedIn("tochuc");
        long committee = committeeInScope();
        JsonNode absorbed = createCell(staff, committee, "Chi bộ Khu phố Hai");
        JsonNode survivor = createCell(staff, committee, "Chi bộ Khu phố Ba");
        long a = absorbed.path("id").asLong();
        long s = survivor.path("id").asLong();
        JsonNode group = create(staff, a, "PARTY_GROUP", "Tổ đảng số 1");
        List<UUID> active = new ArrayList<>(members(a, "OFFICIAL", 3));
        active.addAll(members(a, "PROBATIONARY", 1));
        UUID removed = members(a, "REMOVED", 1).get(0);
        members(s, "OFFICIAL", 6);
        long eventsBefore = count("SELECT COUNT(*) FROM org_unit_event");

        ApiClient.Response preview =
                staff.post("/api/v1/org-units/" + s + "/merge/preview", "{\"absorbedIds\":[" + a + "]}");
        assertThat(preview.status()).isEqualTo(200);
        JsonNode p = preview.json();
        assertThat(p.path("membersMoving").asLong()).isEqualTo(4);
        assertThat(p.path("unitsAffected").asLong()).isEqualTo(2);
        assertThat(p.path("directUnits").get(0).asString()).isEqualTo("Chi bộ Khu phố Hai");
        assertThat(p.path("newParentPath").asString()).endsWith("Chi bộ Khu phố Ba");
        assertThat(p.path("warnings").findValuesAsString("code")).contains("ELECTS_CELL_COMMITTEE");
        assertThat(count("SELECT COUNT(*) FROM org_unit_event"))
                .as("preview writes nothing")
                .isEqualTo(eventsBefore);
        assertThat(count("SELECT COUNT(*) FROM member WHERE org_unit_id = " + a))
                .isEqualTo(5);
        assertThat(staff.get("/api/v1/org-units/" + a).json().path("version").asLong())
                .isEqualTo(absorbed.path("version").asLong());

        long versionA = versionIn(p, a);
        long versionS = versionIn(p, s);
        ApiClient.Response merged = staff.post(
                "/api/v1/org-units/" + s + "/merge",
                "{\"version\":" + versionS + ",\"absorbed\":[{\"id\":" + a + ",\"version\":" + versionA + "}],"
                        + DECISION + "}");
        assertThat(merged.status()).isEqualTo(200);
        assertThat(merged.json().path("childCount").asLong()).isEqualTo(1);
        for (UUID id : active) {
            assertThat(cellOf(id)).isEqualTo(s);
        }
        assertThat(cellOf(removed)).as("a removed member keeps their last cell").isEqualTo(a);
        assertThat(pathOf(group.path("id").asLong()))
                .isEqualTo(pathOf(s) + group.path("id").asLong() + "/");

        JsonNode ended = staff.get("/api/v1/org-units/" + a).json();
        assertThat(ended.path("state").asString()).isEqualTo("MERGED");
        assertThat(ended.path("endedOn").asString()).isEqualTo("2026-02-25");
        assertThat(staff.get("/api/v1/org-units/" + committee + "/children?size=500")
                        .json()
                        .path("content")
                        .findValuesAsString("name"))
                .contains("Chi bộ Khu phố Ba")
                .doesNotContain("Chi bộ Khu phố Hai");
        assertThat(history(staff, a).get(0).path("kind").asString()).isEqualTo("MERGED");
        assertThat(history(staff, a).get(0).path("relatedUnitName").asString()).isEqualTo("Chi bộ Khu phố Ba");
        JsonNode survivorEntry = history(staff, s).get(0);
        assertThat(survivorEntry.path("kind").asString()).isEqualTo("MERGED");
        assertThat(survivorEntry.path("relatedUnitId").asLong()).isEqualTo(a);
        assertThat(survivorEntry.path("membersMoved").asInt()).isEqualTo(4);
        assertThat(history(staff, group.path("id").asLong()).get(0).path("kind").asString())
                .isEqualTo("MOVED");
        assertThat(count("SELECT COUNT(*) FROM member_change WHERE field = 'cell' AND member_id = '" + active.get(0)
                        + "'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM member_event WHERE kind = 'UNIT_REORGANISED' AND org_unit_id = " + s
                        + " AND member_id = '" + active.get(0) + "'"))
                .as("the move is a dated step of the member's party history")
                .isEqualTo(1);

        ApiClient.Response again = staff.post(
                "/api/v1/org-units/" + s + "/merge",
                "{\"version\":" + merged.json().path("version").asLong() + ",\"absorbed\":[{\"id\":" + a
                        + ",\"version\":" + versionA + "}]," + DECISION + "}");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.code()).isEqualTo("org.unit.not-active");

        JsonNode other = createCell(staff, committee, "Chi bộ Khu phố Bốn");
        ApiClient.Response stale = staff.post(
                "/api/v1/org-units/" + s + "/merge",
                "{\"version\":" + versionS + ",\"absorbed\":[{\"id\":"
                        + other.path("id").asLong() + ",\"version\":"
                        + other.path("version").asLong() + "}]," + DECISION + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(staff.get("/api/v1/org-units/" + other.path("id").asLong())
                        .json()
                        .path("state")
                        .asString())
                .as("a refused merge changes nothing")
                .isEqualTo("ACTIVE");
    }

    @Test
    void dissolveIsRefusedWhileMembersRemain() {
        ApiClient staff = loggedIn("tochuc");
        JsonNode cell = createCell(staff, committeeInScope(), "Chi bộ Trường Mầm non");
        long id = cell.path("id").asLong();
        UUID member = members(id, "OFFICIAL", 1).get(0);
        ApiClient.Response refused = staff.post(
                "/api/v1/org-units/" + id + "/dissolve",
                "{\"version\":" + cell.path("version").asLong() + "," + DECISION + "}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("org.dissolve.not-empty");
        assertThat(refused.json().path("detail").asString()).contains("Điều 10", "Điều 21", "1 đảng viên");

        jdbc.sql("UPDATE member SET status = 'DECEASED' WHERE id = :id")
                .param("id", member)
                .update();
        ApiClient.Response dissolved = staff.post(
                "/api/v1/org-units/" + id + "/dissolve",
                "{\"version\":" + cell.path("version").asLong() + "," + DECISION + "}");
        assertThat(dissolved.status()).isEqualTo(200);
        assertThat(dissolved.json().path("state").asString()).isEqualTo("DISSOLVED");
        assertThat(history(staff, id).get(0).path("kind").asString()).isEqualTo("DISSOLVED");
        assertThat(staff.get("/api/v1/org-units?size=500&q=Truong%20Mam%20non")
                        .json()
                        .path("content")
                        .findValuesAsString("name"))
                .doesNotContain("Chi bộ Trường Mầm non");
    }

    @Test
    void splitFormsNewUnitsBesideTheSourceWithTheChosenMembers() {
        ApiClient staff = loggedIn("tochuc");
        long committee = committeeInScope();
        JsonNode source = createCell(staff, committee, "Chi bộ Khối Văn phòng");
        long id = source.path("id").asLong();
        List<UUID> members = members(id, "OFFICIAL", 5);
        String code = "SPLIT." + SEQ.incrementAndGet();
        String parts = "\"parts\":[{\"kind\":\"CELL\",\"code\":\"" + code
                + "\",\"name\":\"Chi bộ Khối Tài chính\",\"memberIds\":[\"" + members.get(0) + "\",\"" + members.get(1)
                + "\"],\"childIds\":[]}]";
        long eventsBefore = count("SELECT COUNT(*) FROM org_unit_event");
        ApiClient.Response preview = staff.post("/api/v1/org-units/" + id + "/split/preview", "{" + parts + "}");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().path("membersMoving").asLong()).isEqualTo(2);
        assertThat(preview.json().path("warnings").findValuesAsString("code"))
                .as("the new cell would have 2 official members")
                .contains("TOO_FEW_OFFICIAL");
        assertThat(count("SELECT COUNT(*) FROM org_unit_event")).isEqualTo(eventsBefore);
        assertThat(count("SELECT COUNT(*) FROM org_unit WHERE code = '" + code + "'"))
                .isZero();

        ApiClient.Response split = staff.post(
                "/api/v1/org-units/" + id + "/split",
                "{\"version\":" + source.path("version").asLong() + "," + parts + "," + DECISION + "}");
        assertThat(split.status()).isEqualTo(200);
        long created = split.json().get(0).path("id").asLong();
        assertThat(split.json().get(0).path("parentId").asLong()).isEqualTo(committee);
        assertThat(cellOf(members.get(0))).isEqualTo(created);
        assertThat(cellOf(members.get(2))).isEqualTo(id);
        assertThat(history(staff, created).get(0).path("kind").asString()).isEqualTo("SPLIT");
        assertThat(history(staff, id).get(0).path("relatedUnitId").asLong()).isEqualTo(created);

        ApiClient.Response wrongMember = staff.post(
                "/api/v1/org-units/" + id + "/split/preview",
                "{\"parts\":[{\"kind\":\"CELL\",\"code\":\"X." + SEQ.incrementAndGet()
                        + "\",\"name\":\"Chi bộ X\",\"memberIds\":[\"" + members.get(0) + "\"]}]}");
        assertThat(wrongMember.status()).isEqualTo(422);
        assertThat(wrongMember.json().path("errors").findValuesAsString("field"))
                .containsExactly("parts[0].memberIds");
    }

    @Test
    void moveCarriesItsDecisionAndThePreviewShowsTheNewPlace() {
        ApiClient staff = loggedIn("tochuc");
        long committee = committeeInScope();
        JsonNode cell = createCell(staff, committee, "Chi bộ Tổ dân phố Năm");
        long id = cell.path("id").asLong();
        members(id, "OFFICIAL", 2);
        long target = jdbc.sql("""
                        SELECT id FROM org_unit WHERE kind = 'GRASSROOTS_COMMITTEE' AND state = 'ACTIVE'
                           AND path LIKE :scope AND id <> :c ORDER BY id DESC LIMIT 1""")
                .param("scope", pathOf(staffScopeRoot()) + "%")
                .param("c", committee)
                .query(Long.class)
                .single();
        ApiClient.Response preview =
                staff.post("/api/v1/org-units/" + id + "/move/preview", "{\"newParentId\":" + target + "}");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().path("membersMoving").asLong()).isEqualTo(2);
        assertThat(preview.json().path("unitsAffected").asLong()).isEqualTo(1);
        String targetName = jdbc.sql("SELECT name FROM org_unit WHERE id = :id")
                .param("id", target)
                .query(String.class)
                .single();
        assertThat(preview.json().path("newParentPath").asString()).endsWith(targetName);
        assertThat(preview.json().path("warnings").findValuesAsString("code")).contains("TOO_FEW_OFFICIAL");
        assertThat(pathOf(id)).startsWith(pathOf(committee));

        ApiClient.Response moved = staff.post(
                "/api/v1/org-units/" + id + "/move",
                "{\"newParentId\":" + target + ",\"version\":"
                        + cell.path("version").asLong() + "," + DECISION + "}");
        assertThat(moved.status()).isEqualTo(200);
        JsonNode entry = history(staff, id).get(0);
        assertThat(entry.path("kind").asString()).isEqualTo("MOVED");
        assertThat(entry.path("parentBefore").asLong()).isEqualTo(committee);
        assertThat(entry.path("parentAfter").asLong()).isEqualTo(target);
        assertThat(entry.path("parentAfterName").asString()).isEqualTo(targetName);
    }

    @Test
    void termsFollowTheKindAndTheCurrentOneIsMarked() {
        ApiClient staff = loggedIn("tochuc");
        JsonNode cell = createCell(staff, committeeInScope(), "Chi bộ Tổ dân phố Sáu");
        long id = cell.path("id").asLong();
        JsonNode empty = staff.get("/api/v1/org-units/" + id + "/terms").json();
        assertThat(empty.path("allowedLengths").toString()).isEqualTo("[30,60]");

        assertThat(staff.post(
                                "/api/v1/org-units/" + id + "/terms",
                                "{\"congressNumber\":4,\"startsOn\":\"2022-07-10\",\"lengthMonths\":30}")
                        .status())
                .isEqualTo(201);
        ApiClient.Response second = staff.post(
                "/api/v1/org-units/" + id + "/terms",
                "{\"congressNumber\":5,\"startsOn\":\"2025-04-12\",\"lengthMonths\":60}");
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().path("endsOn").asString()).isEqualTo("2030-04-12");
        JsonNode terms = staff.get("/api/v1/org-units/" + id + "/terms").json().path("terms");
        assertThat(terms.get(0).path("congressNumber").asInt()).isEqualTo(5);
        assertThat(terms.get(0).path("current").asBoolean()).isTrue();
        assertThat(terms.get(1).path("current").asBoolean()).isFalse();

        ApiClient.Response backwards = staff.post(
                "/api/v1/org-units/" + id + "/terms",
                "{\"congressNumber\":5,\"startsOn\":\"2025-12-01\",\"lengthMonths\":30}");
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.json().path("errors").findValuesAsString("field")).containsExactly("congressNumber");
        long committee = committeeInScope();
        ApiClient.Response committeeTerm = staff.post(
                "/api/v1/org-units/" + committee + "/terms",
                "{\"congressNumber\":99,\"startsOn\":\"2025-06-01\",\"lengthMonths\":30}");
        assertThat(committeeTerm.status()).isEqualTo(422);
        assertThat(committeeTerm.json().path("errors").findValuesAsString("field"))
                .containsExactly("lengthMonths");
    }

    @Test
    void sizeWarningsOfAUnit() {
        ApiClient staff = loggedIn("tochuc");
        JsonNode cell = createCell(staff, committeeInScope(), "Chi bộ Tổ dân phố Bảy");
        long id = cell.path("id").asLong();
        members(id, "OFFICIAL", 2);
        members(id, "EXEMPTED", 1);
        JsonNode warnings = staff.get("/api/v1/org-units/" + id + "/warnings").json();
        assertThat(warnings.findValuesAsString("code")).containsExactly("TOO_FEW_OFFICIAL");
        assertThat(warnings.get(0).path("count").asLong()).isEqualTo(2);
        members(id, "OFFICIAL", 7);
        assertThat(staff.get("/api/v1/org-units/" + id + "/warnings").json().findValuesAsString("code"))
                .containsExactly("ELECTS_CELL_COMMITTEE");
    }

    @Test
    void staffCannotReachAnotherSubtreeThroughAnyOfTheUnitsAChangeNames() {
        ApiClient staff = loggedIn("tochuc");
        long committee = committeeInScope();
        JsonNode cell = createCell(staff, committee, "Chi bộ Tổ dân phố Tám");
        String scope = pathOf(staffScopeRoot());
        long outsideCell = unitOutside(scope, "CELL");
        long outsideCommittee = unitOutside(scope, "GRASSROOTS_COMMITTEE");
        long id = cell.path("id").asLong();
        assertThat(staff.post("/api/v1/org-units/" + id + "/merge/preview", "{\"absorbedIds\":[" + outsideCell + "]}")
                        .status())
                .isEqualTo(404);
        assertThat(staff.post(
                                "/api/v1/org-units/" + id + "/merge",
                                "{\"version\":0,\"absorbed\":[{\"id\":" + outsideCell + ",\"version\":0}]," + DECISION
                                        + "}")
                        .status())
                .isEqualTo(404);
        assertThat(staff.post("/api/v1/org-units/" + id + "/move/preview", "{\"newParentId\":" + outsideCommittee + "}")
                        .status())
                .isEqualTo(404);
        assertThat(staff.post(
                                "/api/v1/org-units/" + id + "/move",
                                "{\"newParentId\":" + outsideCommittee + ",\"version\":"
                                        + cell.path("version").asLong() + "," + DECISION + "}")
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT state FROM org_unit WHERE id = :id")
                        .param("id", outsideCell)
                        .query(String.class)
                        .single())
                .isEqualTo("ACTIVE");
    }

    // --- fixtures -------------------------------------------------------------------------------------------------

    long committeeInScope() {
        return unitInside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE");
    }

    JsonNode createCell(ApiClient staff, long parent, String name) {
        return create(staff, parent, "CELL", name);
    }

    JsonNode create(ApiClient staff, long parent, String kind, String name) {
        ApiClient.Response created = staff.post(
                "/api/v1/org-units",
                "{\"parentId\":" + parent + ",\"kind\":\"" + kind + "\",\"code\":\"CHG." + SEQ.incrementAndGet() + "."
                        + System.identityHashCode(this) + "\",\"name\":\"" + name + "\"," + DECISION + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    JsonNode history(ApiClient staff, long unit) {
        ApiClient.Response response = staff.get("/api/v1/org-units/" + unit + "/history");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    /** Registers members of the given status directly in the cell (the member module's admission is elsewhere). */
    List<UUID> members(long cell, String status, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            INSERT INTO member (id, org_unit_id, full_name, search_name, sort_key, sex, birth_date,
                                                ethnicity, status, admitted_on, version, created_at, updated_at)
                            VALUES (:id, :cell, 'Nguyễn Văn Thử', 'nguyen van thu', 'thu nguyen van', 'M', :birth,
                                    'KINH', :status, :admitted, 0, :now, :now)""")
                    .param("id", id)
                    .param("cell", cell)
                    .param("birth", LocalDate.of(1980, 1, 1))
                    .param("status", status)
                    .param("admitted", LocalDate.of(2010, 5, 19))
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
            ids.add(id);
        }
        return ids;
    }

    long cellOf(UUID member) {
        return jdbc.sql("SELECT org_unit_id FROM member WHERE id = :id")
                .param("id", member)
                .query(Long.class)
                .single();
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    static long versionIn(JsonNode preview, long unitId) {
        for (JsonNode v : preview.path("versions")) {
            if (v.path("id").asLong() == unitId) {
                return v.path("version").asLong();
            }
        }
        throw new AssertionError("no version of " + unitId + " in " + preview);
    }
}
