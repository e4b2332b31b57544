package vn.dangvu.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.dangvu.calendar.CalendarDay;
import vn.dangvu.calendar.DayKind;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.time.LunarCalendar;
import vn.dangvu.shared.time.LunarCalendar.LunarDate;

/**
 * The public holidays of a year by the Labour Code (Bộ luật Lao động 2019, Art. 112(1)): 1/1; Tết Nguyên đán, five
 * days around the lunar new year (span set by {@link CalendarProperties}); Hùng Kings' day, 10/3 lunar; 30/4; 1/5;
 * National Day 2/9 and one adjacent day. When one falls on the weekly rest day (Saturday or Sunday for public servants)
 * the next working day is a compensatory day off (Art. 111(3)). Administrators' adjustments are applied on top by
 * {@link vn.dangvu.calendar.WorkingDays}, not here: this class is pure and caches each year.
 */
@Component
public class PublicHolidayPolicy {

    /** Years whose holidays can be computed: the lunar calendar's range, less the year Tết needs before it. */
    public static final int FIRST_YEAR = LunarCalendar.FIRST_YEAR + 1;

    public static final int LAST_YEAR = LunarCalendar.LAST_YEAR - 1;

    private static final String ART_112 = "Bộ luật Lao động 2019, Điều 112 khoản 1 điểm ";
    private static final String ART_111 =
            "Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù ngày lễ trùng nghỉ hằng tuần)";

    private final CalendarProperties properties;
    private final Map<Integer, List<CalendarDay>> years = new ConcurrentHashMap<>();

    public PublicHolidayPolicy(CalendarProperties properties) {
        this.properties = properties;
    }

    /** The public holidays and compensatory days off of a Gregorian year, by date. */
    public List<CalendarDay> holidays(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new DomainException(
                    DomainException.Kind.BAD_REQUEST, "calendar.year.out-of-range", year, FIRST_YEAR, LAST_YEAR);
        }
        return years.computeIfAbsent(year, this::compute);
    }

    public static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private List<CalendarDay> compute(int year) {
        List<CalendarDay> days = new ArrayList<>();
        days.add(fixed(year, 1, 1, "Tết Dương lịch", "a"));
        days.addAll(tet(year));
        LocalDate hungKings = LunarCalendar.toSolar(LunarDate.of(year, 3, 10));
        days.add(new CalendarDay(hungKings, "Giỗ Tổ Hùng Vương (10/3 âm lịch)", DayKind.PUBLIC_HOLIDAY, ART_112 + "e"));
        days.add(fixed(year, 4, 30, "Ngày Chiến thắng (30/4)", "c"));
        days.add(fixed(year, 5, 1, "Ngày Quốc tế Lao động (1/5)", "d"));
        days.add(fixed(year, 9, 2, "Quốc khánh (2/9)", "đ"));
        boolean before = properties.nationalDayAdjacent() == CalendarProperties.Adjacent.BEFORE;
        days.add(fixed(year, 9, before ? 1 : 3, "Quốc khánh (ngày liền kề " + (before ? "1/9)" : "3/9)"), "đ"));
        days.sort(Comparator.comparing(CalendarDay::date));
        return List.copyOf(withCompensatoryDays(days));
    }

    private List<CalendarDay> tet(int year) {
        LocalDate newYear = LunarCalendar.toSolar(LunarDate.of(year, 1, 1));
        List<CalendarDay> days = new ArrayList<>();
        for (int i = -properties.tetDaysBefore(); i < properties.tetDaysAfter(); i++) {
            LocalDate date = newYear.plusDays(i);
            String name = i < 0
                    ? "Tết Nguyên đán (" + LunarCalendar.toLunar(date).day() + " tháng Chạp)"
                    : "Tết Nguyên đán (mùng " + (i + 1) + ")";
            days.add(new CalendarDay(date, name, DayKind.PUBLIC_HOLIDAY, ART_112 + "b"));
        }
        return days;
    }

    private static CalendarDay fixed(int year, int month, int day, String name, String point) {
        return new CalendarDay(MonthDay.of(month, day).atYear(year), name, DayKind.PUBLIC_HOLIDAY, ART_112 + point);
    }

    /** Each holiday on a weekend moves its rest to the next day that is neither a weekend, a holiday nor taken. */
    private static List<CalendarDay> withCompensatoryDays(List<CalendarDay> holidays) {
        Set<LocalDate> taken = new HashSet<>();
        holidays.forEach(h -> taken.add(h.date()));
        List<CalendarDay> all = new ArrayList<>(holidays);
        for (CalendarDay holiday : holidays) {
            if (!isWeekend(holiday.date())) {
                continue;
            }
            LocalDate day = holiday.date().plusDays(1);
            while (isWeekend(day) || taken.contains(day)) {
                day = day.plusDays(1);
            }
            taken.add(day);
            all.add(new CalendarDay(day, "Nghỉ bù " + holiday.name(), DayKind.COMPENSATORY_DAY_OFF, ART_111));
        }
        all.sort(Comparator.comparing(CalendarDay::date));
        return all;
    }
}
