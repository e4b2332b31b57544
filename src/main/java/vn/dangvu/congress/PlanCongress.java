package vn.dangvu.congress;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A congress to plan, or a plan to rewrite.
 *
 * @param orgUnitId the organisation
 * @param season first year of the term the congress opens
 * @param termMonths length of the term: 60, or 30 for a chi bộ trực thuộc (REGULATIONS §1.3)
 * @param kind members' or delegates' congress
 * @param plannedOn planned day
 * @param pilot pilot congress (thí điểm)
 * @param directSecretary the congress elects the secretary directly
 * @param congressNumber a number other than the computed one, or null to use the computed one
 * @param numberReason why the number differs from the computed one (required then)
 */
public record PlanCongress(
        long orgUnitId,
        int season,
        int termMonths,
        CongressKind kind,
        LocalDate plannedOn,
        boolean pilot,
        boolean directSecretary,
        @Nullable Integer congressNumber,
        @Nullable String numberReason) {}
