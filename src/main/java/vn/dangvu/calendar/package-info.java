/**
 * The working-day calendar: Vietnamese public holidays (Bộ luật Lao động 2019, Art. 112, with the lunar dates of Tết
 * and Hùng Kings' day), compensatory days off for holidays on a weekend (Art. 111(3)), and the administrators'
 * adjustments (extra days off, make-up working days) kept in {@code holiday_adjustment}. {@link
 * vn.dangvu.calendar.WorkingDays} is the one place where deadlines in working days are computed. Publishes no
 * events.
 */
@ApplicationModule(displayName = "Working-day calendar", allowedDependencies = "shared")
@NullMarked
package vn.dangvu.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
