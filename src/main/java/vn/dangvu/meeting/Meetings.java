package vn.dangvu.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.meeting.internal.MaterialStore;
import vn.dangvu.meeting.internal.MeetingQueries;
import vn.dangvu.meeting.internal.MeetingRow;
import vn.dangvu.meeting.internal.MeetingStore;
import vn.dangvu.meeting.internal.MeetingViews;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.shared.OrgScope;

/**
 * Read API of cell meetings: a member's next meeting and history for the handbook, a meeting's detail in a scope.
 * Auditing is the caller's, who knows the purpose.
 */
@Service
@Transactional(readOnly = true)
public class Meetings {

    private final MeetingQueries queries;
    private final MeetingStore store;
    private final MaterialStore materials;
    private final MeetingViews views;
    private final Clock clock;

    Meetings(MeetingQueries queries, MeetingStore store, MaterialStore materials, MeetingViews views, Clock clock) {
        this.queries = queries;
        this.store = store;
        this.materials = materials;
        this.views = views;
        this.clock = clock;
    }

    /** The member's next meeting not yet ended (with its published materials, their reply and check-in state). */
    public Optional<MyMeeting> nextFor(UUID memberId) {
        return queries.mine(memberId, true, 1).stream().findFirst();
    }

    /** The member's upcoming meetings, nearest first. */
    public List<MyMeeting> upcomingFor(UUID memberId, int limit) {
        return queries.mine(memberId, true, limit);
    }

    /** The member's meetings held, newest first. */
    public List<MyMeeting> historyFor(UUID memberId, int limit) {
        return queries.mine(memberId, false, limit);
    }

    /** One meeting the member was invited to, as they see it (published materials only). */
    public Optional<MyMeeting> ofMember(UUID meetingId, UUID memberId) {
        if (store.invitationOf(meetingId, memberId).isEmpty()) {
            return Optional.empty();
        }
        return queries.mine(memberId, true, 50).stream()
                .filter(m -> m.meetingId().equals(meetingId))
                .findFirst()
                .or(() -> queries.mine(memberId, false, 500).stream()
                        .filter(m -> m.meetingId().equals(meetingId))
                        .findFirst());
    }

    /** A meeting with its materials, invitations and minutes, if its cell lies in the scope (else 404). */
    public MeetingView detail(UUID id, OrgScope scope) {
        return views.of(store.require(id, scope));
    }

    /** The file of a material of a meeting in the scope: its view and digest. */
    public MaterialStore.Stored material(UUID id, UUID materialId, OrgScope scope) {
        MeetingRow m = store.require(id, scope);
        Instant now = clock.instant();
        return materials
                .find(id, materialId, m.plannedStart(), now)
                .orElseThrow(() -> vn.dangvu.shared.DomainException.notFound("meeting.material.not-found", materialId));
    }

    /** The file of a published material of a meeting the member was invited to. */
    public MaterialStore.Stored materialOfMember(UUID id, UUID materialId, UUID memberId) {
        MeetingRow m = store.find(id)
                .filter(x -> store.invitationOf(id, memberId).isPresent())
                .orElseThrow(() -> vn.dangvu.shared.DomainException.notFound("meeting.not-found", id));
        return materials
                .find(id, materialId, m.plannedStart(), clock.instant())
                .filter(s -> s.view().publishedAt() != null)
                .orElseThrow(() -> vn.dangvu.shared.DomainException.notFound("meeting.material.not-found", materialId));
    }

    /** Attendance statistics of a unit's subtree over a period. */
    public AttendanceStatistics attendance(OrgUnitRef unit, java.time.LocalDate from, java.time.LocalDate to) {
        return queries.attendance(unit, from, to);
    }

    /**
     * Meetings between {@code from} and {@code to} (inclusive) at which any of the members was present as a guest,
     * for the grassroots work of committee members.
     */
    public List<GuestAttendance> guestAttendance(
            java.util.Collection<UUID> memberIds, java.time.LocalDate from, java.time.LocalDate to) {
        return queries.guestAttendance(memberIds, from, to);
    }
}
