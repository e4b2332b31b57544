package vn.dangvu.org;

/**
 * Create a unit.
 *
 * @param parentId the parent unit
 * @param kind kind of the new unit
 * @param code short unique code
 * @param name full name
 */
public record CreateOrgUnit(long parentId, OrgUnitKind kind, String code, String name) {}
