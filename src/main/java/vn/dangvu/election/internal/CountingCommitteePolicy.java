package vn.dangvu.election.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.dangvu.election.ElectionCheck;

/**
 * QĐ 190-QĐ/TW, Điều 8 (REGULATIONS §8.5): the vote-counting committee (ban kiểm phiếu) is made of official delegates
 * (official members at a members' congress) who are not on the candidate list; the congress votes its list. Here: at
 * least one member, each one a voter of the election and none a candidate.
 */
public final class CountingCommitteePolicy {

    static final String SOURCE = "QĐ 190-QĐ/TW, Điều 8";

    private CountingCommitteePolicy() {}

    /**
     * The check of a committee.
     *
     * @param committee the voters (roll entries) on the committee
     * @param voters the roll entries who may vote
     * @param candidateMembers the member ids of the candidates
     * @param committeeMembers the member ids of the committee
     */
    public static ElectionCheck check(
            Collection<UUID> committee,
            Set<UUID> voters,
            Collection<UUID> candidateMembers,
            Collection<UUID> committeeMembers) {
        if (committee.isEmpty()) {
            return new ElectionCheck("election.counting.empty", SOURCE, false, "Chưa bầu Ban kiểm phiếu.");
        }
        List<UUID> notVoters =
                committee.stream().filter(v -> !voters.contains(v)).toList();
        if (!notVoters.isEmpty()) {
            return new ElectionCheck(
                    "election.counting.not-voter",
                    SOURCE,
                    false,
                    "%d thành viên Ban kiểm phiếu không phải đại biểu (đảng viên) chính thức có quyền bầu cử."
                            .formatted(notVoters.size()));
        }
        long candidates =
                committeeMembers.stream().filter(candidateMembers::contains).count();
        return new ElectionCheck(
                "election.counting.candidate",
                SOURCE,
                candidates == 0,
                candidates == 0
                        ? "Ban kiểm phiếu %d người, không ai có tên trong danh sách bầu cử.".formatted(committee.size())
                        : "%d thành viên Ban kiểm phiếu có tên trong danh sách bầu cử.".formatted(candidates));
    }
}
