package vn.dangvu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrgScopeTests {

    private final UUID memberId = UUID.randomUUID();

    @Test
    void keepsOnlyTheOutermostSubtreesOfTheAcceptedRoles() {
        Actor actor = new Actor(
                UUID.randomUUID(),
                "x",
                memberId,
                45L,
                List.of(
                        new RoleGrant(Role.ORG_STAFF, 2, "/1/2/"),
                        new RoleGrant(Role.CELL_SECRETARY, 45, "/1/2/3/45/"),
                        new RoleGrant(Role.INSPECTION, 7, "/1/7/"),
                        new RoleGrant(Role.MEMBER, 45, "/1/2/3/45/")));
        OrgScope scope = actor.scopeFor(Role.ORG_STAFF, Role.CELL_SECRETARY);
        assertThat(scope.paths()).containsExactly("/1/2/");
        assertThat(scope.selfMemberId()).isNull();
        assertThat(actor.scopeFor(Role.MEMBER).selfMemberId()).isEqualTo(memberId);
        assertThat(actor.scopeFor(Role.ADMIN).isEmpty()).isTrue();
    }

    @Test
    void pathRangeCoversTheSubtreeAndNothingElse() {
        String end = OrgScope.rangeEnd("/1/23/");
        assertThat(end).isEqualTo("/1/230");
        assertThat("/1/23/456/".compareTo("/1/23/")).isPositive();
        assertThat("/1/23/456/".compareTo(end)).isNegative();
        assertThat("/1/230/".compareTo(end)).isPositive();
        assertThat("/1/24/".compareTo(end)).isPositive();
        OrgScope scope = new OrgScope(List.of("/1/23/"), null);
        assertThat(scope.covers("/1/23/456/")).isTrue();
        assertThat(scope.covers("/1/230/")).isFalse();
    }
}
