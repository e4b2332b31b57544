package vn.dangvu.demo.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The dates of a demo member's admission, kept consistent with REGULATIONS §3.2–3.4: admitted (date of the admission
 * decision) aged 18 to 60 full years, counted by month; the ceremony within a few weeks of the decision; probation of
 * 12 months from the ceremony, so official status on the ceremony's date 12 months later (Charter Art 5).
 */
final class MemberDates {

    /** Days between the admission decision and the ceremony. */
    static final int MIN_CEREMONY_LAG = 5;

    static final int MAX_CEREMONY_LAG = 25;

    static final int MIN_ADMISSION_AGE = 18;
    static final int MAX_ADMISSION_AGE = 60;

    /**
     * Admission and official dates.
     *
     * @param officialOn null while on probation
     */
    record Dates(
            LocalDate admittedOn,
            LocalDate ceremony,
            @Nullable LocalDate officialOn) {}

    private MemberDates() {}

    /** Whether someone born on {@code birth} may be admitted on {@code admittedOn}: 18 to 60 full years of age. */
    static boolean admissibleAge(LocalDate birth, LocalDate admittedOn) {
        int years = Period.between(birth, admittedOn).getYears();
        return years >= MIN_ADMISSION_AGE && years <= MAX_ADMISSION_AGE;
    }

    /** Probation ends, and official status takes effect, 12 months after the ceremony. */
    static LocalDate officialOn(LocalDate ceremony) {
        return ceremony.plusMonths(12);
    }

    /** The 18th birthday; for someone born on 29 February in a common year, 1 March. */
    static LocalDate earliestAdmission(LocalDate birth) {
        LocalDate birthday = birth.plusYears(MIN_ADMISSION_AGE);
        return birthday.getDayOfMonth() == birth.getDayOfMonth() ? birthday : birthday.plusDays(1);
    }

    /** The last admission day at an admissible age. */
    static LocalDate latestAdmissionByAge(LocalDate birth) {
        return birth.plusYears(MAX_ADMISSION_AGE + 1).minusDays(1);
    }

    /** The last admission day after which official status would still be pending at {@code referenceDate}. */
    static LocalDate latestAdmissionForOfficial(LocalDate birth, LocalDate referenceDate) {
        LocalDate byProbation = referenceDate.minusMonths(12).minusDays(MAX_CEREMONY_LAG);
        LocalDate byAge = latestAdmissionByAge(birth);
        return byProbation.isBefore(byAge) ? byProbation : byAge;
    }

    /** Whether someone born on {@code birth} can be an official member by {@code referenceDate}. */
    static boolean canBeOfficial(LocalDate birth, LocalDate referenceDate) {
        return !earliestAdmission(birth).isAfter(latestAdmissionForOfficial(birth, referenceDate));
    }

    /** Whether someone born on {@code birth} can be a probationary member at {@code referenceDate}. */
    static boolean canBeProbationary(LocalDate birth, LocalDate referenceDate) {
        LocalDate from =
                max(earliestAdmission(birth), referenceDate.minusMonths(12).plusDays(1));
        LocalDate to = min(latestAdmissionByAge(birth), referenceDate.minusDays(MAX_CEREMONY_LAG));
        return !from.isAfter(to);
    }

    /** Dates of a probationary member: admitted within the 12 months before the reference date, ceremony held. */
    static Dates probationary(LocalDate birth, LocalDate referenceDate, SplittableRandom random) {
        LocalDate from =
                max(earliestAdmission(birth), referenceDate.minusMonths(12).plusDays(1));
        LocalDate to = min(latestAdmissionByAge(birth), referenceDate.minusDays(MAX_CEREMONY_LAG));
        LocalDate admitted = between(from, to, random);
        return new Dates(admitted, admitted.plusDays(lag(random)), null);
    }

    /**
     * Dates of a member who has completed probation: admitted at an age around 27 (most admissions are of young people),
     * official 12 months after the ceremony and no later than the reference date.
     */
    static Dates official(LocalDate birth, LocalDate referenceDate, SplittableRandom random) {
        LocalDate from = earliestAdmission(birth);
        LocalDate to = latestAdmissionForOfficial(birth, referenceDate);
        double age = Draw.clippedNormal(random, 27, 7, MIN_ADMISSION_AGE, MAX_ADMISSION_AGE);
        LocalDate admitted = birth.plusMonths(Math.round(age * 12)).plusDays(random.nextInt(28));
        if (admitted.isBefore(from) || admitted.isAfter(to)) {
            admitted = between(from, to, random);
        }
        LocalDate ceremony = admitted.plusDays(lag(random));
        return new Dates(admitted, ceremony, officialOn(ceremony));
    }

    private static int lag(SplittableRandom random) {
        return MIN_CEREMONY_LAG + random.nextInt(MAX_CEREMONY_LAG - MIN_CEREMONY_LAG + 1);
    }

    /** A uniform day in {@code [from, to]}. */
    static LocalDate between(LocalDate from, LocalDate to, SplittableRandom random) {
        long days = ChronoUnit.DAYS.between(from, to);
        return from.plusDays(days <= 0 ? 0 : random.nextLong(days + 1));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
