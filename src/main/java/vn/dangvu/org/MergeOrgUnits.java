package vn.dangvu.org;

import java.util.List;

/**
 * Merge units into a surviving unit, which receives their active members and active child units.
 *
 * @param survivorId the surviving unit
 * @param survivorVersion its version as last read
 * @param absorbed the absorbed units with their versions as last read
 * @param decision the decision
 */
public record MergeOrgUnits(
        long survivorId, long survivorVersion, List<OrgChangePreview.UnitVersion> absorbed, OrgDecision decision) {

    public MergeOrgUnits {
        absorbed = List.copyOf(absorbed);
    }
}
