package vn.dangvu.shared;

/**
 * One role held over one organisation subtree.
 *
 * @param role the role
 * @param orgUnitId the root of the subtree
 * @param orgPath the materialised path of that root, e.g. {@code /1/23/}
 */
public record RoleGrant(Role role, long orgUnitId, String orgPath) implements java.io.Serializable {}
