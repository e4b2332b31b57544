package vn.dangvu.congress.internal;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * The notice of a congress's opening (QĐ 24-QĐ/TW §11.1; REGULATIONS §8.8): the convening committee announces the
 * opening date at least 30 working days before the congress. The working days are counted after the day of the
 * announcement and before the opening day, on the calendar module's working days (weekends, public holidays and
 * compensatory days off do not count). The number of days is the setting {@code dangvu.congress.notice-working-days}.
 */
final class AnnouncementNoticePolicy {

    private AnnouncementNoticePolicy() {}

    /**
     * The notice an announcement gives.
     *
     * @param workingDays working days between the announcement and the opening
     * @param required the working days required
     * @param latestAnnouncement the last day on which the opening could have been announced in time
     */
    record Notice(int workingDays, int required, LocalDate latestAnnouncement) {

        boolean sufficient() {
            return workingDays >= required;
        }
    }

    /** The notice given by announcing on {@code announcedOn} a congress that opens on {@code opensOn}. */
    static Notice notice(LocalDate announcedOn, LocalDate opensOn, int required, Predicate<LocalDate> workingDay) {
        return new Notice(
                workingDaysBetween(announcedOn, opensOn, workingDay), required, latest(opensOn, required, workingDay));
    }

    /** Working days strictly after {@code announcedOn} and strictly before {@code opensOn}. */
    static int workingDaysBetween(LocalDate announcedOn, LocalDate opensOn, Predicate<LocalDate> workingDay) {
        int days = 0;
        for (LocalDate d = announcedOn.plusDays(1); d.isBefore(opensOn); d = d.plusDays(1)) {
            if (workingDay.test(d)) {
                days++;
            }
        }
        return days;
    }

    /** The last day from which {@code required} working days remain before {@code opensOn}. */
    static LocalDate latest(LocalDate opensOn, int required, Predicate<LocalDate> workingDay) {
        LocalDate day = opensOn;
        int counted = 0;
        while (counted < required) {
            day = day.minusDays(1);
            if (workingDay.test(day)) {
                counted++;
            }
        }
        return day.minusDays(1);
    }
}
