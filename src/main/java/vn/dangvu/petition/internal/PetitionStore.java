package vn.dangvu.petition.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.petition.PetitionAttachment;
import vn.dangvu.petition.PetitionChannel;
import vn.dangvu.petition.PetitionCompetence;
import vn.dangvu.petition.PetitionKind;
import vn.dangvu.petition.PetitionState;
import vn.dangvu.petition.PetitionStep;
import vn.dangvu.petition.PetitionStepAction;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.SqlFragment;

/** The {@code petition}, {@code petition_step} and {@code petition_attachment} rows; every change is one statement. */
@Component
public class PetitionStore {

    /** An attachment row with its file's digest. */
    public record StoredFile(PetitionAttachment view, String sha256) {}

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;

    PetitionStore(JdbcClient jdbc, OrgUnits orgUnits) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
    }

    /**
     * The condition "the petition was received or is handled in the scope", so that the receiving unit keeps
     * sight of what it routed and the competent unit sees what was routed to it.
     */
    public SqlFragment visible(String alias, OrgScope scope) {
        SqlFragment received = orgUnits.unitWithin(alias + ".received_unit_id", scope, "sr");
        SqlFragment handling = orgUnits.unitWithin(alias + ".handling_unit_id", scope, "sh");
        java.util.Map<String, Object> params = new java.util.HashMap<>(received.params());
        params.putAll(handling.params());
        return new SqlFragment("(" + received.sql() + " OR " + handling.sql() + ")", params);
    }

    /** The petition if it is visible in the scope; otherwise {@code petition.not-found} (404). */
    public PetitionRow require(UUID id, OrgScope scope) {
        SqlFragment visible = visible("p", scope);
        return jdbc.sql("SELECT p.* FROM petition p WHERE p.id = :id AND " + visible.sql())
                .params(visible.params())
                .param("id", id)
                .query(PetitionStore::petition)
                .optional()
                .orElseThrow(() -> DomainException.notFound("petition.not-found", id));
    }

    public void insert(PetitionRow p, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO petition (id, received_unit_id, handling_unit_id, petitioner_name, petitioner_address,
                               petitioner_phone, petitioner_id_no, channel, received_on, subject, content, state,
                               accept_due, version, created_at, created_by, updated_at)
                        VALUES (:id, :unit, :unit, :name, :address, :phone, :idNo, :channel, :received, :subject,
                               :content, :state, :acceptDue, 0, :now, :by, :now)""")
                .param("id", p.id())
                .param("unit", p.receivedUnitId())
                .param("name", p.petitionerName())
                .param("address", p.petitionerAddress())
                .param("phone", p.petitionerPhone())
                .param("idNo", p.petitionerIdNo())
                .param("channel", p.channel().name())
                .param("received", Date.valueOf(p.receivedOn()))
                .param("subject", p.subject())
                .param("content", p.content())
                .param("state", p.state().name())
                .param("acceptDue", Date.valueOf(p.acceptDue()))
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    /** Writes the handling fields when the version still matches; otherwise 409 and nothing changes. */
    public void update(PetitionRow p, long expectedVersion, Instant now) {
        int updated = jdbc.sql("""
                        UPDATE petition SET handling_unit_id = :handling, kind = :kind, competence = :competence,
                               complex = :complex, second_instance = :second, duplicate_of = :duplicate, state = :state,
                               accept_due = :acceptDue, accepted_on = :accepted, settle_due = :settleDue,
                               extensions = :extensions, guidance = :guidance, reply_text = :reply,
                               replied_on = :replied, closed_on = :closed, updated_at = :now, version = version + 1
                         WHERE id = :id AND version = :version""")
                .param("handling", p.handlingUnitId())
                .param("kind", p.kind() == null ? null : p.kind().name())
                .param(
                        "competence",
                        p.competence() == null ? null : p.competence().name())
                .param("complex", p.complex())
                .param("second", p.secondInstance())
                .param("duplicate", p.duplicateOf())
                .param("state", p.state().name())
                .param("acceptDue", Date.valueOf(p.acceptDue()))
                .param("accepted", date(p.acceptedOn()))
                .param("settleDue", date(p.settleDue()))
                .param("extensions", p.extensions())
                .param("guidance", p.guidance())
                .param("reply", p.replyText())
                .param("replied", date(p.repliedOn()))
                .param("closed", p.state().open() ? null : date(p.repliedOn()))
                .param("now", Timestamp.from(now))
                .param("id", p.id())
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw DomainException.conflict("conflict.stale");
        }
    }

    public void step(
            UUID petitionId,
            PetitionStepAction action,
            @Nullable String detail,
            @Nullable LocalDate onDay,
            String by,
            Instant now) {
        jdbc.sql("""
                        INSERT INTO petition_step (id, petition_id, action, detail, on_day, at, by_account)
                        VALUES (:id, :p, :action, :detail, :day, :at, :by)""")
                .param("id", UUID.randomUUID())
                .param("p", petitionId)
                .param("action", action.name())
                .param("detail", detail)
                .param("day", date(onDay))
                .param("at", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    public List<PetitionStep> steps(UUID petitionId) {
        return jdbc.sql("SELECT * FROM petition_step WHERE petition_id = :p ORDER BY seq")
                .param("p", petitionId)
                .query((rs, n) -> new PetitionStep(
                        PetitionStepAction.valueOf(rs.getString("action")),
                        rs.getString("detail"),
                        localDate(rs, "on_day"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("by_account")))
                .list();
    }

    public List<UUID> duplicatesOf(UUID petitionId) {
        return jdbc.sql("SELECT id FROM petition WHERE duplicate_of = :p ORDER BY received_on, id")
                .param("p", petitionId)
                .query(UUID.class)
                .list();
    }

    public void attach(
            UUID id,
            UUID petitionId,
            String purpose,
            String fileName,
            String contentType,
            String sha256,
            long size,
            String by,
            Instant now) {
        jdbc.sql("""
                        INSERT INTO petition_attachment (id, petition_id, purpose, file_name, content_type, sha256,
                               size_bytes, uploaded_at, uploaded_by)
                        VALUES (:id, :p, :purpose, :file, :type, :sha, :size, :now, :by)""")
                .param("id", id)
                .param("p", petitionId)
                .param("purpose", purpose)
                .param("file", fileName)
                .param("type", contentType)
                .param("sha", sha256)
                .param("size", size)
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    public List<PetitionAttachment> attachments(UUID petitionId) {
        return jdbc.sql("SELECT * FROM petition_attachment WHERE petition_id = :p ORDER BY uploaded_at, id")
                .param("p", petitionId)
                .query((rs, n) -> file(rs).view())
                .list();
    }

    public Optional<StoredFile> attachment(UUID petitionId, UUID attachmentId) {
        return jdbc.sql("SELECT * FROM petition_attachment WHERE petition_id = :p AND id = :id")
                .param("p", petitionId)
                .param("id", attachmentId)
                .query((rs, n) -> file(rs))
                .optional();
    }

    private static StoredFile file(ResultSet rs) throws SQLException {
        return new StoredFile(
                new PetitionAttachment(
                        rs.getObject("id", UUID.class),
                        rs.getString("purpose"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getLong("size_bytes"),
                        rs.getTimestamp("uploaded_at").toInstant(),
                        rs.getString("uploaded_by")),
                rs.getString("sha256"));
    }

    static PetitionRow petition(ResultSet rs, int n) throws SQLException {
        return new PetitionRow(
                rs.getObject("id", UUID.class),
                rs.getLong("received_unit_id"),
                rs.getLong("handling_unit_id"),
                rs.getString("petitioner_name"),
                rs.getString("petitioner_address"),
                rs.getString("petitioner_phone"),
                rs.getString("petitioner_id_no"),
                PetitionChannel.valueOf(rs.getString("channel")),
                rs.getDate("received_on").toLocalDate(),
                rs.getString("subject"),
                rs.getString("content"),
                enumOf(PetitionKind.class, rs.getString("kind")),
                enumOf(PetitionCompetence.class, rs.getString("competence")),
                rs.getBoolean("complex"),
                rs.getBoolean("second_instance"),
                rs.getObject("duplicate_of", UUID.class),
                PetitionState.valueOf(rs.getString("state")),
                rs.getDate("accept_due").toLocalDate(),
                localDate(rs, "accepted_on"),
                localDate(rs, "settle_due"),
                rs.getInt("extensions"),
                rs.getString("guidance"),
                rs.getString("reply_text"),
                localDate(rs, "replied_on"),
                rs.getLong("version"));
    }

    static @Nullable LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static @Nullable Date date(@Nullable LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
