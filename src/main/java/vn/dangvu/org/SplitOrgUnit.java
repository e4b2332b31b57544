package vn.dangvu.org;

import java.util.List;
import java.util.UUID;

/**
 * Form new units from a source unit; they sit beside it (under its superior) and take the chosen members and child
 * units of it. The source stays with what remains; once empty it may be dissolved.
 *
 * @param sourceId the source unit
 * @param sourceVersion its version as last read
 * @param parts the new units
 * @param decision the decision
 */
public record SplitOrgUnit(long sourceId, long sourceVersion, List<NewUnit> parts, OrgDecision decision) {

    public SplitOrgUnit {
        parts = List.copyOf(parts);
    }

    /**
     * A unit formed by a split.
     *
     * @param kind its kind
     * @param code its unique code
     * @param name its name
     * @param memberIds active members of the source who move to it
     * @param childIds active direct children of the source that move under it
     */
    public record NewUnit(OrgUnitKind kind, String code, String name, List<UUID> memberIds, List<Long> childIds) {

        public NewUnit {
            memberIds = List.copyOf(memberIds);
            childIds = List.copyOf(childIds);
        }
    }
}
