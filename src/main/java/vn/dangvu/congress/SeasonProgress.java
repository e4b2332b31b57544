package vn.dangvu.congress;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dangvu.org.OrgUnitKind;

/**
 * The progress of a congress season over a subtree, counted per kind of organisation (the levels of REGULATIONS
 * §1.1).
 *
 * @param rootUnitId the subtree's root
 * @param rootName its name
 * @param season the season (first year of the term)
 * @param today the day counted on
 * @param levels one row per kind present in the subtree
 * @param total all kinds
 */
public record SeasonProgress(
        long rootUnitId, String rootName, int season, LocalDate today, List<SeasonLevel> levels, SeasonLevel total) {

    public SeasonProgress {
        levels = List.copyOf(levels);
    }

    /**
     * Counts of one kind.
     *
     * @param kind the kind, null for the total
     * @param organisations organisations that hold a congress in the season
     * @param held held
     * @param planned planned, not yet held
     * @param notPlanned not planned
     * @param overdue late
     * @param heldText "2.309/2.310 (99,96 %)"
     * @param deadline the season's deadline for the kind, if set
     */
    public record SeasonLevel(
            @Nullable OrgUnitKind kind,
            long organisations,
            long held,
            long planned,
            long notPlanned,
            long overdue,
            String heldText,
            @Nullable LocalDate deadline) {}

    /**
     * An organisation whose congress is not (yet) held, for the drill-down.
     *
     * @param unitId the organisation
     * @param name its name
     * @param kind its kind
     * @param path its materialised path
     * @param status planned, not planned or overdue
     * @param congressId its congress, if planned
     * @param plannedOn the planned day
     * @param deadline the season's deadline for its kind
     */
    public record MissingOrganisation(
            long unitId,
            String name,
            OrgUnitKind kind,
            String path,
            SeasonStatus status,
            java.util.@Nullable UUID congressId,
            @Nullable LocalDate plannedOn,
            @Nullable LocalDate deadline) {}
}
