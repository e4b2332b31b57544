package vn.dangvu.security.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.text.VietnameseText;

/** The administrator's list of staff accounts with their roles and lock state. */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountAdminController {

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountAdminController(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Accounts that hold a staff role, optionally filtered by user name or display name. */
    @GetMapping
    @Allowed(Role.ADMIN)
    PageResult<AccountSummary> list(
            @RequestParam(required = false) @Size(max = 64, message = "{account.search.q.size}") @Nullable String q,
            @Valid @org.springdoc.core.annotations.ParameterObject Paging paging) {
        String filter = q == null || q.isBlank()
                ? "%"
                : "%" + VietnameseText.searchKey(q).replace("%", "") + "%";
        String where = """
                EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role <> 'MEMBER')
                AND (LOWER(a.username) LIKE :q OR LOWER(a.display_name) LIKE :q)""";
        long total = jdbc.sql("SELECT COUNT(*) FROM account a WHERE " + where)
                .param("q", filter)
                .query(Long.class)
                .single();
        Timestamp now = Timestamp.from(clock.instant());
        List<AccountSummary> rows = jdbc
                .sql("SELECT a.* FROM account a WHERE " + where + " ORDER BY a.username LIMIT :limit OFFSET :offset")
                .param("q", filter)
                .param("limit", paging.sizeOrDefault())
                .param("offset", paging.offset())
                .query(AccountStore::row)
                .list()
                .stream()
                .map(a -> new AccountSummary(
                        a.id(),
                        a.username(),
                        a.displayName(),
                        a.enabled(),
                        a.lockedAt(now.toInstant()),
                        a.totpEnabled(),
                        List.of()))
                .toList();
        Map<UUID, List<MeController.RoleView>> roles =
                rolesOf(rows.stream().map(AccountSummary::id).toList());
        return new PageResult<>(
                rows.stream()
                        .map(a -> new AccountSummary(
                                a.id(),
                                a.username(),
                                a.displayName(),
                                a.enabled(),
                                a.locked(),
                                a.totpEnabled(),
                                roles.getOrDefault(a.id(), List.of())))
                        .toList(),
                paging.pageOrDefault(),
                paging.sizeOrDefault(),
                total);
    }

    private Map<UUID, List<MeController.RoleView>> rolesOf(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        record Row(UUID account, MeController.RoleView role) {}
        return jdbc
                .sql("""
                        SELECT r.account_id, r.role, r.org_unit_id, d.name FROM account_role r
                          JOIN org_unit_directory d ON d.id = r.org_unit_id
                         WHERE r.account_id IN (:ids) ORDER BY r.role""")
                .param("ids", ids)
                .query((rs, n) -> new Row(
                        rs.getObject("account_id", UUID.class),
                        new MeController.RoleView(
                                Role.valueOf(rs.getString("role")), rs.getLong("org_unit_id"), rs.getString("name"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Row::account,
                        java.util.LinkedHashMap::new,
                        Collectors.mapping(Row::role, Collectors.toList())));
    }

    /**
     * @param id account id
     * @param username login name
     * @param displayName name to show
     * @param enabled may log in
     * @param locked locked after failed logins
     * @param totpEnabled second factor enrolled
     * @param roles roles with their scopes
     */
    record AccountSummary(
            UUID id,
            String username,
            String displayName,
            boolean enabled,
            boolean locked,
            boolean totpEnabled,
            List<MeController.RoleView> roles) {}
}
