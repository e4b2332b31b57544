package vn.dangvu.org;

import java.time.Instant;
import java.util.List;

/** New units were formed from {@code sourceId}, taking chosen members and child units of it. */
public record OrgUnitSplit(long sourceId, List<Long> newUnitIds, Instant occurredAt) {}
