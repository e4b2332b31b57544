package vn.dangvu.member.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.calendar.WorkingDays;
import vn.dangvu.member.DeadlineKind;
import vn.dangvu.member.DeadlineReport;
import vn.dangvu.member.IncomingTransfer;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.SqlFragment;

/** Lifecycle deadlines and incoming transfers of the caller's scope. */
@RestController
@Validated
class DeadlineController {

    private final DeadlineQueries deadlines;
    private final OrgUnits orgUnits;
    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final Clock clock;

    DeadlineController(
            DeadlineQueries deadlines,
            OrgUnits orgUnits,
            JdbcClient jdbc,
            WorkingDays workingDays,
            AuditTrail audit,
            Clock clock) {
        this.deadlines = deadlines;
        this.orgUnits = orgUnits;
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Due and overdue steps: admissions awaiting decision, ceremonies to hold, probations ending, recognitions due,
     * transfers in transit — in the caller's scope or a subtree of it.
     */
    @GetMapping("/api/v1/deadlines")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    DeadlineReport deadlines(
            @RequestParam(required = false) @Nullable Long orgUnitId,
            @RequestParam(required = false) @Nullable DeadlineKind kind,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @RequestParam(defaultValue = "30")
                    @Min(value = 0, message = "{deadline.horizon.range}")
                    @Max(value = 366, message = "{deadline.horizon.range}")
                    int horizonDays,
            @RequestParam(defaultValue = "200")
                    @Min(value = 1, message = "{deadline.limit.range}")
                    @Max(value = 1000, message = "{deadline.limit.range}")
                    int limit,
            Actor actor) {
        OrgScope scope = actor.scopeFor(MemberController.READERS);
        String path = null;
        if (orgUnitId != null) {
            path = orgUnits.findWithin(orgUnitId, scope)
                    .orElseThrow(() -> DomainException.notFound("org.unit.not-found", orgUnitId))
                    .path();
        }
        DeadlineReport report = deadlines.report(scope, path, kind, overdueOnly, horizonDays, limit, today());
        audit.record("member.deadlines.read", "org-unit", orgUnitId, null);
        return report;
    }

    /** Members on the way to a cell of the caller's scope, awaiting its confirmation of arrival. */
    @GetMapping("/api/v1/transfers/incoming")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION})
    List<IncomingTransfer> incoming(Actor actor) {
        OrgScope scope =
                actor.scopeFor(LifecyclePolicy.recorders(vn.dangvu.member.LifecycleEventKind.TRANSFER_RECEIVED));
        if (scope.isEmpty()) {
            return List.of();
        }
        SqlFragment within = orgUnits.unitWithin("m.transit_to_org_unit_id", scope, "scope");
        Map<String, Object> params = new HashMap<>(within.params());
        WorkingDays.Snapshot days = workingDays.snapshot();
        LocalDate today = today();
        List<IncomingTransfer> rows = jdbc.sql("""
                        SELECT m.id, m.full_name, m.org_unit_id, f.name AS from_name, m.transit_to_org_unit_id,
                               t.name AS to_name, m.transit_since, m.version
                          FROM member m
                          JOIN org_unit_directory f ON f.id = m.org_unit_id
                          JOIN org_unit_directory t ON t.id = m.transit_to_org_unit_id
                         WHERE m.status = 'IN_TRANSIT' AND m.transit_to_org_unit_id IS NOT NULL AND \s""" + within.sql() + " ORDER BY m.transit_since, m.sort_key LIMIT 500")
                .params(params)
                .query((rs, n) -> {
                    LocalDate since = rs.getObject("transit_since", LocalDate.class);
                    LocalDate due = days.plusWorkingDays(since, LifecyclePolicy.TRANSIT_DAYS);
                    return new IncomingTransfer(
                            rs.getObject("id", UUID.class),
                            rs.getString("full_name"),
                            rs.getLong("org_unit_id"),
                            rs.getString("from_name"),
                            rs.getLong("transit_to_org_unit_id"),
                            rs.getString("to_name"),
                            since,
                            due,
                            due.isBefore(today),
                            rs.getLong("version"));
                })
                .list();
        audit.record("member.transfers.incoming.read", "member", null, null);
        return rows;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }
}
