package vn.dangvu.report.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.report.Movements;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.Role;

/** Movements of the counted members of a subtree over a period (issue 4; REGULATIONS §12.3, form of movements). */
@RestController
class MovementController {

    static final Role[] READERS = {
        Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION
    };

    /** Longest period asked at once: beyond it the question is a history, not a movement report. */
    static final int MAX_YEARS = 50;

    private final MovementReport report;
    private final OrgUnits orgUnits;

    MovementController(MovementReport report, OrgUnits orgUnits) {
        this.report = report;
        this.orgUnits = orgUnits;
    }

    /** Start, arrivals and departures by kind, recognitions and end of {@code [from, to]}, per direct child too. */
    @GetMapping("/api/v1/org-units/{id}/movements")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    Movements movements(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            Actor actor) {
        if (from == null) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "report.period.from-required").onField("from");
        }
        if (to == null) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "report.period.to-required").onField("to");
        }
        if (to.isBefore(from)) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "report.period.reversed", from, to)
                    .onField("to");
        }
        if (to.isAfter(from.plusYears(MAX_YEARS))) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "report.period.too-long", MAX_YEARS)
                    .onField("to");
        }
        OrgUnitView unit = orgUnits.findWithin(id, actor.scopeFor(READERS))
                .orElseThrow(() -> DomainException.notFound("org.unit.not-found", id));
        return report.movements(new OrgUnitRef(unit.id(), unit.kind(), unit.name(), unit.path()), from, to);
    }
}
