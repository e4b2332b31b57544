package vn.dangvu.member;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.member.internal.MemberPhotoStore;
import vn.dangvu.member.internal.MemberQueries;
import vn.dangvu.member.internal.MemberRecordPolicy;
import vn.dangvu.member.internal.MemberRecordStore;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;

/**
 * Write API of the member registry. Each method is one transaction; a member outside the caller's scope reads as
 * absent (404), as it does for reads. Edits are checked by {@link MemberRecordPolicy}, saved with a version check,
 * recorded field by field in the change history and in the audit log, and announced with an event.
 */
@Service
@Transactional
public class MemberManagement {

    private final MemberQueries queries;
    private final MemberRecordStore records;
    private final MemberPhotoStore photos;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    MemberManagement(
            MemberQueries queries,
            MemberRecordStore records,
            MemberPhotoStore photos,
            ApplicationEventPublisher events,
            AuditTrail audit,
            Clock clock) {
        this.queries = queries;
        this.records = records;
        this.photos = photos;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Replaces the editable items of a record.
     *
     * @param expectedVersion the version the editor loaded; another save since then makes this one stale (409)
     * @param changedBy the editor's login name, kept in the change history
     */
    public MemberView update(UUID id, UpdateMember command, long expectedVersion, OrgScope scope, String changedBy) {
        visible(id, scope);
        Instant now = clock.instant();
        MemberRecordPolicy.check(command, LocalDate.ofInstant(now, clock.getZone()));
        String citizenId = command.citizenId();
        if (citizenId != null && records.citizenIdTaken(citizenId, id)) {
            throw DomainException.conflict("member.citizen-id.taken").onField("citizenId");
        }
        List<MemberRecordStore.Diff> diffs = records.update(id, command, expectedVersion, now);
        long version = expectedVersion + 1;
        records.recordChanges(id, version, now, changedBy, diffs);
        audit.record("member.update", "member", id, command);
        events.publishEvent(new MemberRecordUpdated(id, version, now));
        return visible(id, scope);
    }

    /** Stores (or replaces) the member's photo: JPEG or PNG by content, at most 512 KB. */
    public void replacePhoto(UUID id, byte[] bytes, OrgScope scope) {
        visible(id, scope);
        photos.save(id, bytes, clock.instant());
        audit.record("member.photo.update", "member", id, Map.of("sha256", MemberPhotoStore.sha256(bytes)));
    }

    private MemberView visible(UUID id, OrgScope scope) {
        return queries.find(id, scope).orElseThrow(() -> DomainException.notFound("member.not-found", id));
    }
}
