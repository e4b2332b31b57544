package vn.dangvu.security.internal;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AnyRole;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.MemberCard;
import vn.dangvu.shared.MemberDirectory;
import vn.dangvu.shared.Role;

/** Who is logged in: the account, its roles with their scopes, and the member's card summary. */
@RestController
class MeController {

    private final AccountStore accounts;
    private final MemberDirectory members;
    private final SecurityProperties properties;
    private final JdbcClient jdbc;

    MeController(AccountStore accounts, MemberDirectory members, SecurityProperties properties, JdbcClient jdbc) {
        this.accounts = accounts;
        this.members = members;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/v1/me")
    @AnyRole
    MeView me(Actor actor) {
        AccountStore.AccountRow account = accounts.byId(actor.accountId())
                .orElseThrow(() -> new DomainException(DomainException.Kind.UNAUTHORIZED, "auth.required"));
        boolean staff = actor.grants().stream().anyMatch(g -> g.role().isStaff());
        List<RoleView> roles = actor.grants().stream()
                .map(g -> new RoleView(g.role(), g.orgUnitId(), unitName(g.orgUnitId())))
                .toList();
        MemberCard card = account.memberId() == null
                ? null
                : members.card(account.memberId()).orElse(null);
        return new MeView(
                new AccountView(
                        account.id(),
                        account.username(),
                        account.displayName(),
                        account.memberId() != null,
                        account.totpEnabled(),
                        properties.totpRequired() && staff),
                roles,
                card);
    }

    private String unitName(long id) {
        return jdbc.sql("SELECT name FROM org_unit_directory WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .orElse("");
    }

    /**
     * The logged-in account.
     *
     * @param account the account
     * @param roles roles with scopes
     * @param member the member's card summary, or {@code null} for staff-only accounts
     */
    record MeView(
            AccountView account,
            List<RoleView> roles,
            @Nullable MemberCard member) {}

    /**
     * @param id account id
     * @param username login name
     * @param displayName name to show
     * @param member whether a member stands behind the account
     * @param totpEnabled second factor enrolled
     * @param totpRequired second factor required for this account
     */
    record AccountView(
            UUID id, String username, String displayName, boolean member, boolean totpEnabled, boolean totpRequired) {}

    /**
     * @param role the role
     * @param orgUnitId root of its scope
     * @param orgUnitName that unit's name
     */
    record RoleView(Role role, long orgUnitId, String orgUnitName) {}
}
