package vn.dangvu.inspection.internal;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dangvu.inspection.PlanOwner;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.SqlFragment;

/**
 * Who may manage and read inspection and supervision plans, as SQL conditions on {@code inspection_plan p}. A
 * commission's plan is managed by the INSPECTION role whose scope holds the owning unit; a committee's or a cell's own
 * plan by the organisation staff or the cell secretary whose scope holds that unit. Readers are the managers plus the
 * INSPECTION role over the unit. Plans are internal: organisation staff never read a commission's plan.
 */
@Component
class PlanAccess {

    private static final Role[] COMMITTEE_STAFF = {Role.ORG_STAFF, Role.CELL_SECRETARY};

    private final OrgUnits orgUnits;

    PlanAccess(OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
    }

    /** The subtrees in which the caller may manage plans of {@code owner}. */
    OrgScope managing(PlanOwner owner, Actor actor) {
        return owner == PlanOwner.COMMISSION ? actor.scopeFor(Role.INSPECTION) : actor.scopeFor(COMMITTEE_STAFF);
    }

    /** The caller's INSPECTION role holds the plan's owning unit: it reads the plan and opens cases from it. */
    SqlFragment inspecting(Actor actor) {
        return orgUnits.unitWithin("p.owner_unit_id", actor.scopeFor(Role.INSPECTION), "pi");
    }

    SqlFragment managed(Actor actor) {
        SqlFragment commission = inspecting(actor);
        SqlFragment committee = orgUnits.unitWithin("p.owner_unit_id", actor.scopeFor(COMMITTEE_STAFF), "ps");
        Map<String, Object> params = new HashMap<>(commission.params());
        params.putAll(committee.params());
        return new SqlFragment(
                "((p.owner = 'COMMISSION' AND " + commission.sql() + ") OR (p.owner = 'COMMITTEE' AND "
                        + committee.sql() + "))",
                params);
    }

    SqlFragment readable(Actor actor) {
        SqlFragment commission = inspecting(actor);
        SqlFragment managed = managed(actor);
        Map<String, Object> params = new HashMap<>(managed.params());
        params.putAll(commission.params());
        return new SqlFragment("(" + commission.sql() + " OR " + managed.sql() + ")", params);
    }
}
