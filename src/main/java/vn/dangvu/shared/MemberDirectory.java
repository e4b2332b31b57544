package vn.dangvu.shared;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Port through which the security module finds the member behind a login (party card number or citizen ID) and the
 * member's card summary, without depending on the member module (which implements it).
 */
public interface MemberDirectory {

    /** The member whose party card number or 12-digit citizen ID is {@code login}. */
    Optional<UUID> findByLogin(String login);

    /** The member's card summary (QĐ 339-QĐ/TW §2.4 fields). */
    Optional<MemberCard> card(UUID memberId);

    /** The e-mail addresses of those of {@code memberIds} who gave one (for notifications by e-mail). */
    Map<UUID, String> emails(Collection<UUID> memberIds);
}
