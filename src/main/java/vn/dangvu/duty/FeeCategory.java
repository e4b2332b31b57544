package vn.dangvu.duty;

/**
 * What a member's monthly party fee is computed from (REGULATIONS §6; QĐ 01-QĐ/TW 03/02/2026). The amounts of the
 * categories marked unconfirmed are settings ({@code dangvu.fees.fixed-amounts}).
 */
public enum FeeCategory {
    /** In compulsory social insurance: 1 % of the contribution salary of the month before. */
    BHXH_SALARY,
    /** On sick or maternity leave paid by social insurance: 1 % of the allowance. */
    BHXH_ALLOWANCE,
    /** Pensioner not in compulsory social insurance: 0.5 % of the pension. */
    PENSION,
    /** Pupil or student: 5,000 VND a month. */
    STUDENT,
    /** Other members outside social insurance (farmers, self-employed …): a fixed amount, unconfirmed (setting). */
    NON_BHXH,
    /** Members at missions abroad, accompanying spouses, state-funded students abroad: unconfirmed (setting). */
    ABROAD
}
