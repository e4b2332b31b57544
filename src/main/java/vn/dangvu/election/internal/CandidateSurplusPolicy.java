package vn.dangvu.election.internal;

import java.util.ArrayList;
import java.util.List;
import vn.dangvu.election.ElectedBody;
import vn.dangvu.election.ElectionCheck;

/**
 * QĐ 190-QĐ/TW, Điều 14 (REGULATIONS §8.3): the candidate list for the committee and its standing committee must carry
 * more names than seats; the final list carries at most 30 % more names than seats; the convening committee prepares a
 * list 10–15 % over the seats; a body of 3 to 5 members takes at most one extra name. The percentages, and how a
 * fraction of a name is rounded ([I]), come from {@link ElectionProperties}.
 */
public final class CandidateSurplusPolicy {

    static final String SOURCE = "QĐ 190-QĐ/TW, Điều 14";

    private final ElectionProperties properties;

    public CandidateSurplusPolicy(ElectionProperties properties) {
        this.properties = properties;
    }

    /** Whether a body of this many seats falls under the one-extra rule. */
    boolean smallBody(int seats) {
        return seats >= properties.smallBodyMinSeats() && seats <= properties.smallBodyMaxSeats();
    }

    /** The most names over the seats the final list may carry. */
    public int maxSurplus(int seats) {
        if (smallBody(seats)) {
            return properties.smallBodyMaxSurplus();
        }
        return seats * properties.maxSurplusPercent() / 100;
    }

    /** The least names over the seats on the convening committee's list (a fraction counts as one). */
    public int conveningMinSurplus(int seats) {
        return (seats * properties.conveningMinSurplusPercent() + 99) / 100;
    }

    /** The most names over the seats on the convening committee's list. */
    public int conveningMaxSurplus(int seats) {
        int max = Math.max(conveningMinSurplus(seats), seats * properties.conveningMaxSurplusPercent() / 100);
        return Math.min(max, maxSurplus(seats));
    }

    /**
     * The checks of a list.
     *
     * @param body what is elected
     * @param seats the seats
     * @param conveningCandidates names proposed by the convening committee
     * @param totalCandidates names on the list (with the admitted floor nominations)
     */
    public List<ElectionCheck> check(ElectedBody body, int seats, int conveningCandidates, int totalCandidates) {
        List<ElectionCheck> checks = new ArrayList<>();
        int surplus = totalCandidates - seats;
        if (body.surplusRequired()) {
            checks.add(new ElectionCheck(
                    "election.surplus.required",
                    SOURCE,
                    surplus > 0,
                    "Số ứng cử viên %d, số cần bầu %d: danh sách phải nhiều hơn số cần bầu."
                            .formatted(totalCandidates, seats)));
        } else {
            checks.add(new ElectionCheck(
                    "election.surplus.enough",
                    SOURCE,
                    surplus >= 0,
                    "Số ứng cử viên %d, số cần bầu %d: danh sách không ít hơn số cần bầu."
                            .formatted(totalCandidates, seats)));
        }
        int max = maxSurplus(seats);
        checks.add(new ElectionCheck(
                "election.surplus.max",
                SOURCE,
                surplus <= max,
                (smallBody(seats)
                                ? "Cơ cấu %d người: dư tối đa %d người; danh sách dư %d."
                                : "Số dư tối đa %d%% của %d, tức %d người; danh sách dư %d.")
                        .formatted(
                                smallBody(seats)
                                        ? new Object[] {seats, max, surplus}
                                        : new Object[] {properties.maxSurplusPercent(), seats, max, surplus})));
        if (body.surplusRequired()) {
            int conveningSurplus = conveningCandidates - seats;
            int min = conveningMinSurplus(seats);
            int cmax = conveningMaxSurplus(seats);
            checks.add(new ElectionCheck(
                    "election.surplus.convening",
                    SOURCE,
                    conveningSurplus >= min && conveningSurplus <= cmax,
                    "Danh sách cấp ủy triệu tập đề cử dư %d–%d%%, tức %d–%d người; đề cử %d người, dư %d."
                            .formatted(
                                    properties.conveningMinSurplusPercent(),
                                    properties.conveningMaxSurplusPercent(),
                                    min,
                                    cmax,
                                    conveningCandidates,
                                    conveningSurplus)));
        }
        return checks;
    }
}
