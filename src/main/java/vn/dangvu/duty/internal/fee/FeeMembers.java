package vn.dangvu.duty.internal.fee;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.dangvu.member.CellRosters;
import vn.dangvu.member.CellRosters.RosterMember;
import vn.dangvu.member.MemberRoster;
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
    private final MemberRoster roster;

    FeeMembers(OrgUnits orgUnits, MembershipAges ages, CellRosters rosters, MemberRoster roster) {
        this.orgUnits = orgUnits;
        this.ages = ages;
        this.rosters = rosters;
        this.roster = roster;
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
     * The active members whose cell lies in the subtree at {@code path} (the subtree was found in the caller's scope
     * before), as a derived table with columns {@code id}, {@code full_name}, {@code org_unit_id} for the set-based
     * fee figures: the member module hands out the rows ({@link MemberRoster#active}), the organisation module the
     * subtree condition ({@link OrgUnits#unitInSubtree}).
     */
    public SqlFragment activeIn(String path) {
        SqlFragment active = roster.active("feeAct");
        SqlFragment subtree = orgUnits.unitInSubtree("a.org_unit_id", path, "feeSub");
        Map<String, Object> params = new HashMap<>(active.params());
        params.putAll(subtree.params());
        return new SqlFragment(
                "(SELECT a.id, a.full_name, a.org_unit_id FROM " + active.sql() + " a WHERE " + subtree.sql() + ")",
                params);
    }

    /** The names of units, read in one go. */
    public Map<Long, String> unitNames(Collection<Long> ids) {
        return orgUnits.namesOf(ids);
    }

    /** The SQL condition "{@code column} is a unit of the subtree at {@code path}". */
    public SqlFragment inSubtree(String column, String path) {
        return orgUnits.unitInSubtree(column, path, "sub");
    }

    public String unitName(long id) {
        return orgUnits.find(id).map(OrgUnitRef::name).orElse("#" + id);
    }
}
