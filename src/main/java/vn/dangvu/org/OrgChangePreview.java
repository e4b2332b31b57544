package vn.dangvu.org;

import java.util.List;

/**
 * What a move, merge or split would do, computed without writing anything.
 *
 * @param unitsAffected units whose place in the tree changes, subtrees included
 * @param directUnits names of the units the change names directly
 * @param membersMoving members who change organisation (or move with their unit)
 * @param newParentPath names from the top of the tree down to the unit(s) that receive the change
 * @param warnings size rules the result would trigger
 * @param versions versions of the units read, to send back with the confirmed change
 */
public record OrgChangePreview(
        long unitsAffected,
        List<String> directUnits,
        long membersMoving,
        String newParentPath,
        List<OrgSizeWarning> warnings,
        List<UnitVersion> versions) {

    /**
     * A unit's version as the preview read it.
     *
     * @param id unit id
     * @param version its version
     */
    public record UnitVersion(long id, long version) {}
}
