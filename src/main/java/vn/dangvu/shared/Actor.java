package vn.dangvu.shared;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The caller of a request: the account, the member it belongs to (if any) and the roles it holds with their
 * scopes. Controllers receive it as a method argument; queries turn it into an {@link OrgScope}.
 *
 * @param accountId the account
 * @param username the login name
 * @param memberId the member behind the account, or {@code null} for staff-only accounts
 * @param memberOrgUnitId the member's cell, or {@code null}
 * @param grants every role with its scope
 */
public record Actor(
        UUID accountId,
        String username,
        @Nullable UUID memberId,
        @Nullable Long memberOrgUnitId,
        List<RoleGrant> grants) {

    public Actor {
        grants = List.copyOf(grants);
    }

    public boolean has(Role... roles) {
        List<Role> wanted = Arrays.asList(roles);
        return grants.stream().anyMatch(g -> wanted.contains(g.role()));
    }

    /** The subtrees in which the caller holds any of {@code roles}. */
    public OrgScope scopeFor(Role... roles) {
        return OrgScope.of(this, roles);
    }
}
