package vn.dangvu.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import vn.dangvu.document.internal.DocumentFiles;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/**
 * The file store's disk full during an upload (issue 10 point 2): the upload is answered 507 {@code
 * files.storage-full} in Vietnamese, no row (attachment, material, audit entry) refers to a file that was not stored,
 * no temporary file is left, and the same upload succeeds once there is room again. The store is made full by raising
 * its reserve of free space above what the disk has, and the reserve is put back afterwards.
 */
abstract class FileStoreFullScenarios extends PlatformTestBase {

    @Autowired
    vn.dangvu.shared.files.BlobStore blobs;

    @Value("${dangvu.files.dir}")
    Path filesDir;

    @Test
    void aDocumentAttachmentOnAFullStoreIsRefusedCleanlyAndAcceptedOnceThereIsRoom() throws Exception {
        ApiClient vanphong = loggedIn("vanphong");
        long document = draftDocument(vanphong);
        byte[] pdf = DocumentFiles.pdf("Kế hoạch kiểm tra", "đợt " + UUID.randomUUID());
        String path = "/api/v1/documents/" + document + "/attachments";

        ApiClient.Response refused = whileFull(() -> vanphong.multipart("POST", path, "file", "ke-hoach.pdf", pdf));

        assertStorageFull(refused);
        assertThat(count("SELECT COUNT(*) FROM document_attachment WHERE document_id = :id", document))
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'document.attach' AND entity_id = :id",
                        String.valueOf(document)))
                .isZero();
        assertNothingStored(pdf);

        ApiClient.Response accepted = vanphong.multipart("POST", path, "file", "ke-hoach.pdf", pdf);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(count("SELECT COUNT(*) FROM document_attachment WHERE document_id = :id", document))
                .isEqualTo(1);
        assertThat(blobs.exists(sha256(pdf))).isTrue();
    }

    @Test
    void aMeetingMaterialOnAFullStoreIsRefusedCleanlyAndAcceptedOnceThereIsRoom() throws Exception {
        ApiClient bithu = loggedIn("bithu");
        UUID meeting = planMeeting(bithu);
        byte[] draft = ("Dự thảo nghị quyết " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String path = "/api/v1/meetings/" + meeting + "/materials?title=D%E1%BB%B1%20th%E1%BA%A3o";

        ApiClient.Response refused = whileFull(() -> bithu.multipart("POST", path, "file", "du-thao.txt", draft));

        assertStorageFull(refused);
        assertThat(count("SELECT COUNT(*) FROM meeting_material WHERE meeting_id = :id", meeting))
                .isZero();
        assertNothingStored(draft);

        ApiClient.Response accepted = bithu.multipart("POST", path, "file", "du-thao.txt", draft);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(count("SELECT COUNT(*) FROM meeting_material WHERE meeting_id = :id", meeting))
                .isEqualTo(1);
    }

    /** Runs the upload with a reserve the disk cannot meet, then puts the shared store's reserve back. */
    private ApiClient.Response whileFull(java.util.function.Supplier<ApiClient.Response> upload) throws IOException {
        DataSize reserve = blobs.minFreeSpace();
        long usable = Files.getFileStore(filesDir).getUsableSpace();
        blobs.minFreeSpace(DataSize.ofBytes(usable + DataSize.ofGigabytes(1).toBytes()));
        try {
            return upload.get();
        } finally {
            blobs.minFreeSpace(reserve);
        }
    }

    private static void assertStorageFull(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(507);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo("files.storage-full");
        assertThat(response.json().path("title").asString()).isEqualTo("Kho tệp đã đầy");
        assertThat(response.body())
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("test-files", "reserve", "bytes");
    }

    private void assertNothingStored(byte[] content) throws IOException, NoSuchAlgorithmException {
        assertThat(blobs.exists(sha256(content))).as("the file").isFalse();
        try (Stream<Path> files = Files.walk(filesDir)) {
            assertThat(files.map(Path::toString).filter(name -> name.endsWith(".part")))
                    .as("temporary files")
                    .isEmpty();
        }
    }

    private long draftDocument(ApiClient client) {
        ApiClient.Response r = client.post("/api/v1/documents", """
                {"orgUnitId":%d,"type":"CV","issuerCode":"ĐU","title":"Kế hoạch khi kho tệp đầy",
                 "confidentiality":"PUBLIC","scope":[{"kind":"CITY"}]}""".formatted(secretaryCell()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asLong();
    }

    private UUID planMeeting(ApiClient client) {
        ApiClient.Response r = client.post("/api/v1/meetings", """
                {"orgUnitId":%d,"kind":"REGULAR","title":"Sinh hoạt chi bộ","plannedStart":"%s",
                 "place":"Nhà văn hóa"}""".formatted(
                        secretaryCell(), clock.instant().plus(Duration.ofDays(3))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return UUID.fromString(r.json().path("id").asString());
    }

    private long count(String sql, Object id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
