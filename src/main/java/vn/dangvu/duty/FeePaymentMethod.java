package vn.dangvu.duty;

/** How a party fee was paid (QĐ 01-QĐ/TW 2026: the National Public Service Portal or cash to the cell). */
public enum FeePaymentMethod {
    /** In cash to the cell, recorded by its secretary. */
    CASH,
    /** Through the National Public Service Portal, imported from its export. */
    PORTAL
}
