package vn.dangvu.duty;

import java.util.List;

/**
 * A member's fee record: the year's months with the bases and reliefs they are computed from.
 *
 * @param year the months of the year asked for
 * @param bases every basis of the member, oldest first
 * @param reliefs every relief of the member, oldest first
 */
public record FeeMemberRecord(FeeMemberYear year, List<FeeBasis> bases, List<FeeRelief> reliefs) {

    public FeeMemberRecord {
        bases = List.copyOf(bases);
        reliefs = List.copyOf(reliefs);
    }
}
