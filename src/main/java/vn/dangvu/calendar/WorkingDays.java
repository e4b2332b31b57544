package vn.dangvu.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.calendar.internal.HolidayAdjustmentStore;
import vn.dangvu.calendar.internal.PublicHolidayPolicy;

/**
 * Read API of the calendar and the one place where working days are computed. A day is a working day unless it is a
 * Saturday, a Sunday, a public holiday or a compensatory day off ({@link PublicHolidayPolicy}); an administrator's
 * adjustment for the day overrides all of that. Deadlines "within N working days" count the way legal deadlines are
 * counted: the day after the starting event is day 1.
 */
@Service
@Transactional(readOnly = true)
public class WorkingDays {

    private final PublicHolidayPolicy policy;
    private final HolidayAdjustmentStore adjustments;

    WorkingDays(PublicHolidayPolicy policy, HolidayAdjustmentStore adjustments) {
        this.policy = policy;
        this.adjustments = adjustments;
    }

    public boolean isWorkingDay(LocalDate date) {
        return new Days(adjustments()).isWorkingDay(date);
    }

    /**
     * The day on which a period of {@code n} working days starting after {@code start} ends, e.g. the last day of
     * "within 30 working days of the resolution". {@code n = 0} gives {@code start}.
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        return snapshot().plusWorkingDays(start, n);
    }

    /**
     * The working days after {@code from} up to and including {@code to}, so that {@code
     * workingDaysBetween(s, plusWorkingDays(s, n)) == n}; negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return snapshot().workingDaysBetween(from, to);
    }

    /** The calendar read once, for computations over many dates (a deadlines list). */
    public Snapshot snapshot() {
        return new Snapshot(new Days(adjustments()));
    }

    /** The calendar as it stood when read: the same arithmetic as {@link WorkingDays} without re-reading it. */
    public static final class Snapshot {
        private final Days days;

        private Snapshot(Days days) {
            this.days = days;
        }

        public boolean isWorkingDay(LocalDate date) {
            return days.isWorkingDay(date);
        }

        /** See {@link WorkingDays#plusWorkingDays}. */
        public LocalDate plusWorkingDays(LocalDate start, int n) {
            if (n < 0) {
                throw new IllegalArgumentException("n must not be negative: " + n);
            }
            LocalDate day = start;
            for (int counted = 0; counted < n; ) {
                day = day.plusDays(1);
                if (days.isWorkingDay(day)) {
                    counted++;
                }
            }
            return day;
        }

        /** See {@link WorkingDays#workingDaysBetween}. */
        public int workingDaysBetween(LocalDate from, LocalDate to) {
            if (to.isBefore(from)) {
                return -workingDaysBetween(to, from);
            }
            int count = 0;
            for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
                if (days.isWorkingDay(day)) {
                    count++;
                }
            }
            return count;
        }
    }

    /** The year's public holidays, compensatory days off and adjustments, by date, each with the rule behind it. */
    public List<CalendarDay> holidays(int year) {
        List<CalendarDay> all = new ArrayList<>(policy.holidays(year));
        adjustments().values().stream()
                .filter(a -> a.date().getYear() == year)
                .map(a -> new CalendarDay(a.date(), name(a.kind()), a.kind().dayKind(), a.reason()))
                .forEach(all::add);
        all.sort(Comparator.comparing(CalendarDay::date).thenComparing(CalendarDay::kind));
        return all;
    }

    /** The adjustments of the calendar, by date. */
    public List<HolidayAdjustment> adjustments(int year) {
        return adjustments().values().stream()
                .filter(a -> a.date().getYear() == year)
                .sorted(Comparator.comparing(HolidayAdjustment::date))
                .toList();
    }

    private static String name(AdjustmentKind kind) {
        return kind == AdjustmentKind.OFF ? "Ngày nghỉ (điều chỉnh)" : "Ngày làm bù";
    }

    private Map<LocalDate, HolidayAdjustment> adjustments() {
        Map<LocalDate, HolidayAdjustment> byDate = new HashMap<>();
        adjustments.all().forEach(a -> byDate.put(a.date(), a));
        return byDate;
    }

    /** One computation's view of the calendar: adjustments read once, holidays per year from the policy's cache. */
    private final class Days {
        private final Map<LocalDate, HolidayAdjustment> adjustments;
        private final Map<Integer, Set<LocalDate>> offByYear = new HashMap<>();

        Days(Map<LocalDate, HolidayAdjustment> adjustments) {
            this.adjustments = adjustments;
        }

        boolean isWorkingDay(LocalDate date) {
            HolidayAdjustment adjustment = adjustments.get(date);
            if (adjustment != null) {
                return adjustment.kind() == AdjustmentKind.WORKING;
            }
            if (PublicHolidayPolicy.isWeekend(date)) {
                return false;
            }
            return !offByYear.computeIfAbsent(date.getYear(), this::daysOff).contains(date);
        }

        private Set<LocalDate> daysOff(int year) {
            Set<LocalDate> off = new HashSet<>();
            policy.holidays(year).forEach(d -> off.add(d.date()));
            return off;
        }
    }
}
