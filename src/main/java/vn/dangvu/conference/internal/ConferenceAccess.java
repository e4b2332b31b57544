package vn.dangvu.conference.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.SqlFragment;

/**
 * Who reaches a conference, as a SQL condition on {@code conference c}: the staff whose subtree holds the conference's
 * unit; the members taking part (their own participation); and, for a consultation, the staff of the subordinate
 * organisations asked for their comments (the consultation's unit lies on the path above their subtree).
 *
 * @param scope the staff subtrees
 * @param self the caller's member record, when members are admitted
 * @param consulted the units whose consultations the caller's organisations answer
 */
public record ConferenceAccess(OrgScope scope, @Nullable UUID self, List<Long> consulted) {

    /** The staff who manage conferences of their subtree (the cell secretary: their cell's). */
    public static final Role[] MANAGERS = {Role.CITY_OFFICE, Role.CITY_ORGANISATION, Role.ORG_STAFF, Role.CELL_SECRETARY
    };

    /** {@link #MANAGERS} and the leadership, who read. */
    public static final Role[] STAFF_READERS = {
        Role.CITY_OFFICE, Role.CITY_ORGANISATION, Role.ORG_STAFF, Role.CELL_SECRETARY, Role.LEADERSHIP
    };

    /** Staff of subordinate organisations who answer a consultation. */
    static final Role[] CONSULTED = {Role.ORG_STAFF, Role.CELL_SECRETARY};

    public ConferenceAccess {
        consulted = List.copyOf(consulted);
    }

    /** Managers only. */
    public static ConferenceAccess managers(Actor actor) {
        return new ConferenceAccess(actor.scopeFor(MANAGERS), null, List.of());
    }

    /** Every reader: staff, the members taking part, the organisations consulted. */
    public static ConferenceAccess readers(Actor actor) {
        UUID self = actor.has(Role.MEMBER) ? actor.memberId() : null;
        return new ConferenceAccess(actor.scopeFor(STAFF_READERS), self, consulted(actor));
    }

    /** The units on the paths above the caller's subtrees where they answer consultations. */
    static List<Long> consulted(Actor actor) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String path : actor.scopeFor(CONSULTED).paths()) {
            for (String part : path.split("/")) {
                if (!part.isEmpty()) {
                    ids.add(Long.parseLong(part));
                }
            }
        }
        return new ArrayList<>(ids);
    }

    /** The condition on {@code c}, its parameters prefixed {@code a}. */
    SqlFragment condition(OrgUnits orgUnits) {
        SqlFragment within = orgUnits.unitWithin("c.org_unit_id", scope, "as");
        Map<String, Object> params = new HashMap<>(within.params());
        StringBuilder sql = new StringBuilder("(").append(within.sql());
        if (self != null) {
            sql.append(" OR EXISTS (SELECT 1 FROM conference_participant ap WHERE ap.conference_id = c.id")
                    .append(" AND ap.member_id = :aself)");
            params.put("aself", self);
        }
        if (!consulted.isEmpty()) {
            sql.append(" OR (c.kind = 'CONSULTATION' AND c.org_unit_id IN (:aconsulted))");
            params.put("aconsulted", consulted);
        }
        return new SqlFragment(sql.append(")").toString(), params);
    }
}
