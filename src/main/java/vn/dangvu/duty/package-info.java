/**
 * The members' duties measured each year and each month (REGULATIONS §5, §6): the annual evaluation and quality rating
 * of members and organisations (QĐ 366-QĐ/TW 2025; internals in {@code duty.internal.evaluation}) and party fees
 * (QĐ 01-QĐ/TW 2026; internals in {@code duty.internal.fee}). Both feed proposals of removal from the list to the
 * registry and figures to the statistics. Fees are read through {@link vn.dangvu.duty.Fees} and written through
 * {@link vn.dangvu.duty.FeeManagement}; the tables are {@code duty_fee_*}.
 */
@ApplicationModule(
        displayName = "Evaluation and party fees",
        allowedDependencies = {"shared", "org", "member", "calendar"})
@NullMarked
package vn.dangvu.duty;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
