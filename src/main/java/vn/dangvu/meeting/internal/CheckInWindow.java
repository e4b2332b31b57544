package vn.dangvu.meeting.internal;

import java.time.Instant;
import vn.dangvu.meeting.MeetingState;

/**
 * When a member may check in from the handbook: from {@code dangvu.meeting.check-in-opens-before} the planned start
 * until the meeting ends, or {@code check-in-closes-after} the planned start when it has not ended by then.
 */
record CheckInWindow(Instant opens, Instant closes) {

    static CheckInWindow of(MeetingRow m, MeetingProperties properties) {
        Instant opens = m.plannedStart().minus(properties.checkInOpensBefore());
        Instant closes = m.endedAt() != null ? m.endedAt() : m.plannedStart().plus(properties.checkInClosesAfter());
        return new CheckInWindow(opens, closes);
    }

    boolean open(MeetingRow m, Instant now) {
        boolean live = m.state() == MeetingState.INVITED || m.state() == MeetingState.HELD;
        return live && m.endedAt() == null && !now.isBefore(opens) && !now.isAfter(closes);
    }
}
