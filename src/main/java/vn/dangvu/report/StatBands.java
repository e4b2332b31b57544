package vn.dangvu.report;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * The bands the statistics count in, shared by the counters, the as-of-date statistics and the standard reports so
 * that every figure of one band means the same thing. Ages and membership ages are whole years completed on the
 * reference date (a member born on 5/3/1996 is 30 on 5/3/2026, not before). The age bands are those of the statistical
 * forms' quality structure (HD 11-HD/BTCTW 2021, REGULATIONS §12.3); the membership-age bands are ten-year steps, with
 * the badge milestones (30 years and more) at their lower edges. The cell-size bands follow the size rules: fewer than
 * 3 official members cannot form a cell, 9 or more elect a cell committee, 30 make a grassroots cell a committee
 * (Party Charter Art. 21, 24(4); REGULATIONS §1).
 */
public final class StatBands {

    public static final String UNKNOWN = "UNKNOWN";

    private StatBands() {}

    /** Whole years from {@code from} to {@code on}; negative when {@code from} is later. */
    public static int yearsCompleted(LocalDate from, LocalDate on) {
        return Period.between(from, on).getYears();
    }

    /** LE_30, 31_40, 41_50, 51_60, 61_70 or GT_70: the member's age on {@code on}. */
    public static String ageBand(LocalDate birthDate, LocalDate on) {
        int age = yearsCompleted(birthDate, on);
        if (age <= 30) {
            return "LE_30";
        }
        if (age > 70) {
            return "GT_70";
        }
        int lower = (age - 1) / 10 * 10 + 1;
        return lower + "_" + (lower + 9);
    }

    /** LT_10, 10_19 … 40_49 or GE_50: years since the first admission decision, or UNKNOWN without one. */
    public static String partyAgeBand(@Nullable LocalDate firstAdmittedOn, LocalDate on) {
        if (firstAdmittedOn == null || firstAdmittedOn.isAfter(on)) {
            return UNKNOWN;
        }
        int years = yearsCompleted(firstAdmittedOn, on);
        if (years < 10) {
            return "LT_10";
        }
        if (years >= 50) {
            return "GE_50";
        }
        int lower = years / 10 * 10;
        return lower + "_" + (lower + 9);
    }

    /**
     * PRIMARY (grades 1–5), LOWER_SECONDARY (6–9), UPPER_SECONDARY (10–12, or 10/10 of the old system) from the form's
     * "n/m" notation, or UNKNOWN when the field is empty or unreadable.
     */
    public static String generalEducation(@Nullable String grade) {
        if (grade == null || grade.isBlank()) {
            return UNKNOWN;
        }
        String completed = grade.strip().split("/", 2)[0].strip();
        int n;
        try {
            n = Integer.parseInt(completed);
        } catch (NumberFormatException e) {
            return UNKNOWN;
        }
        if (n <= 0 || n > 12) {
            return UNKNOWN;
        }
        if (n <= 5) {
            return "PRIMARY";
        }
        return n <= 9 ? "LOWER_SECONDARY" : "UPPER_SECONDARY";
    }

    /** LT_3, 3_8, 9_29 or GE_30: a cell's counted members. Cells with none are EMPTY. */
    public static String cellSizeBand(long members) {
        if (members == 0) {
            return "EMPTY";
        }
        if (members < 3) {
            return "LT_3";
        }
        if (members < 9) {
            return "3_8";
        }
        return members < 30 ? "9_29" : "GE_30";
    }
}
