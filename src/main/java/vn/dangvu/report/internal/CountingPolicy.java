package vn.dangvu.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.report.StatBands;

/**
 * Who the statistics count and where (REGULATIONS §3.1, §12.3; Party Charter Art. 6): the members on a cell's list —
 * probationary, official, exempted (miễn công tác và sinh hoạt đảng, still on the list) and in transit. A member in
 * transit is counted by the sending organisation, whose list carries it ({@code member.org_unit_id}), until the
 * receiving organisation confirms the arrival; so every member is counted exactly once. Candidates and members who
 * left the Party are not counted. Bands come from {@link StatBands}; the SQL of the rebuild uses the boundary dates
 * computed here so that the counters and a recount put every member in the same band.
 */
final class CountingPolicy {

    static final Set<MemberStatus> COUNTED =
            Set.of(MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL, MemberStatus.EXEMPTED, MemberStatus.IN_TRANSIT);

    static final List<String> COUNTED_NAMES =
            COUNTED.stream().map(Enum::name).sorted().toList();

    /** The age-band edges of {@link StatBands#ageBand}: 31, 41, 51, 61, 71 completed years. */
    static final int[] AGE_EDGES = {31, 41, 51, 61, 71};

    /** The membership-age edges of {@link StatBands#partyAgeBand}: 10, 20, 30, 40, 50 completed years. */
    static final int[] PARTY_AGE_EDGES = {10, 20, 30, 40, 50};

    private CountingPolicy() {}

    static boolean isCounted(MemberStatus status) {
        return COUNTED.contains(status);
    }

    /** Cells are the units that hold members; CELL_SIZE counts them. */
    static boolean isCell(OrgUnitKind kind) {
        return kind.holdsMembers();
    }

    /**
     * The cell kinds as an SQL list ({@code 'CELL', 'GRASSROOTS_CELL'}). A cell's member breakdowns are not stored:
     * they are counted from its members' stored contributions when read (tens of rows), so that a write touching many
     * cells (an import) changes only the counters of the units above them; its units by kind and its size band are.
     */
    static final String CELL_KINDS_SQL = java.util.Arrays.stream(OrgUnitKind.values())
            .filter(OrgUnitKind::holdsMembers)
            .map(k -> "'" + k.name() + "'")
            .collect(java.util.stream.Collectors.joining(", "));

    /**
     * The latest birth (or admission) date with at least {@code years} completed on {@code on}: a date is at least
     * that old exactly when it is on or before the boundary. Found from {@link StatBands#yearsCompleted} itself so that
     * 29 February and month ends fall as the bands say.
     */
    static LocalDate boundary(int years, LocalDate on) {
        LocalDate day = on.minusYears(years);
        while (StatBands.yearsCompleted(day.plusDays(1), on) >= years) {
            day = day.plusDays(1);
        }
        while (StatBands.yearsCompleted(day, on) < years) {
            day = day.minusDays(1);
        }
        return day;
    }

    static List<LocalDate> boundaries(int[] edges, LocalDate on) {
        List<LocalDate> days = new ArrayList<>();
        for (int edge : edges) {
            days.add(boundary(edge, on));
        }
        return days;
    }

    /** A field's bucket: its code, or UNKNOWN when the record leaves it empty. */
    static String orUnknown(@Nullable String value) {
        return value == null || value.isEmpty() ? StatBands.UNKNOWN : value;
    }
}
