package vn.dangvu.meeting.internal;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.dangvu.meeting.MeetingView;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnits;

/** Assembles a meeting's detail. */
@Component
public class MeetingViews {

    private final MeetingStore store;
    private final MaterialStore materials;
    private final OrgUnits orgUnits;
    private final Clock clock;

    MeetingViews(MeetingStore store, MaterialStore materials, OrgUnits orgUnits, Clock clock) {
        this.store = store;
        this.materials = materials;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    public MeetingView of(MeetingRow m) {
        Instant now = clock.instant();
        Long minutes = m.startedAt() != null && m.endedAt() != null
                ? MeetingDurationPolicy.minutes(m.startedAt(), m.endedAt())
                : null;
        return new MeetingView(
                m.id(),
                m.orgUnitId(),
                orgUnits.find(m.orgUnitId()).map(OrgUnitRef::name).orElse(""),
                m.kind(),
                m.title(),
                m.plannedStart(),
                m.place(),
                m.agenda(),
                m.state(),
                m.scheduleId(),
                m.invitedAt(),
                m.startedAt(),
                m.endedAt(),
                m.cancelReason(),
                minutes,
                MeetingDurationPolicy.minimumMinutes(m.kind()),
                minutes != null
                        && MeetingDurationPolicy.tooShort(
                                m.kind(), java.util.Objects.requireNonNull(m.startedAt()), m.endedAt()),
                materials.of(m.id(), m.plannedStart(), now, false),
                store.invitations(m.id()),
                store.minutes(m.id()).orElse(null),
                m.version());
    }
}
