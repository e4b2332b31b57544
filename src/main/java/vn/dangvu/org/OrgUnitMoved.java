package vn.dangvu.org;

import java.time.Instant;

/** A unit and its whole subtree moved: every path that started with {@code oldPath} now starts with {@code newPath}. */
public record OrgUnitMoved(long unitId, String oldPath, String newPath, Instant occurredAt) {}
