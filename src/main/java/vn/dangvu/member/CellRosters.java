package vn.dangvu.member;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.member.internal.CellRosterQueries;

/**
 * Read API of a cell's current list of members (probationary, official, exempted) for modules that summon them — the
 * cell meetings. Scope is the caller's to check (the cell was found in scope before); auditing too.
 */
@Service
@Transactional(readOnly = true)
public class CellRosters {

    private final CellRosterQueries queries;

    CellRosters(CellRosterQueries queries) {
        this.queries = queries;
    }

    /** The members on the cell's list today, in the cell's sort order. */
    public List<RosterMember> of(long cellId) {
        return queries.of(cellId);
    }

    /** The member holding this party card number, whatever their cell. */
    public Optional<RosterMember> byCardNumber(String cardNumber) {
        return queries.byCardNumber(cardNumber);
    }

    /** Members by id (any cell), for names on lists of other modules. */
    public List<RosterMember> byIds(java.util.Collection<UUID> ids) {
        return queries.byIds(ids);
    }

    /**
     * A member on a cell's list.
     *
     * @param memberId the member
     * @param fullName full name in use
     * @param orgUnitId the member's cell
     * @param status current status
     * @param cardNumber party card number, if issued
     */
    public record RosterMember(
            UUID memberId,
            String fullName,
            long orgUnitId,
            MemberStatus status,
            @org.jspecify.annotations.Nullable String cardNumber) {}
}
