package vn.dangvu.grassroots.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dangvu.grassroots.VisitDuration;
import vn.dangvu.org.OrgUnitKind;

/**
 * Whether a committee member did their grassroots work over a period (REGULATIONS §14, §13.1):
 *
 * <ul>
 *   <li>the working days spent at the grassroots — a half-day visit counts 0.5, a day at most 1, and only working days
 *       of the holiday calendar count — are at least the configurable minimum share (1/3, the Hanoi working
 *       regulations' "at least 1/3 of their time", unconfirmed) of the period's working days;
 *   <li>the residential cell meetings attended reach the yearly count (KH 10-KH/TW 06/6/2018 as set by Kon Tum QĐ
 *       776-QĐ/TU 2023: 2 a year for a provincial committee, 6 for the others), pro rata for the months of the period;
 *   <li>the head of a provincial committee holds at least 1 citizen-reception day a month and the head of a
 *       commune-level committee at least 2 (QĐ 11-QĐi/TW 2019, KL 215-KL/TW 23/11/2025); other committees have no
 *       such count.
 * </ul>
 *
 * The months of a period are calendar months; a month the period only partly covers counts as a whole month, or not at
 * all, as {@code dangvu.grassroots.month-counting} says ({@code TOUCHED} by default, {@code COMPLETE}): the regulations
 * count by calendar month and do not say how a period cut inside a month counts (unconfirmed).
 */
@Component
public class GrassrootsCompliancePolicy {

    static final String SHARE_RULE = "Quy chế làm việc: cấp ủy viên dành ít nhất %s thời gian đi cơ sở (chưa xác minh)";
    static final String CELL_MEETING_RULE = "KH 10-KH/TW 06/6/2018: dự sinh hoạt chi bộ nơi cư trú %d lần/năm";
    static final String RECEPTION_RULE = "QĐ 11-QĐi/TW 2019, KL 215-KL/TW 2025: người đứng đầu tiếp dân %d ngày/tháng";

    private final int numerator;
    private final int denominator;
    private final GrassrootsProperties properties;

    public GrassrootsCompliancePolicy(GrassrootsProperties properties) {
        String[] parts = properties.minimumShare().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException(
                    "dangvu.grassroots.minimum-share must be n/d: " + properties.minimumShare());
        }
        this.numerator = Integer.parseInt(parts[0].strip());
        this.denominator = Integer.parseInt(parts[1].strip());
        if (numerator < 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException(
                    "dangvu.grassroots.minimum-share out of range: " + properties.minimumShare());
        }
        this.properties = properties;
    }

    /** The minimum share as written, e.g. {@code 1/3}. */
    public String minimumShare() {
        return numerator + "/" + denominator;
    }

    /** Grassroots days the minimum share makes of {@code workingDays}. */
    public double requiredDays(int workingDays) {
        return (double) workingDays * numerator / denominator;
    }

    /** Whether {@code days} at the grassroots fall short of the minimum share of {@code workingDays}. */
    public boolean underMinimum(double days, int workingDays) {
        return days * denominator < (double) workingDays * numerator;
    }

    /**
     * Working days at the grassroots from the visits of one member: on each working day the visits add up (0.5 for a
     * half day) to at most one day; visits on days off do not count.
     */
    public double grassrootsDays(Collection<Visit> visits, Predicate<LocalDate> isWorkingDay) {
        Map<LocalDate, Double> byDay = new TreeMap<>();
        for (Visit v : visits) {
            if (isWorkingDay.test(v.day())) {
                byDay.merge(v.day(), v.duration().days(), Double::sum);
            }
        }
        return byDay.values().stream().mapToDouble(d -> Math.min(1.0, d)).sum();
    }

    /** Residential cell meetings a member of the committee of a unit of this kind attends a year. */
    public int cellMeetingsPerYear(OrgUnitKind committeeKind) {
        return isProvincial(committeeKind)
                ? properties.provincialCellMeetingsPerYear()
                : properties.cellMeetingsPerYear();
    }

    /** The yearly count pro rata for the months of the period. */
    public double cellMeetingsRequired(OrgUnitKind committeeKind, LocalDate from, LocalDate to) {
        return cellMeetingsPerYear(committeeKind) * months(from, to) / 12.0;
    }

    /** Reception days a month of the head of a committee of a unit of this kind; {@code null} when none apply. */
    public @Nullable Integer receptionDaysPerMonth(OrgUnitKind committeeKind) {
        if (isProvincial(committeeKind)) {
            return properties.provincialReceptionDaysPerMonth();
        }
        return committeeKind == OrgUnitKind.COMMUNE ? properties.communeReceptionDaysPerMonth() : null;
    }

    /** Reception days the head must have held over the period, or {@code null} when none apply. */
    public @Nullable Integer receptionDaysRequired(OrgUnitKind committeeKind, LocalDate from, LocalDate to) {
        Integer perMonth = receptionDaysPerMonth(committeeKind);
        return perMonth == null ? null : perMonth * (int) months(from, to);
    }

    /** The rules applied to a committee of a unit of this kind, for the report. */
    public List<String> rules(OrgUnitKind committeeKind) {
        Integer reception = receptionDaysPerMonth(committeeKind);
        String share = SHARE_RULE.formatted(minimumShare());
        String meetings = CELL_MEETING_RULE.formatted(cellMeetingsPerYear(committeeKind));
        String months = properties.monthCounting() == GrassrootsProperties.MonthCounting.TOUCHED
                ? " (tháng có một phần trong kỳ tính cả tháng)"
                : " (chỉ tính các tháng trọn vẹn trong kỳ)";
        return reception == null
                ? List.of(share, meetings + months)
                : List.of(share, meetings + months, RECEPTION_RULE.formatted(reception) + months);
    }

    /**
     * The calendar months of the period as counted by {@code dangvu.grassroots.month-counting}: those it touches, or
     * those wholly inside it.
     */
    long months(LocalDate from, LocalDate to) {
        long touched = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
        if (properties.monthCounting() == GrassrootsProperties.MonthCounting.TOUCHED) {
            return touched;
        }
        long complete = touched;
        if (from.getDayOfMonth() != 1) {
            complete--;
        }
        if (!to.equals(YearMonth.from(to).atEndOfMonth()) && (complete > 0)) {
            complete--;
        }
        return Math.max(0, complete);
    }

    private static boolean isProvincial(OrgUnitKind kind) {
        return kind == OrgUnitKind.PROVINCIAL || kind == OrgUnitKind.NATIONAL;
    }

    /**
     * A visit as the policy counts it.
     *
     * @param day the day
     * @param duration half or full day
     */
    public record Visit(LocalDate day, VisitDuration duration) {}
}
