package vn.dangvu.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.report.StatBands;

/**
 * Who is counted (REGULATIONS §3.1: members on a cell's list, in transit counted by the sender) and the band edges the
 * rebuild's SQL uses, which must put every date in the band {@link StatBands} gives (HD 11-HD/BTCTW 2021 age bands).
 */
class CountingPolicyTests {

    @Test
    void membersOnACellsListAreCountedCandidatesAndFormerMembersAreNot() {
        assertThat(CountingPolicy.COUNTED_NAMES).containsExactly("EXEMPTED", "IN_TRANSIT", "OFFICIAL", "PROBATIONARY");
        for (MemberStatus status : MemberStatus.values()) {
            assertThat(CountingPolicy.isCounted(status)).as(status.name()).isEqualTo(status.isActive());
        }
    }

    @Test
    void theThirtiethBirthdayOnTheReferenceDayIsStillInTheFirstBand() {
        LocalDate on = LocalDate.of(2026, 3, 5);
        assertThat(StatBands.ageBand(LocalDate.of(1996, 3, 5), on)).isEqualTo("LE_30");
        assertThat(StatBands.ageBand(LocalDate.of(1995, 3, 5), on))
                .as("31 on the day")
                .isEqualTo("31_40");
        assertThat(StatBands.ageBand(LocalDate.of(1995, 3, 6), on)).isEqualTo("LE_30");
        assertThat(CountingPolicy.boundary(31, on)).isEqualTo(LocalDate.of(1995, 3, 5));
    }

    @Test
    void aBirthdayOnTheTwentyNinthOfFebruaryFallsAsTheBandsSay() {
        LocalDate born = LocalDate.of(1996, 2, 29);
        for (LocalDate on : List.of(
                LocalDate.of(2027, 2, 28),
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2028, 2, 28),
                LocalDate.of(2028, 2, 29))) {
            LocalDate edge = CountingPolicy.boundary(31, on);
            boolean atLeast31 = !born.isAfter(edge);
            assertThat(atLeast31).as("on " + on).isEqualTo(StatBands.yearsCompleted(born, on) >= 31);
        }
    }

    @Test
    void boundariesAgreeWithTheBandsOnEveryDayOfFourYears() {
        LocalDate on = LocalDate.of(2026, 3, 1);
        List<LocalDate> age = CountingPolicy.boundaries(CountingPolicy.AGE_EDGES, on);
        List<LocalDate> party = CountingPolicy.boundaries(CountingPolicy.PARTY_AGE_EDGES, on);
        for (LocalDate day = LocalDate.of(1950, 1, 1); day.isBefore(LocalDate.of(2026, 3, 2)); day = day.plusDays(1)) {
            assertThat(sqlAgeBand(day, age)).as("born " + day).isEqualTo(StatBands.ageBand(day, on));
            assertThat(sqlPartyBand(day, on, party)).as("admitted " + day).isEqualTo(StatBands.partyAgeBand(day, on));
        }
    }

    /** The CASE of the rebuild's SQL, in Java. */
    private static String sqlAgeBand(LocalDate born, List<LocalDate> edges) {
        String[] bands = {"LE_30", "31_40", "41_50", "51_60", "61_70"};
        for (int i = 0; i < edges.size(); i++) {
            if (born.isAfter(edges.get(i))) {
                return bands[i];
            }
        }
        return "GT_70";
    }

    private static String sqlPartyBand(LocalDate admitted, LocalDate on, List<LocalDate> edges) {
        if (admitted.isAfter(on)) {
            return StatBands.UNKNOWN;
        }
        String[] bands = {"LT_10", "10_19", "20_29", "30_39", "40_49"};
        for (int i = 0; i < edges.size(); i++) {
            if (admitted.isAfter(edges.get(i))) {
                return bands[i];
            }
        }
        return "GE_50";
    }

    @Test
    void cellSizesFollowTheSizeRules() {
        assertThat(List.of(0L, 1L, 2L, 3L, 8L, 9L, 29L, 30L).stream()
                        .map(StatBands::cellSizeBand)
                        .toList())
                .containsExactly("EMPTY", "LT_3", "LT_3", "3_8", "3_8", "9_29", "9_29", "GE_30");
    }
}
