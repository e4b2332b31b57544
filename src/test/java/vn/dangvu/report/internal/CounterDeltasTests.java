package vn.dangvu.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dangvu.report.StatDimension;

/** The diff of the upkeep: what a member's change adds to and takes from the units on the paths. */
class CounterDeltasTests {

    private static MemberContribution member(long unit, String status, String sex) {
        return new MemberContribution(
                unit, status, sex, "31_40", "KINH", "UNKNOWN", "UPPER_SECONDARY", "BACHELOR", "INTERMEDIATE", "LT_10");
    }

    @Test
    void pathsListTheUnitAndItsAncestorsRootFirst() {
        assertThat(CounterDeltas.unitsOnPath("/1/23/456/")).containsExactly(1L, 23L, 456L);
    }

    @Test
    void aRecognitionAsOfficialMovesOneStatusBucketOnEveryLevelAndNothingElse() {
        CounterDeltas deltas = new CounterDeltas();
        List<Long> path = CounterDeltas.unitsOnPath("/1/23/456/");
        deltas.addMember(path, member(456, "PROBATIONARY", "F"), -1);
        deltas.addMember(path, member(456, "OFFICIAL", "F"), 1);
        Map<CounterDeltas.Key, Long> map = deltas.asMap();
        assertThat(map).hasSize(6);
        assertThat(map.get(new CounterDeltas.Key(1, StatDimension.STATUS, "OFFICIAL")))
                .isEqualTo(1);
        assertThat(map.get(new CounterDeltas.Key(456, StatDimension.STATUS, "PROBATIONARY")))
                .isEqualTo(-1);
        assertThat(deltas.groups()).hasSize(2);
        assertThat(deltas.groups().get(0).unitIds()).containsExactly(1L, 23L, 456L);
    }

    @Test
    void aTransferBetweenCousinsLeavesTheCommonAncestorsAlone() {
        CounterDeltas deltas = new CounterDeltas();
        deltas.addMember(CounterDeltas.unitsOnPath("/1/23/456/"), member(456, "OFFICIAL", "M"), -1);
        deltas.addMember(CounterDeltas.unitsOnPath("/1/23/789/"), member(789, "OFFICIAL", "M"), 1);
        assertThat(deltas.asMap().keySet())
                .extracting(CounterDeltas.Key::unitId)
                .containsOnly(456L, 789L);
        assertThat(deltas.netMembers(456)).isEqualTo(-1);
        assertThat(deltas.netMembers(789)).isEqualTo(1);
    }

    @Test
    void aCellCrossingASizeEdgeMovesBetweenSizeBuckets() {
        CounterDeltas deltas = new CounterDeltas();
        List<Long> path = CounterDeltas.unitsOnPath("/1/9/");
        deltas.addCellSize(path, 8, 9);
        assertThat(deltas.asMap())
                .containsEntry(new CounterDeltas.Key(1, StatDimension.CELL_SIZE, "3_8"), -1L)
                .containsEntry(new CounterDeltas.Key(9, StatDimension.CELL_SIZE, "9_29"), 1L);
        CounterDeltas same = new CounterDeltas();
        same.addCellSize(path, 4, 5);
        assertThat(same.isEmpty()).isTrue();
    }
}
