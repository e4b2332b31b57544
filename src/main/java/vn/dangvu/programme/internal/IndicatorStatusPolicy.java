package vn.dangvu.programme.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dangvu.programme.IndicatorDirection;
import vn.dangvu.programme.IndicatorStatus;

/**
 * The status of an indicator (chỉ tiêu) as of a day, from its latest value reported by then. No regulation fixes how a
 * committee judges an indicator mid-term; the reviews of the city's Chương trình 01-CTr/TU count indicators "cơ bản
 * đạt" and tasks "đúng tiến độ", so this class states one rule and shows it with every status:
 *
 * <ol>
 *   <li>No value reported by the day: {@code NOT_REPORTED}.
 *   <li>Met: AT_LEAST value ≥ target; AT_MOST value ≤ target; EXACTLY value = target; BY_DATE achieved on or before
 *       the target date. Met is {@code MET} whenever it happens.
 *   <li>Otherwise, when the period is over (for BY_DATE: the target date has passed): {@code NOT_MET}.
 *   <li>Otherwise linear expected progress: the share of the period elapsed, {@code (day − from) / (to − from)} (for
 *       BY_DATE up to the target date), is the share of the way from the baseline to the target that should be
 *       covered; the progress made is {@code (value − baseline) / (target − baseline)} (for BY_DATE the reported
 *       percentage). {@code ON_TRACK} when progress ≥ expected − {@value #TOLERANCE_POINTS} percentage points, else
 *       {@code AT_RISK}.
 * </ol>
 */
@Component
public class IndicatorStatusPolicy {

    /** Percentage points a value may lag the linear expectation and still be on track. */
    public static final int TOLERANCE_POINTS = 10;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * What is judged.
     *
     * @param direction the target's direction
     * @param baseline the value at the start of the period
     * @param target the target value (null for BY_DATE)
     * @param targetDate the date to achieve a BY_DATE indicator by
     * @param from first day of the period
     * @param to last day of the period
     */
    public record Definition(
            IndicatorDirection direction,
            BigDecimal baseline,
            @Nullable BigDecimal target,
            @Nullable LocalDate targetDate,
            LocalDate from,
            LocalDate to) {}

    /**
     * The latest report on or before the day.
     *
     * @param value the value reported (the percentage for BY_DATE)
     * @param achievedOn for BY_DATE, the day the result was achieved
     */
    public record Reading(
            @Nullable BigDecimal value, @Nullable LocalDate achievedOn) {}

    /**
     * The judgement.
     *
     * @param status the status
     * @param progress percent of the way from the baseline to the target (0–100), null when nothing is reported
     * @param expected percent expected by the day under the linear rule
     * @param rule the rule applied, in words
     */
    public record Assessment(
            IndicatorStatus status, @Nullable Integer progress, int expected, String rule) {}

    public Assessment assess(Definition d, @Nullable Reading reading, LocalDate day) {
        LocalDate end = d.direction() == IndicatorDirection.BY_DATE && d.targetDate() != null ? d.targetDate() : d.to();
        int expected = elapsedPercent(d.from(), end, day);
        if (reading == null || (reading.value() == null && reading.achievedOn() == null)) {
            return new Assessment(
                    IndicatorStatus.NOT_REPORTED,
                    null,
                    expected,
                    "Chưa có số liệu báo cáo đến ngày " + day.format(DAY) + ".");
        }
        if (d.direction() == IndicatorDirection.BY_DATE) {
            return byDate(d, reading, day, end, expected);
        }
        BigDecimal value = reading.value() == null ? d.baseline() : reading.value();
        BigDecimal target = d.target() == null ? d.baseline() : d.target();
        boolean met = switch (d.direction()) {
            case AT_LEAST -> value.compareTo(target) >= 0;
            case AT_MOST -> value.compareTo(target) <= 0;
            default -> value.compareTo(target) == 0;
        };
        int progress = progress(d.baseline(), target, value, met);
        String goal = goalWords(d.direction(), target);
        if (met) {
            return new Assessment(
                    IndicatorStatus.MET, 100, expected, "Đạt: giá trị " + plain(value) + " " + goal + ".");
        }
        if (day.isAfter(d.to())) {
            return new Assessment(
                    IndicatorStatus.NOT_MET,
                    progress,
                    100,
                    "Không đạt: hết kỳ ngày " + d.to().format(DAY) + ", giá trị " + plain(value) + " chưa " + goal
                            + ".");
        }
        return linear(progress, expected, "giá trị " + plain(value) + ", mục tiêu " + goal);
    }

    private Assessment byDate(Definition d, Reading reading, LocalDate day, LocalDate end, int expected) {
        LocalDate achieved = reading.achievedOn();
        if (achieved != null && !achieved.isAfter(end) && !achieved.isAfter(day)) {
            return new Assessment(
                    IndicatorStatus.MET,
                    100,
                    expected,
                    "Đạt: hoàn thành ngày " + achieved.format(DAY) + ", trước hạn " + end.format(DAY) + ".");
        }
        BigDecimal value = reading.value() == null ? BigDecimal.ZERO : reading.value();
        int progress = clamp(value.setScale(0, RoundingMode.DOWN).intValue());
        if (day.isAfter(end) || (achieved != null && achieved.isAfter(end))) {
            return new Assessment(
                    IndicatorStatus.NOT_MET,
                    progress,
                    100,
                    "Không đạt: chưa hoàn thành trước hạn " + end.format(DAY) + ".");
        }
        return linear(progress, expected, "tiến độ " + progress + "%, hạn " + end.format(DAY));
    }

    private static Assessment linear(int progress, int expected, String facts) {
        boolean onTrack = progress >= expected - TOLERANCE_POINTS;
        String rule = (onTrack ? "Đúng tiến độ" : "Có nguy cơ không đạt") + ": " + facts + "; đã đi được " + progress
                + "% chặng đường, theo tiến độ tuyến tính cần " + expected + "% (cho phép chậm "
                + TOLERANCE_POINTS + " điểm %).";
        return new Assessment(onTrack ? IndicatorStatus.ON_TRACK : IndicatorStatus.AT_RISK, progress, expected, rule);
    }

    /** Percent of the way from the baseline to the target, 0–100. */
    static int progress(BigDecimal baseline, BigDecimal target, BigDecimal value, boolean met) {
        if (met) {
            return 100;
        }
        BigDecimal span = target.subtract(baseline);
        if (span.signum() == 0) {
            return 0;
        }
        BigDecimal done =
                value.subtract(baseline).multiply(BigDecimal.valueOf(100)).divide(span, 0, RoundingMode.DOWN);
        return clamp(done.intValue());
    }

    /** Percent of the days from {@code from} to {@code to} elapsed on {@code day}, 0–100. */
    static int elapsedPercent(LocalDate from, LocalDate to, LocalDate day) {
        long total = ChronoUnit.DAYS.between(from, to);
        if (total <= 0) {
            return 100;
        }
        long elapsed = ChronoUnit.DAYS.between(from, day);
        return clamp((int) (elapsed * 100 / total));
    }

    private static int clamp(int percent) {
        return Math.max(0, Math.min(100, percent));
    }

    private static String goalWords(IndicatorDirection direction, BigDecimal target) {
        return switch (direction) {
            case AT_LEAST -> "đạt từ " + plain(target) + " trở lên";
            case AT_MOST -> "không quá " + plain(target);
            default -> "bằng " + plain(target);
        };
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
