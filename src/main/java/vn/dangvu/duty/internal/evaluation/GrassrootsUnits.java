package vn.dangvu.duty.internal.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnits;

/**
 * The grassroots organisation (tổ chức cơ sở đảng) a cell belongs to, whose excellent quota its members count in: the
 * nearest unit at or above the cell that is a đảng bộ cơ sở or a chi bộ cơ sở; a cell with none above it (directly
 * under a commune committee) counts as its own.
 */
@Component
class GrassrootsUnits {

    private final OrgUnits orgUnits;

    GrassrootsUnits(OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
    }

    /** Resolves cells, remembering each answer in {@code known} for the call's batch. */
    long of(long cellId, Map<Long, Long> known) {
        return known.computeIfAbsent(cellId, this::resolve);
    }

    long of(long cellId) {
        return of(cellId, new HashMap<>());
    }

    private long resolve(long cellId) {
        String path = orgUnits.pathsOf(List.of(cellId)).get(cellId);
        if (path == null) {
            return cellId;
        }
        List<Long> ids = EvaluationCycleStore.ancestorIds(path);
        for (int i = ids.size() - 1; i >= 0; i--) {
            OrgUnitKind kind = orgUnits.find(ids.get(i)).map(OrgUnitRef::kind).orElse(OrgUnitKind.CELL);
            if (kind == OrgUnitKind.GRASSROOTS_COMMITTEE || kind == OrgUnitKind.GRASSROOTS_CELL) {
                return ids.get(i);
            }
        }
        return cellId;
    }
}
