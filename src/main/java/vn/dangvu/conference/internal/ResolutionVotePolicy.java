package vn.dangvu.conference.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dangvu.conference.ConferenceView;
import vn.dangvu.conference.ParticipantRole;
import vn.dangvu.conference.Presence;
import vn.dangvu.meeting.BaseExclusion;
import vn.dangvu.shared.DomainException;

/**
 * Whether a resolution is adopted: Điều lệ Đảng Art. 9(5) and QĐ 24-QĐ/TW §9.3 (REGULATIONS §7.1, §9) — a resolution
 * is valid when <em>more than half</em> of the body's members approve it, counted against the body's members, not
 * those present: {@code votesFor × 2 > base}, so exactly half fails. The base is the body's members summoned, less
 * those temporarily active in another organisation, suspended, or prosecuted or detained; less exempted members who are
 * not present (an exempted member present and voting counts); less members absent the whole time with an approved
 * reason. Invited guests never count and never vote.
 */
public final class ResolutionVotePolicy {

    private ResolutionVotePolicy() {}

    /**
     * A participant as the base sees them.
     *
     * @param role body member or guest
     * @param exempt whether the member is exempted from party activity
     * @param exclusion a standing exclusion, or null
     * @param presence the attendance, or null when not yet taken
     */
    public record Seat(
            ParticipantRole role,
            boolean exempt,
            @Nullable BaseExclusion exclusion,
            @Nullable Presence presence) {}

    /**
     * The outcome of a vote.
     *
     * @param base the members counted
     * @param present those of the base present
     * @param adopted whether {@code votesFor × 2 > base}
     */
    public record Outcome(int base, int present, boolean adopted) {}

    /** The vote base of Charter Art. 9(5) / QĐ 24 §9.3 over the conference's participants. */
    public static int base(List<Seat> seats) {
        return (int) seats.stream().filter(ResolutionVotePolicy::counted).count();
    }

    /**
     * Checks the tally against those present in the base and decides. The counts may not exceed the members of the
     * base who are present (guests do not vote).
     */
    public static Outcome decide(List<Seat> seats, int votesFor, int against, int abstentions) {
        int base = base(seats);
        int present = (int) seats.stream()
                .filter(ResolutionVotePolicy::counted)
                .filter(s -> s.presence() == Presence.PRESENT)
                .count();
        if (votesFor < 0 || against < 0 || abstentions < 0) {
            throw DomainException.rule("conference.vote.negative").onField("votesFor");
        }
        if (base == 0) {
            throw DomainException.rule("conference.vote.no-base");
        }
        if ((long) votesFor + against + abstentions > present) {
            throw DomainException.rule("conference.vote.exceeds-present", votesFor + against + abstentions, present)
                    .onField("votesFor");
        }
        return new Outcome(base, present, adopted(votesFor, base));
    }

    /** The seats of a conference's participants. */
    public static List<Seat> seats(List<ConferenceView.ConferenceParticipant> participants) {
        return participants.stream()
                .map(p -> new Seat(p.role(), p.exempt(), p.exclusion(), p.attendance()))
                .toList();
    }

    /** More than half of the base: {@code votesFor × 2 > base}. */
    static boolean adopted(int votesFor, int base) {
        return (long) votesFor * 2 > base;
    }

    private static boolean counted(Seat seat) {
        if (seat.role() != ParticipantRole.BODY_MEMBER || seat.exclusion() != null) {
            return false;
        }
        if (seat.presence() == Presence.EXCUSED) {
            return false;
        }
        return !seat.exempt() || seat.presence() == Presence.PRESENT;
    }
}
