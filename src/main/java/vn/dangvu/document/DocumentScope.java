package vn.dangvu.document;

import org.jspecify.annotations.Nullable;
import vn.dangvu.shared.Role;

/**
 * One row of a distribution scope.
 *
 * @param kind city, subtree, unit or role
 * @param orgUnitId the unit of a SUBTREE or UNIT row
 * @param role the role of a ROLE row
 * @param orgUnitName the unit's name when shown ({@code null} when written)
 */
public record DocumentScope(
        ScopeKind kind,
        @Nullable Long orgUnitId,
        @Nullable Role role,
        @Nullable String orgUnitName) {

    /** A row as staff write it. */
    public DocumentScope(ScopeKind kind, @Nullable Long orgUnitId, @Nullable Role role) {
        this(kind, orgUnitId, role, null);
    }
}
