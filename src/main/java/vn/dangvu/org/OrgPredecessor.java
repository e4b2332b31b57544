package vn.dangvu.org;

import java.time.LocalDate;

/**
 * A unit that another one continues: a unit absorbed into it by a merge, or the unit it was split from. Read from the
 * unit's history, where a merge and a split are each recorded twice, first on the absorbed (or source) unit and then
 * on the survivor (or new unit).
 *
 * @param unitId the predecessor
 * @param kind {@link OrgUnitEventKind#MERGED} or {@link OrgUnitEventKind#SPLIT}
 * @param effectiveOn the day the merge or split took effect
 */
public record OrgPredecessor(long unitId, OrgUnitEventKind kind, LocalDate effectiveOn) {}
