package vn.dangvu.security.internal;

import java.io.Serializable;
import java.util.UUID;

/**
 * What the session remembers of the logged-in account; roles and scopes are read afresh on every request so that a
 * changed role or a moved subtree takes effect at once on every app node.
 *
 * @param accountId the account
 * @param username its login name
 * @param enrolmentRequired the account must enrol a second factor before anything else
 */
public record SessionUser(UUID accountId, String username, boolean enrolmentRequired)
        implements Serializable, java.security.Principal {

    /** The login name: what the session store indexes sessions by. */
    @Override
    public String getName() {
        return username;
    }
}
