package vn.dangvu.meeting.internal;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Materials are posted on the electronic handbook at least one day before the meeting — HD 42-HD/BTCTW 28/10/2025
 * (REGULATIONS §7.1). A material published later than 24 hours before the planned start is late; one still unpublished
 * when that moment has passed is late too. Late materials are flagged, not refused.
 */
public final class MaterialsNoticePolicy {

    static final String RULE = "HD 42-HD/BTCTW 28/10/2025";
    static final Duration NOTICE = Duration.ofDays(1);

    private MaterialsNoticePolicy() {}

    /** The latest moment a material may be published in time. */
    static Instant deadline(Instant plannedStart) {
        return plannedStart.minus(NOTICE);
    }

    static boolean late(@Nullable Instant publishedAt, Instant plannedStart, Instant now) {
        Instant deadline = deadline(plannedStart);
        return publishedAt == null ? now.isAfter(deadline) : publishedAt.isAfter(deadline);
    }
}
