package vn.dangvu.demo.internal;

import vn.dangvu.shared.Role;

/**
 * The demo's staff log-ins, one per role, and the subtree each one's role covers. The member role has no entry here:
 * its log-in is a real member's card number.
 */
public enum DemoStaff {
    CELL_SECRETARY("bithu", Role.CELL_SECRETARY, Scope.CELL),
    ORG_STAFF("tochuc", Role.ORG_STAFF, Scope.COMMUNE),
    CITY_ORGANISATION("bantochuc", Role.CITY_ORGANISATION, Scope.CITY),
    CITY_OFFICE("vanphong", Role.CITY_OFFICE, Scope.CITY),
    INSPECTION("kiemtra", Role.INSPECTION, Scope.COMMUNE),
    LEADERSHIP("thuongtruc", Role.LEADERSHIP, Scope.CITY),
    PETITION_STAFF("tiepdan", Role.PETITION_STAFF, Scope.CITY);

    /** Where a staff role applies: the secretary's cell, one commune committee, or the whole city. */
    enum Scope {
        CELL,
        COMMUNE,
        CITY
    }

    private final String username;
    private final Role role;
    private final Scope scope;

    DemoStaff(String username, Role role, Scope scope) {
        this.username = username;
        this.role = role;
        this.scope = scope;
    }

    public String username() {
        return username;
    }

    public Role role() {
        return role;
    }

    Scope scope() {
        return scope;
    }
}
