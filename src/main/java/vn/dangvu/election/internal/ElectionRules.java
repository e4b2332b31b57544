package vn.dangvu.election.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.dangvu.election.CandidateSource;
import vn.dangvu.election.ElectedBody;
import vn.dangvu.election.ElectionCheck;
import vn.dangvu.election.internal.ElectionStore.CandidateRow;
import vn.dangvu.election.internal.ElectionStore.ElectionRow;
import vn.dangvu.election.internal.ElectionStore.VoterRow;

/** The rule checks of an election's current data, from the policies of QĐ 190-QĐ/TW, in the order the wizard shows. */
@Component
public class ElectionRules {

    private final CandidateSurplusPolicy surplus;
    private final FloorNominationPolicy floor;

    ElectionRules(ElectionProperties properties) {
        this.surplus = new CandidateSurplusPolicy(properties);
        this.floor = new FloorNominationPolicy(properties);
    }

    /** The electorate base of the roll (QĐ 190-QĐ/TW, Art. 30). */
    public int base(ElectionRow election, List<VoterRow> voters) {
        return ElectorateBasePolicy.base(
                election.occasion(), voters.stream().map(VoterRow::entry).toList());
    }

    /** Voters present (probationary members included: they attend). */
    public static int present(List<VoterRow> voters) {
        return (int) voters.stream().filter(VoterRow::present).count();
    }

    /** Whether the roll entry may vote. */
    public boolean votes(ElectionRow election, VoterRow voter) {
        return ElectorateBasePolicy.votes(election.occasion(), voter.entry());
    }

    /** Whether the list entry stands: every convening name, a floor name with > 30 % support of those present. */
    public boolean admitted(CandidateRow candidate, int present) {
        return candidate.source() == CandidateSource.CONVENING
                || (candidate.support() != null && floor.admitted(candidate.support(), present));
    }

    /** The checks, in the order the wizard shows them. */
    public List<ElectionCheck> checks(ElectionRow election, List<VoterRow> voters, List<CandidateRow> candidates) {
        List<ElectionCheck> checks = new ArrayList<>();
        int base = base(election, voters);
        checks.add(new ElectionCheck(
                "election.roll.empty",
                ElectorateBasePolicy.SOURCE,
                base > 0,
                "Tổng số đảng viên (đại biểu) được triệu tập tính làm căn cứ: %d.".formatted(base)));
        if (election.body() == ElectedBody.SECRETARY || election.body() == ElectedBody.INSPECTION_CHAIRMAN) {
            checks.add(new ElectionCheck(
                    "election.seats.single",
                    CandidateSurplusPolicy.SOURCE,
                    election.seats() == 1,
                    "Bầu một người; số cần bầu: %d.".formatted(election.seats())));
        }
        int present = present(voters);
        List<CandidateRow> standing =
                candidates.stream().filter(c -> admitted(c, present)).toList();
        int convening = (int) candidates.stream()
                .filter(c -> c.source() == CandidateSource.CONVENING)
                .count();
        checks.addAll(surplus.check(election.body(), election.seats(), convening, standing.size()));
        for (CandidateRow c : candidates) {
            if (c.source() == CandidateSource.FLOOR) {
                checks.add(floor.check(c.fullName(), c.support() == null ? 0 : c.support(), present));
            }
        }
        Set<UUID> voting = voters.stream()
                .filter(v -> votes(election, v))
                .map(VoterRow::id)
                .collect(Collectors.toSet());
        List<VoterRow> counters = voters.stream().filter(VoterRow::counter).toList();
        checks.add(CountingCommitteePolicy.check(
                counters.stream().map(VoterRow::id).toList(),
                voting,
                standing.stream()
                        .map(CandidateRow::memberId)
                        .filter(java.util.Objects::nonNull)
                        .toList(),
                counters.stream()
                        .map(VoterRow::memberId)
                        .filter(java.util.Objects::nonNull)
                        .toList()));
        if (counters.stream().anyMatch(v -> v.memberId() == null)) {
            checks.add(new ElectionCheck(
                    "election.counting.no-account",
                    CountingCommitteePolicy.SOURCE,
                    false,
                    "Thành viên Ban kiểm phiếu phải là đảng viên có trong hệ thống để nhập phiếu."));
        }
        return checks;
    }
}
