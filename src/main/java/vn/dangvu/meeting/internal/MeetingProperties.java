package vn.dangvu.meeting.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Meeting settings (see docs/architecture.md).
 *
 * @param checkInOpensBefore how long before the planned start a member may check in from the handbook (a product
 *     choice)
 * @param checkInClosesAfter how long after the planned start the member's check-in stays open when the meeting has
 *     not ended earlier (a product choice)
 * @param attendanceMinimumRate attendance rate below which a cell or member is flagged, percent (HD 12-HD/BTCTW
 *     2018, an old text)
 * @param maxConsecutiveAbsences more consecutive absences than this flag a member (HD 12-HD/BTCTW 2018)
 * @param generateMonths how many months ahead a schedule generates meetings
 * @param reminderCron when the reminders of the next day's meetings are sent
 */
@ConfigurationProperties("dangvu.meeting")
record MeetingProperties(
        @DefaultValue("30m") Duration checkInOpensBefore,
        @DefaultValue("3h") Duration checkInClosesAfter,
        @DefaultValue("85") int attendanceMinimumRate,
        @DefaultValue("3") int maxConsecutiveAbsences,
        @DefaultValue("3") int generateMonths,
        @DefaultValue("0 0 7 * * *") String reminderCron) {}
