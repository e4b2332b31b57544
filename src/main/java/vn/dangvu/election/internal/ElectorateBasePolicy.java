package vn.dangvu.election.internal;

import java.util.Collection;
import vn.dangvu.election.ElectionOccasion;
import vn.dangvu.election.VoterExclusion;
import vn.dangvu.election.VoterKind;

/**
 * QĐ 190-QĐ/TW, Điều 30 (REGULATIONS §8.6, the base of §7.1): who counts in the electorate base on which "more than
 * half" is computed, and who may vote.
 *
 * <ul>
 *   <li>Members' congress (and a committee plenum, on its members): the official members summoned, less those on
 *       temporary party activity elsewhere, the suspended, the prosecuted, indicted or detained, and the official
 *       members absent the whole time with an approved reason; an exempted member counts only when present and voting;
 *       probationary members never count and do not vote.
 *   <li>Delegates' congress: the official delegates summoned (with the convening committee's members), less the
 *       convening committee's members absent throughout and the official delegates absent throughout without a
 *       substitute.
 * </ul>
 */
public final class ElectorateBasePolicy {

    static final String SOURCE = "QĐ 190-QĐ/TW, Điều 30";

    private ElectorateBasePolicy() {}

    /**
     * A person on the roll.
     *
     * @param kind what they are
     * @param exclusion why they are taken out, if they are
     * @param present whether they attend the voting
     */
    public record Entry(VoterKind kind, VoterExclusion exclusion, boolean present) {}

    /** Whether the person counts in the base. */
    public static boolean counts(ElectionOccasion occasion, Entry e) {
        if (occasion == ElectionOccasion.DELEGATES_CONGRESS) {
            return switch (e.kind()) {
                case CONVENING_COMMITTEE_MEMBER -> e.present() && e.exclusion() == VoterExclusion.NONE;
                case OFFICIAL_DELEGATE -> e.exclusion() == VoterExclusion.NONE;
                default -> false;
            };
        }
        return switch (e.kind()) {
            case OFFICIAL_MEMBER -> e.exclusion() == VoterExclusion.NONE;
            case EXEMPTED_MEMBER -> e.present() && e.exclusion() == VoterExclusion.NONE;
            default -> false;
        };
    }

    /** Whether the person may vote: counted in the base and present. */
    public static boolean votes(ElectionOccasion occasion, Entry e) {
        return e.present() && counts(occasion, e);
    }

    /** The electorate base. */
    public static int base(ElectionOccasion occasion, Collection<Entry> roll) {
        return (int) roll.stream().filter(e -> counts(occasion, e)).count();
    }
}
