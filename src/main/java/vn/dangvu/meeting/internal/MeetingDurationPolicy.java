package vn.dangvu.meeting.internal;

import java.time.Duration;
import java.time.Instant;
import vn.dangvu.meeting.MeetingKind;

/**
 * Minimum length of a cell meeting — HD 42-HD/BTCTW 28/10/2025 (REGULATIONS §7.1): at least 90 minutes; at least 120
 * minutes when the session has a thematic part. A shorter meeting is flagged, not refused (small cells may have
 * specifics set by the superior committee).
 */
public final class MeetingDurationPolicy {

    static final String RULE = "HD 42-HD/BTCTW 28/10/2025";
    static final int REGULAR_MINUTES = 90;
    static final int THEMATIC_MINUTES = 120;

    private MeetingDurationPolicy() {}

    static int minimumMinutes(MeetingKind kind) {
        return kind.hasThematicPart() ? THEMATIC_MINUTES : REGULAR_MINUTES;
    }

    static long minutes(Instant start, Instant end) {
        return Duration.between(start, end).toMinutes();
    }

    static boolean tooShort(MeetingKind kind, Instant start, Instant end) {
        return Duration.between(start, end).compareTo(Duration.ofMinutes(minimumMinutes(kind))) < 0;
    }
}
