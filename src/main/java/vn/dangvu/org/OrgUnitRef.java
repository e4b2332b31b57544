package vn.dangvu.org;

/**
 * What other modules need to know of a unit.
 *
 * @param id unit id
 * @param kind kind of organisation
 * @param name full name
 * @param path materialised path
 */
public record OrgUnitRef(long id, OrgUnitKind kind, String name, String path) {}
