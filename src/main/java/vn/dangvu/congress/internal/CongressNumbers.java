package vn.dangvu.congress.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dangvu.org.OrgPredecessor;
import vn.dangvu.org.OrgTerm;
import vn.dangvu.org.OrgUnits;

/**
 * Reads what {@link CongressNumberPolicy} needs from the organisation module's published history: each unit's
 * recorded terms and held congresses, and the units it continues through merges and splits.
 */
@Component
public class CongressNumbers {

    private static final int MAX_DEPTH = 30;

    private final OrgUnits orgUnits;
    private final CongressStore store;

    CongressNumbers(OrgUnits orgUnits, CongressStore store) {
        this.orgUnits = orgUnits;
        this.store = store;
    }

    /** The number of the unit's next congress (HD 06-HD/TW). */
    public int next(long unitId, LocalDate today) {
        return CongressNumberPolicy.next(lineage(unitId, today, new HashSet<>(), 0));
    }

    private CongressNumberPolicy.Lineage lineage(long unitId, LocalDate today, Set<Long> seen, int depth) {
        seen.add(unitId);
        Integer own = null;
        for (OrgTerm term : orgUnits.terms(unitId, today)) {
            own = max(own, term.congressNumber());
        }
        own = max(own, store.highestHeld(unitId).orElse(null));
        List<CongressNumberPolicy.Lineage> predecessors = new ArrayList<>();
        if (depth < MAX_DEPTH) {
            for (OrgPredecessor p : orgUnits.predecessors(unitId)) {
                if (!seen.contains(p.unitId())) {
                    predecessors.add(lineage(p.unitId(), today, seen, depth + 1));
                }
            }
        }
        return new CongressNumberPolicy.Lineage(unitId, own, predecessors);
    }

    private static @Nullable Integer max(@Nullable Integer a, @Nullable Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.max(a, b);
    }

    /** The title of a congress. */
    public static String title(vn.dangvu.congress.CongressKind kind, String unitName, int number, int from, int to) {
        return CongressNumberPolicy.title(kind, unitName, number, from, to);
    }

    /** Whether a unit of this kind holds congresses. */
    public static boolean holdsCongress(vn.dangvu.org.OrgUnitKind kind) {
        return CongressNumberPolicy.holdsCongress(kind);
    }
}
