package vn.dangvu.report.internal;

import java.time.LocalDate;
import vn.dangvu.shared.Role;

/**
 * Who reads the standard reports and on which date by default. The annual statistical reports count on 31/12
 * (HD 11-HD/BTCTW 2021; REGULATIONS §12.3), so a report opens on the last year end that has passed — the report the
 * committees file — and any other date, today's included, is one choice away.
 */
final class ReportPolicy {

    /** The statistics readers: the same roles as the member list. */
    static final Role[] READERS = {
        Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION
    };

    private ReportPolicy() {}

    /** The latest 31/12 on or before today (a report cannot count the future). */
    static LocalDate defaultReferenceDate(LocalDate today) {
        LocalDate yearEnd = LocalDate.of(today.getYear(), 12, 31);
        return yearEnd.isAfter(today) ? yearEnd.minusYears(1) : yearEnd;
    }
}
