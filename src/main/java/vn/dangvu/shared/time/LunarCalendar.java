package vn.dangvu.shared.time;

import java.time.LocalDate;

/**
 * The Vietnamese lunar calendar (âm lịch) for the years 1900–2100, converted to and from the Gregorian calendar.
 *
 * <p>It follows the astronomical algorithm published by Hồ Ngọc Đức, which is what Vietnamese calendars use: months
 * begin on the day of the new moon and the eleventh month is the one that holds the winter solstice, both reckoned at
 * the meridian 105° E (UTC+7). That is why Vietnamese Tết sometimes differs from the Chinese new year (UTC+8), e.g. in
 * 1985. A lunar year with thirteen months repeats the first month that holds no major solar term (trung khí) as its
 * leap month. New moons and the Sun's longitude come from Jean Meeus, <i>Astronomical Algorithms</i> (1998), which are
 * accurate to a few minutes over these two centuries.
 */
public final class LunarCalendar {

    /** First and last Gregorian year supported. */
    public static final int FIRST_YEAR = 1900;

    public static final int LAST_YEAR = 2100;

    private static final double TIME_ZONE = 7.0;
    private static final double SYNODIC_MONTH = 29.530588853;
    private static final long JDN_OF_EPOCH = LocalDate.of(1970, 1, 1).toEpochDay() - 2440588L;

    /**
     * A day of the lunar calendar.
     *
     * @param year the lunar year (the Gregorian year in which its month 1 begins)
     * @param month 1–12
     * @param day 1–30
     * @param leap whether the month is the repeated (leap) month of its year
     */
    public record LunarDate(int year, int month, int day, boolean leap) {

        public static LunarDate of(int year, int month, int day) {
            return new LunarDate(year, month, day, false);
        }
    }

    private LunarCalendar() {}

    /** The lunar date of a Gregorian date. */
    public static LunarDate toLunar(LocalDate date) {
        requireRange(date.getYear());
        long dayNumber = julianDay(date);
        long k = (long) Math.floor((dayNumber - 2415021.076998695) / SYNODIC_MONTH);
        long monthStart = newMoonDay(k + 1);
        while (monthStart > dayNumber) { // the mean-month estimate can be one month ahead near a late new moon
            k--;
            monthStart = newMoonDay(k + 1);
        }
        int year = date.getYear();
        long a11 = month11(year);
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = year;
            a11 = month11(year - 1);
        } else {
            lunarYear = year + 1;
            b11 = month11(year + 1);
        }
        int day = (int) (dayNumber - monthStart + 1);
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int month = diff + 11;
        if (b11 - a11 > 365) {
            int leapDiff = leapMonthOffset(a11);
            if (diff >= leapDiff) {
                month = diff + 10;
                leap = diff == leapDiff;
            }
        }
        if (month > 12) {
            month -= 12;
        }
        if (month >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarYear, month, day, leap);
    }

    /**
     * The Gregorian date of a lunar date.
     *
     * @throws IllegalArgumentException if the date does not exist (a leap month the year lacks, or day 30 of a
     *     29-day month)
     */
    public static LocalDate toSolar(LunarDate lunar) {
        requireRange(lunar.year());
        int month = lunar.month();
        long a11;
        long b11;
        if (month < 11) {
            a11 = month11(lunar.year() - 1);
            b11 = month11(lunar.year());
        } else {
            a11 = month11(lunar.year());
            b11 = month11(lunar.year() + 1);
        }
        long k = (long) Math.floor(0.5 + (a11 - 2415021.076998695) / SYNODIC_MONTH);
        int off = month - 11;
        if (off < 0) {
            off += 12;
        }
        if (b11 - a11 > 365) {
            int leapOff = leapMonthOffset(a11);
            int leapMonth = leapOff - 2;
            if (leapMonth <= 0) {
                leapMonth += 12;
            }
            if (lunar.leap() && month != leapMonth) {
                throw new IllegalArgumentException("no leap month " + month + " in lunar year " + lunar.year());
            }
            if (lunar.leap() || off >= leapOff) {
                off += 1;
            }
        } else if (lunar.leap()) {
            throw new IllegalArgumentException("lunar year " + lunar.year() + " has no leap month");
        }
        long monthStart = newMoonDay(k + off);
        long nextMonthStart = newMoonDay(k + off + 1);
        if (lunar.day() < 1 || lunar.day() > nextMonthStart - monthStart) {
            throw new IllegalArgumentException("no day " + lunar.day() + " in lunar month " + lunar);
        }
        return fromJulianDay(monthStart + lunar.day() - 1);
    }

    /** The leap month of a lunar year (1–12), or 0 when the year has twelve months. */
    public static int leapMonth(int lunarYear) {
        requireRange(lunarYear);
        // months 1–10 lie between the 11th months of the previous and this year, 11–12 after this year's
        long a11 = month11(lunarYear - 1);
        if (month11(lunarYear) - a11 > 365 && leapMonthOffset(a11) > 2) {
            return leapMonthOffset(a11) - 2;
        }
        long b11 = month11(lunarYear);
        if (month11(lunarYear + 1) - b11 > 365 && leapMonthOffset(b11) <= 2) {
            return leapMonthOffset(b11) + 10;
        }
        return 0;
    }

    /** The last day of a lunar year (the eve of the next lunar new year). */
    public static LocalDate lastDayOfYear(int lunarYear) {
        return toSolar(LunarDate.of(lunarYear + 1, 1, 1)).minusDays(1);
    }

    private static void requireRange(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year " + year + " outside " + FIRST_YEAR + "–" + LAST_YEAR);
        }
    }

    private static long julianDay(LocalDate date) {
        return date.toEpochDay() - JDN_OF_EPOCH;
    }

    private static LocalDate fromJulianDay(long julianDay) {
        return LocalDate.ofEpochDay(julianDay + JDN_OF_EPOCH);
    }

    /** Julian day number (local, UTC+7) of the k-th new moon after 1900-01-01 (Meeus ch. 49, abridged). */
    static long newMoonDay(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT;
        if (t < -11) {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
        }
        double jdNew = jd1 + c1 - deltaT;
        return (long) Math.floor(jdNew + 0.5 + TIME_ZONE / 24);
    }

    /** The Sun's longitude at the start of a local day, as one of the twelve 30° sectors (0 = from the equinox). */
    static int sunSector(long dayNumber) {
        double t = (dayNumber - 2451545.5 - TIME_ZONE / 24) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double longitude = (l0 + dl) * dr;
        longitude = longitude - Math.PI * 2 * Math.floor(longitude / (Math.PI * 2));
        return (int) Math.floor(longitude / Math.PI * 6);
    }

    /** The day on which the lunar month holding the winter solstice of {@code year} begins. */
    private static long month11(int year) {
        long off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(off / SYNODIC_MONTH);
        long nm = newMoonDay(k);
        if (sunSector(nm) >= 9) {
            nm = newMoonDay(k - 1);
        }
        return nm;
    }

    /** How many months after the 11th month starting at {@code a11} the leap month comes (no major term in it). */
    private static int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - 2415021.076998695) / SYNODIC_MONTH + 0.5);
        int last;
        int i = 1;
        int arc = sunSector(newMoonDay(k + i));
        do {
            last = arc;
            i++;
            arc = sunSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }
}
