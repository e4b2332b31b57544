package vn.dangvu.election.internal;

import vn.dangvu.election.ElectionCheck;

/**
 * QĐ 190-QĐ/TW, Điều 14 (REGULATIONS §8.3): a name nominated from the floor (tự ứng cử, đề cử ngoài danh sách của cấp
 * ủy) enters the list only with the support of more than 30 % of the delegates (members) present — strictly more, no
 * rounding: {@code support × 100 > percent × present}. The percentage comes from {@link ElectionProperties}.
 */
public final class FloorNominationPolicy {

    static final String SOURCE = "QĐ 190-QĐ/TW, Điều 14";

    private final int percent;

    public FloorNominationPolicy(ElectionProperties properties) {
        this.percent = properties.floorSupportPercent();
    }

    /** Whether {@code support} of {@code present} admits the nomination. */
    public boolean admitted(int support, int present) {
        return present > 0 && (long) support * 100 > (long) percent * present;
    }

    /** The check of one nomination, named for the list. */
    public ElectionCheck check(String fullName, int support, int present) {
        return new ElectionCheck(
                "election.nomination.support",
                SOURCE,
                admitted(support, present),
                "%s: %d/%d người có mặt tán thành, cần trên %d%%.".formatted(fullName, support, present, percent));
    }
}
