package vn.dangvu.member.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/**
 * The committee's export of the personal data it controls (issue 10 point 7): every member of the subtree in every
 * module's files, nobody from outside it, the fields described, the counts in the README, the export audited; a unit
 * outside the caller's scope is not found.
 */
abstract class PersonalDataExportScenarios extends PlatformTestBase {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void organisationStaffExportThePersonalDataOfTheirSubtree() throws IOException {
        long root = staffScopeRoot();
        String path = pathOf(root);
        long audited = audited(root);
        ApiClient.Download download = loggedIn("tochuc").download("/api/v1/org-units/" + root + "/personal-data.zip");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/zip");
        Map<String, String> files = unzip(download.bytes());

        assertThat(files)
                .containsKeys(
                        "org-units.jsonl",
                        "fields.json",
                        "README.txt",
                        "member.record.jsonl",
                        "member.events.jsonl",
                        "security.account.jsonl",
                        "meeting.invitations.jsonl",
                        "handbook.feedback.jsonl");
        List<String> keys = List.copyOf(files.keySet());
        assertThat(keys.indexOf("member.record.jsonl")).isLessThan(keys.indexOf("security.account.jsonl"));

        Set<String> inSubtree = new HashSet<>(
                jdbc.sql("""
                        SELECT CAST(m.id AS VARCHAR(36)) FROM member m JOIN org_unit u ON u.id = m.org_unit_id
                         WHERE u.path LIKE :prefix""").param("prefix", path + "%").query(String.class).list());
        Set<String> exported = new HashSet<>();
        for (JsonNode line : lines(files.get("member.record.jsonl"))) {
            exported.add(line.path("member_id").asString());
            assertThat(line.has("full_name")).isTrue();
        }
        assertThat(exported).as("every member of the subtree, once").isEqualTo(inSubtree);
        assertThat(lines(files.get("member.record.jsonl"))).hasSize(inSubtree.size());
        for (JsonNode line : lines(files.get("member.events.jsonl"))) {
            assertThat(inSubtree).contains(line.path("member_id").asString());
        }
        assertThat(lines(files.get("org-units.jsonl")).get(0).path("id").asLong())
                .isEqualTo(root);
        JsonNode fields = json.readTree(files.get("fields.json"));
        assertThat(fields.get(0).path("file").asString()).isEqualTo("member.record.jsonl");
        assertThat(fields.get(0).path("fields").get(0).path("label").asString()).isEqualTo("Họ và tên đang dùng");
        assertThat(files.get("README.txt")).contains("Nghị định 13/2023/NĐ-CP", "member.record: " + inSubtree.size());
        assertThat(audited(root)).isEqualTo(audited + 1);
    }

    @Test
    void aUnitOutsideTheScopeIsNotFoundAndOtherRolesAreRefused() {
        long outside = unitOutside(pathOf(staffScopeRoot()), "CELL");
        ApiClient.Response response = loggedIn("tochuc").get("/api/v1/org-units/" + outside + "/personal-data.zip");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("org.unit.not-found");
        assertThat(loggedIn("bithu")
                        .get("/api/v1/org-units/" + secretaryCell() + "/personal-data.zip")
                        .status())
                .isEqualTo(403);
    }

    private List<JsonNode> lines(String text) {
        return text.lines().filter(l -> !l.isBlank()).map(json::readTree).toList();
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private long audited(long unit) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'member.personal-data.export'"
                        + " AND entity_id = :id")
                .param("id", String.valueOf(unit))
                .query(Long.class)
                .single();
    }
}
