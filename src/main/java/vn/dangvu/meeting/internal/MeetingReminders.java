package vn.dangvu.meeting.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.dangvu.meeting.MeetingManagement;

/**
 * Sends the reminders of the next day's meetings every morning ({@code dangvu.meeting.reminder-cron}). The work is
 * {@link MeetingManagement#sendReminders()}: idempotent and guarded per meeting by a conditional update, so a second
 * run or a second node reminds nobody twice; tests call it with a fixed clock.
 */
@Component
class MeetingReminders {

    private static final Logger log = LoggerFactory.getLogger(MeetingReminders.class);

    private final MeetingManagement management;

    MeetingReminders(MeetingManagement management) {
        this.management = management;
    }

    @Scheduled(cron = "${dangvu.meeting.reminder-cron:0 0 7 * * *}")
    void remind() {
        int sent = management.sendReminders();
        if (sent > 0) {
            log.info("Đã nhắc lịch {} cuộc họp chi bộ", sent);
        }
    }
}
