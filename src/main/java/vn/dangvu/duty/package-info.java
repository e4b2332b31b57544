/**
 * The members' duties measured each year and each month (REGULATIONS §5, §6): the annual evaluation and quality rating
 * of members and organisations (QĐ 366-QĐ/TW 2025; internals in {@code duty.internal.evaluation}) and party fees
 * (QĐ 01-QĐ/TW 2026; internals in {@code duty.internal.fee}). Both feed proposals of removal from the list to the
 * registry and figures to the statistics. The evaluation's API is {@code EvaluationManagement} and {@code Evaluations}; its rules are
 * {@code EvaluationLevelPolicy}, {@code ExcellentQuotaPolicy}, {@code OrganisationLevelPolicy} and
 * {@code StandingPolicy}. Fees are read through {@link vn.dangvu.duty.Fees} and written through
 * {@link vn.dangvu.duty.FeeManagement}; the tables are {@code duty_fee_*}.
 */
@ApplicationModule(
        displayName = "Evaluation and party fees",
        allowedDependencies = {"shared", "org", "member", "calendar"})
@NullMarked
package vn.dangvu.duty;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
