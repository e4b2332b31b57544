package vn.dangvu.org;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.org.internal.OrgTreeQueries;
import vn.dangvu.org.internal.OrgUnitWrites;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;

/**
 * Write API of the organisation tree. Each method is one transaction, checks that the units it touches lie in the
 * caller's scope (a unit outside it reads as absent), applies the nesting rules and publishes its event.
 */
@Service
@Transactional
public class OrgUnitManagement {

    private final OrgUnitWrites writes;
    private final OrgTreeQueries queries;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    OrgUnitManagement(
            OrgUnitWrites writes,
            OrgTreeQueries queries,
            ApplicationEventPublisher events,
            AuditTrail audit,
            Clock clock) {
        this.writes = writes;
        this.queries = queries;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public OrgUnitView create(CreateOrgUnit command, OrgScope scope) {
        visible(command.parentId(), scope);
        long id = writes.create(command);
        audit.record("org-unit.create", "org-unit", id, command);
        events.publishEvent(new OrgUnitCreated(id, command.parentId(), command.kind(), clock.instant()));
        return visible(id, scope);
    }

    /**
     * Creates the root of the tree when the tree is empty (first start of a new installation); returns the root.
     */
    public OrgUnitRef ensureRoot(OrgUnitKind kind, String code, String name) {
        long id = writes.ensureRoot(kind, code, name);
        return queries.ref(id).orElseThrow();
    }

    /**
     * Moves a unit with its subtree under another parent.
     *
     * @param expectedVersion the version the caller last saw; a newer one means a concurrent change (409)
     */
    public OrgUnitView move(long unitId, long newParentId, long expectedVersion, OrgScope scope) {
        OrgUnitView unit = visible(unitId, scope);
        OrgUnitView parent = visible(newParentId, scope);
        if (parent.path().startsWith(unit.path())) {
            throw DomainException.rule("org.move.into-own-subtree", unit.name(), parent.name());
        }
        String oldPath = unit.path();
        String newPath = writes.move(unitId, newParentId, expectedVersion);
        audit.record(
                "org-unit.move",
                "org-unit",
                unitId,
                java.util.Map.of("from", oldPath, "to", newPath, "parentId", newParentId));
        events.publishEvent(new OrgUnitMoved(unitId, oldPath, newPath, clock.instant()));
        return visible(unitId, scope);
    }

    private OrgUnitView visible(long id, OrgScope scope) {
        return queries.find(id, scope).orElseThrow(() -> DomainException.notFound("org.unit.not-found", id));
    }
}
