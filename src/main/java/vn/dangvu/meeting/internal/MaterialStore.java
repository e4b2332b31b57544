package vn.dangvu.meeting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.meeting.MaterialView;

/** The {@code meeting_material} rows; the files themselves are in the BlobStore under their digest. */
@Component
public class MaterialStore {

    /** A material row with its file's digest. */
    public record Stored(MaterialView view, String sha256) {}

    private final JdbcClient jdbc;

    MaterialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(
            UUID id,
            UUID meetingId,
            String purpose,
            String title,
            String fileName,
            String contentType,
            String sha256,
            long size,
            String by,
            Instant now) {
        jdbc.sql("""
                        INSERT INTO meeting_material (id, meeting_id, purpose, title, file_name, content_type, sha256,
                               size_bytes, uploaded_at, uploaded_by)
                        VALUES (:id, :m, :purpose, :title, :file, :type, :sha, :size, :now, :by)""")
                .param("id", id)
                .param("m", meetingId)
                .param("purpose", purpose)
                .param("title", title)
                .param("file", fileName)
                .param("type", contentType)
                .param("sha", sha256)
                .param("size", size)
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    /** Publishes a material once; a second publication keeps the first time. */
    public boolean publish(UUID meetingId, UUID materialId, Instant now) {
        return jdbc.sql("""
                                UPDATE meeting_material SET published_at = :now
                                 WHERE id = :id AND meeting_id = :m AND published_at IS NULL""")
                        .param("now", Timestamp.from(now))
                        .param("id", materialId)
                        .param("m", meetingId)
                        .update()
                == 1;
    }

    public List<MaterialView> of(UUID meetingId, Instant plannedStart, Instant now, boolean publishedOnly) {
        return jdbc.sql("SELECT * FROM meeting_material WHERE meeting_id = :m"
                        + (publishedOnly ? " AND published_at IS NOT NULL" : "")
                        + " ORDER BY uploaded_at, id")
                .param("m", meetingId)
                .query((rs, n) -> row(rs, plannedStart, now).view())
                .list();
    }

    public Optional<Stored> find(UUID meetingId, UUID materialId, Instant plannedStart, Instant now) {
        return jdbc.sql("SELECT * FROM meeting_material WHERE meeting_id = :m AND id = :id")
                .param("m", meetingId)
                .param("id", materialId)
                .query((rs, n) -> row(rs, plannedStart, now))
                .optional();
    }

    private static Stored row(ResultSet rs, Instant plannedStart, Instant now) throws SQLException {
        Instant published = MeetingStore.instant(rs, "published_at");
        String purpose = rs.getString("purpose");
        return new Stored(
                new MaterialView(
                        rs.getObject("id", UUID.class),
                        purpose,
                        rs.getString("title"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getLong("size_bytes"),
                        rs.getTimestamp("uploaded_at").toInstant(),
                        published,
                        "MATERIAL".equals(purpose) && MaterialsNoticePolicy.late(published, plannedStart, now)),
                rs.getString("sha256"));
    }
}
