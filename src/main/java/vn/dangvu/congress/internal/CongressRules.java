package vn.dangvu.congress.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dangvu.calendar.WorkingDays;
import vn.dangvu.congress.SeasonStatus;
import vn.dangvu.org.OrgUnitKind;

/** Applies the notice and season policies with the installation's settings and the calendar. */
@Component
public class CongressRules {

    private final CongressProperties settings;
    private final WorkingDays workingDays;

    CongressRules(CongressProperties settings, WorkingDays workingDays) {
        this.settings = settings;
        this.workingDays = workingDays;
    }

    /**
     * The notice of an opening announced on {@code announcedOn} (null: not yet announced).
     *
     * @return working days given (null when not announced), required, the last day to announce
     */
    public Notice notice(@Nullable LocalDate announcedOn, LocalDate opensOn) {
        WorkingDays.Snapshot calendar = workingDays.snapshot();
        int required = settings.noticeWorkingDays();
        LocalDate latest = AnnouncementNoticePolicy.latest(opensOn, required, calendar::isWorkingDay);
        Integer given = announcedOn == null
                ? null
                : AnnouncementNoticePolicy.workingDaysBetween(announcedOn, opensOn, calendar::isWorkingDay);
        return new Notice(given, required, latest);
    }

    /**
     * A notice.
     *
     * @param given working days given, null when not announced
     * @param required working days required
     * @param latestAnnouncement the last day to announce
     */
    public record Notice(@Nullable Integer given, int required, LocalDate latestAnnouncement) {

        public boolean sufficient() {
            return given != null && given >= required;
        }
    }

    public @Nullable LocalDate deadline(int season, OrgUnitKind kind) {
        return settings.deadline(season, kind).orElse(null);
    }

    public SeasonStatus status(
            boolean planned,
            @Nullable LocalDate plannedOn,
            boolean held,
            int season,
            OrgUnitKind kind,
            LocalDate today) {
        return SeasonProgressPolicy.status(planned, plannedOn, held, deadline(season, kind), today);
    }

    /** The kinds whose deadline in the season has passed by {@code today}. */
    public List<String> lateKinds(int season, LocalDate today) {
        List<String> late = new ArrayList<>();
        for (OrgUnitKind kind : OrgUnitKind.values()) {
            LocalDate deadline = deadline(season, kind);
            if (deadline != null && deadline.isBefore(today)) {
                late.add(kind.name());
            }
        }
        return late;
    }
}
