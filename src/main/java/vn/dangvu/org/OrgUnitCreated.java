package vn.dangvu.org;

import java.time.Instant;

/** A unit was created under {@code parentId}. */
public record OrgUnitCreated(long unitId, long parentId, OrgUnitKind kind, Instant occurredAt) {}
