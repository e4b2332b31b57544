package vn.dangvu.org;

import java.time.Instant;

/** A unit was renamed. */
public record OrgUnitRenamed(long unitId, String oldName, String newName, Instant occurredAt) {}
