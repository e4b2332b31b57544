package vn.dangvu.duty.internal.fee;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.dangvu.member.CellRosters;
import vn.dangvu.member.CellRosters.RosterMember;
import vn.dangvu.member.MembershipAges;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.SqlFragment;

/**
 * The units and members the fee operations read, found within the caller's scope in SQL: units by
 * {@link OrgUnits#findWithin}, members by {@link MembershipAges#requireVisible}; out of scope reads as absent (404).
 */
@Component
public class FeeMembers {

    private final OrgUnits orgUnits;
    private final MembershipAges ages;
    private final CellRosters rosters;
    private final FeeStore store;

    FeeMembers(OrgUnits orgUnits, MembershipAges ages, CellRosters rosters, FeeStore store) {
        this.orgUnits = orgUnits;
        this.ages = ages;
        this.rosters = rosters;
        this.store = store;
    }

    /** A unit of the scope. */
    public OrgUnitView unit(long id, OrgScope scope) {
        return orgUnits.findWithin(id, scope).orElseThrow(() -> DomainException.notFound("org.unit.not-found", id));
    }

    /** A cell (a unit that holds members) of the scope. */
    public OrgUnitView cell(long id, OrgScope scope) {
        OrgUnitView unit = unit(id, scope);
        if (!unit.kind().holdsMembers()) {
            throw DomainException.rule("fee.unit.not-a-cell", unit.name()).onField("orgUnitId");
        }
        return unit;
    }

    /** A member of the scope, as on the cell's list. */
    public RosterMember member(UUID id, OrgScope scope) {
        ages.requireVisible(id, scope);
        return rosters.byIds(List.of(id)).stream()
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("member.not-found", id));
    }

    /** Whether the member lies in the subtree at {@code path} (checked in SQL). */
    public boolean inSubtree(UUID id, String path) {
        return inScope(id, new OrgScope(List.of(path), null));
    }

    /** Whether the member lies in the scope (checked in SQL). */
    public boolean inScope(UUID id, OrgScope scope) {
        try {
            ages.requireVisible(id, scope);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    /**
     * The active members with a fee basis whose cell lies in the subtree at {@code path} (the subtree was found in the
     * caller's scope before). Members without a basis owe an unknown amount and are left to the cell's ledger.
     */
    public List<RosterMember> withBasisIn(String path) {
        List<RosterMember> candidates = rosters.byIds(store.membersWithBasis()).stream()
                .filter(m -> m.status().isActive())
                .toList();
        Set<Long> cells = new HashSet<>();
        candidates.forEach(m -> cells.add(m.orgUnitId()));
        Map<Long, String> paths = orgUnits.pathsOf(new ArrayList<>(cells));
        return candidates.stream()
                .filter(m -> paths.getOrDefault(m.orgUnitId(), "").startsWith(path))
                .sorted(java.util.Comparator.comparing(RosterMember::fullName))
                .toList();
    }

    /** The SQL condition "{@code column} is a unit of the subtree at {@code path}". */
    public SqlFragment inSubtree(String column, String path) {
        return orgUnits.unitInSubtree(column, path, "sub");
    }

    public String unitName(long id) {
        return orgUnits.find(id).map(OrgUnitRef::name).orElse("#" + id);
    }
}
