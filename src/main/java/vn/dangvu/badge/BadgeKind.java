package vn.dangvu.badge;

/** How a badge is awarded (REGULATIONS §4.1). */
public enum BadgeKind {
    /** The membership age has reached the milestone by the occasion. */
    NORMAL,
    /** Seriously ill: up to 12 months early for 30–65 years, up to 24 months for 70–90 years. */
    ILLNESS,
    /** Truy tặng: to a deceased member, up to 12 months early. */
    POSTHUMOUS
}
