package vn.dangvu.org;

import java.time.LocalDate;

/**
 * The decision behind an organisation change.
 *
 * @param number the decision's number and symbol, e.g. {@code 1234-QĐ/TU}
 * @param date the day it was signed
 * @param issuer the issuing body as the decision names it, e.g. "Ban Thường vụ Thành ủy Hà Nội"
 * @param effectiveOn the day the change takes effect
 */
public record OrgDecision(String number, LocalDate date, String issuer, LocalDate effectiveOn) {}
