package vn.dangvu.grassroots.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.grassroots.ComplianceReport;
import vn.dangvu.grassroots.GrassrootsManagement;
import vn.dangvu.grassroots.GrassrootsWork;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.Role;

/** The compliance dashboard of a committee's grassroots work and the reminders of those who fall short. */
@RestController
@RequestMapping("/api/v1/grassroots-work/compliance")
class ComplianceController {

    private final GrassrootsManagement management;
    private final GrassrootsWork work;
    private final AuditTrail audit;

    ComplianceController(GrassrootsManagement management, GrassrootsWork work, AuditTrail audit) {
        this.management = management;
        this.work = work;
        this.audit = audit;
    }

    /** Per member of the committee of a unit of the caller's scope, the figures of the period with their flags. */
    @GetMapping
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.LEADERSHIP})
    ComplianceReport compliance(
            @RequestParam long committeeUnitId, @RequestParam LocalDate from, @RequestParam LocalDate to, Actor actor) {
        ComplianceReport report =
                work.compliance(committeeUnitId, from, to, actor.scopeFor(GrassrootsManagement.STAFF));
        audit.record("grassroots.compliance.read", "org_unit", committeeUnitId, null);
        return report;
    }

    /** Reminds the members who fall short over the period; answers how many were reminded. */
    @PostMapping("/reminders")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.LEADERSHIP})
    RemindersSent remind(@Valid @RequestBody RemindRequest request, Actor actor) {
        return new RemindersSent(management.remind(
                Objects.requireNonNull(request.committeeUnitId()),
                Objects.requireNonNull(request.from()),
                Objects.requireNonNull(request.to()),
                actor));
    }

    /**
     * Whom to remind.
     *
     * @param committeeUnitId the committee's unit
     * @param from first day of the period
     * @param to last day of the period
     */
    record RemindRequest(
            @NotNull(message = "{grassroots.committeeUnitId.required}") @Nullable
            Long committeeUnitId,

            @NotNull(message = "{grassroots.from.required}") @Nullable
            LocalDate from,

            @NotNull(message = "{grassroots.to.required}") @Nullable
            LocalDate to) {}

    /**
     * The reminders sent.
     *
     * @param reminded how many members were reminded
     */
    record RemindersSent(int reminded) {}
}
