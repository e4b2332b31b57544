package vn.dangvu.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.MemberDirectory;
import vn.dangvu.shared.RoleGrant;

/**
 * Turns the session's account into the request's {@link Actor}, reading roles and scope paths from the database once
 * per request (so role changes and subtree moves apply at once, on every node).
 */
@Component
class CurrentActor {

    private static final String ATTRIBUTE = CurrentActor.class.getName();

    private final AccountStore accounts;
    private final MemberDirectory members;

    CurrentActor(AccountStore accounts, MemberDirectory members) {
        this.accounts = accounts;
        this.members = members;
    }

    static Optional<SessionUser> sessionUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SessionUser user ? Optional.of(user) : Optional.empty();
    }

    Optional<Actor> resolve(HttpServletRequest request) {
        Object cached = request.getAttribute(ATTRIBUTE);
        if (cached instanceof Actor actor) {
            return Optional.of(actor);
        }
        Optional<Actor> actor = sessionUser()
                .flatMap(user -> accounts.byId(user.accountId())
                        .filter(AccountStore.AccountRow::enabled)
                        .map(row -> {
                            List<RoleGrant> grants = accounts.grants(row.id());
                            Long cell = row.memberId() == null
                                    ? null
                                    : members.card(row.memberId())
                                            .map(c -> c.cellId())
                                            .orElse(null);
                            return new Actor(row.id(), row.username(), row.memberId(), cell, grants);
                        }));
        actor.ifPresent(a -> request.setAttribute(ATTRIBUTE, a));
        return actor;
    }
}
