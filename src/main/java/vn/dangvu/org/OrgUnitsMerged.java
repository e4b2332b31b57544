package vn.dangvu.org;

import java.time.Instant;
import java.util.List;

/** Units were absorbed into {@code survivorId}, which received their active members and child units. */
public record OrgUnitsMerged(long survivorId, List<Long> absorbedIds, Instant occurredAt) {}
