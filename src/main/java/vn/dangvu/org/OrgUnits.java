package vn.dangvu.org;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dangvu.org.internal.OrgHistory;
import vn.dangvu.org.internal.OrgTerms;
import vn.dangvu.org.internal.OrgTreeQueries;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.SqlFragment;

/** Read API of the organisation tree for other modules. */
@Service
public class OrgUnits {

    private final OrgTreeQueries queries;
    private final OrgTerms terms;
    private final OrgHistory history;

    OrgUnits(OrgTreeQueries queries, OrgTerms terms, OrgHistory history) {
        this.queries = queries;
        this.terms = terms;
        this.history = history;
    }

    /** The unit's recorded terms, latest first ({@code current} marks the one running on {@code today}). */
    public List<OrgTerm> terms(long unitId, java.time.LocalDate today) {
        return terms.of(unitId, today);
    }

    /**
     * The units this one continues (HD 06-HD/TW: a merged or split organisation's congress number counts the
     * congresses of the organisations it came from): units absorbed into it and the unit it was split from.
     */
    public List<OrgPredecessor> predecessors(long unitId) {
        return history.predecessors(unitId);
    }

    /** The unit's term (nhiệm kỳ) running on {@code day}: the latest begun by then, if any is recorded. */
    public Optional<OrgTerm> termOn(long unitId, java.time.LocalDate day) {
        return terms.of(unitId, day).stream().filter(OrgTerm::current).findFirst();
    }

    /** A unit regardless of scope: for modules that check scope themselves. */
    public Optional<OrgUnitRef> find(long id) {
        return queries.ref(id);
    }

    /** The unit if it lies in the scope. */
    public Optional<OrgUnitView> findWithin(long id, OrgScope scope) {
        return queries.find(id, scope);
    }

    /**
     * The active units of the subtree rooted at {@code root} (a unit already found in the caller's scope), its root
     * included, in path order (parents before their children).
     */
    public List<OrgUnitView> activeSubtree(OrgUnitView root) {
        return queries.activeSubtree(root.path());
    }

    /** Names of the given units (any state), read in chunks. */
    public Map<Long, String> namesOf(java.util.Collection<Long> ids) {
        return queries.namesOf(ids);
    }

    /** Materialised paths of the given units. */
    public Map<Long, String> pathsOf(List<Long> ids) {
        return queries.pathsOf(ids);
    }

    /**
     * A condition "{@code unitIdColumn} names a unit inside the scope" for queries of other modules' tables, which
     * carry only an org unit id. Parameters are prefixed with {@code prefix}.
     */
    public SqlFragment unitWithin(String unitIdColumn, OrgScope scope, String prefix) {
        Map<String, Object> params = new HashMap<>();
        scope.bind(params::put, prefix);
        String sql = unitIdColumn + " IN (SELECT su.id FROM org_unit su WHERE " + scope.sqlCondition("su.path", prefix)
                + ")";
        return new SqlFragment(sql, params);
    }

    /** A condition "{@code unitIdColumn} names a unit in the subtree rooted at {@code path}". */
    public SqlFragment unitInSubtree(String unitIdColumn, String path, String prefix) {
        return new SqlFragment(
                unitIdColumn + " IN (SELECT su.id FROM org_unit su WHERE su.path >= :" + prefix + " AND su.path < :"
                        + prefix + "e)",
                Map.of(prefix, path, prefix + "e", OrgScope.rangeEnd(path)));
    }
}
