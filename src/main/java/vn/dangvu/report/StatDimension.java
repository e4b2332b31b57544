package vn.dangvu.report;

/**
 * A breakdown of the counted members (probationary, official, exempted and in transit — each counted once, by the unit
 * whose list carries them) and of the organisations, with the bucket keys each one uses. Bucket keys are stable codes:
 * enum names of the member module ({@code MemberStatus}, {@code Ethnicity}, {@code Religion}, {@code
 * ProfessionalLevel}, {@code TheoryLevel}), the band codes of {@link StatBands}, and {@code UNKNOWN} where the record
 * leaves the field empty.
 */
public enum StatDimension {
    /** PROBATIONARY, OFFICIAL, EXEMPTED, IN_TRANSIT. */
    STATUS,
    /** M, F. */
    SEX,
    /** {@link StatBands#ageBand}: LE_30, 31_40, 41_50, 51_60, 61_70, GT_70 at the reference date. */
    AGE_BAND,
    /** Sex and age band together, {@code M_31_40}, {@code F_GT_70}…: the age pyramid of the dashboard. */
    AGE_SEX,
    /** The 54 groups of {@code Ethnicity}, UNKNOWN. */
    ETHNICITY,
    /** {@code Religion} names, UNKNOWN. */
    RELIGION,
    /** {@link StatBands#generalEducation}: PRIMARY, LOWER_SECONDARY, UPPER_SECONDARY, UNKNOWN. */
    GENERAL_EDUCATION,
    /** {@code ProfessionalLevel} names, UNKNOWN. */
    PROFESSIONAL_LEVEL,
    /** {@code TheoryLevel} names, UNKNOWN. */
    THEORY_LEVEL,
    /** {@link StatBands#partyAgeBand}: LT_10, 10_19, 20_29, 30_39, 40_49, GE_50, UNKNOWN at the reference date. */
    PARTY_AGE_BAND,
    /** Organisations (active units, the unit itself included) by {@code OrgUnitKind}. Counts units, not members. */
    UNIT_KIND,
    /** Cells ({@code GRASSROOTS_CELL}, {@code CELL}) by their counted members: {@link StatBands#cellSizeBand}. */
    CELL_SIZE
}
