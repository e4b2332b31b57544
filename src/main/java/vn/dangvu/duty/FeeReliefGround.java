package vn.dangvu.duty;

/** Why a member is exempted from or pays less party fee (QĐ 01-QĐ/TW 2026, Art. 5; REGULATIONS §6). */
public enum FeeReliefGround {
    /** Receives the social pension allowance (trợ cấp hưu trí xã hội): exempt. */
    SOCIAL_PENSION,
    /** Poor or near-poor household, on application to the cell: exempt. */
    POOR_HOUSEHOLD,
    /** Grave illness, on application to the cell: exempt. */
    GRAVE_ILLNESS,
    /** Other hardship: exempt or reduced by 30, 50 or 70 %, each decision for at most 12 months. */
    HARDSHIP
}
