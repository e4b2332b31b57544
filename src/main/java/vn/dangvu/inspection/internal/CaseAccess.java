package vn.dangvu.inspection.internal;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.SqlFragment;

/**
 * Who may read and manage confidential inspection records (issue point 5), as SQL conditions: the INSPECTION role
 * whose scope holds the owning commission's unit manages and reads; a member a case names reads that case and the
 * decisions linked to it. No other role reads them, however wide its scope (organisation staff included).
 */
@Component
class CaseAccess {

    private final OrgUnits orgUnits;

    CaseAccess(OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
    }

    OrgScope managing(Actor actor) {
        return actor.scopeFor(Role.INSPECTION);
    }

    /** The record's commission lies in the caller's inspection scope. */
    SqlFragment managed(String commissionColumn, Actor actor) {
        return orgUnits.unitWithin(commissionColumn, managing(actor), "ins");
    }

    /**
     * Managed, and not accusing the caller: a denunciation is read only by the handling commission, never by the
     * accused, which keeps the denouncer's identity from them (REGULATIONS §10.6).
     */
    SqlFragment handling(String commissionColumn, String accusedColumn, Actor actor) {
        SqlFragment managed = managed(commissionColumn, actor);
        if (actor.memberId() == null) {
            return managed;
        }
        Map<String, Object> params = new HashMap<>(managed.params());
        params.put("accusedSelf", actor.memberId());
        return new SqlFragment(
                "(" + managed.sql() + " AND (" + accusedColumn + " IS NULL OR " + accusedColumn + " <> :accusedSelf))",
                params);
    }

    /** Managed, or the case {@code caseIdColumn} names the caller. */
    SqlFragment readable(String commissionColumn, String caseIdColumn, Actor actor) {
        SqlFragment managed = managed(commissionColumn, actor);
        Map<String, Object> params = new HashMap<>(managed.params());
        String named = "1 = 0";
        if (actor.memberId() != null) {
            named = "EXISTS (SELECT 1 FROM inspection_case_named nm WHERE nm.case_id = " + caseIdColumn
                    + " AND nm.member_id = :namedMember)";
            params.put("namedMember", actor.memberId());
        }
        return new SqlFragment("(" + managed.sql() + " OR " + named + ")", params);
    }
}
