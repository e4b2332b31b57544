package vn.dangvu.org;

import java.time.Instant;

/** A unit without members or child units was dissolved; it stays for history. */
public record OrgUnitDissolved(long unitId, Instant occurredAt) {}
