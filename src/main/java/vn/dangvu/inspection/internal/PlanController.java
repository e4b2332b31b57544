package vn.dangvu.inspection.internal;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.inspection.CaseType;
import vn.dangvu.inspection.CreatePlan;
import vn.dangvu.inspection.EditPlan;
import vn.dangvu.inspection.InspectionPlanManagement;
import vn.dangvu.inspection.PlanSummary;
import vn.dangvu.inspection.PlanView;
import vn.dangvu.inspection.SavePlanItem;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.Role;

/**
 * Inspection and supervision plans of commissions, committees and cells. The roles below may call; the queries keep
 * each caller to the plans of its scope ({@link PlanAccess}): others get an empty list and 404.
 */
@RestController
@RequestMapping("/api/v1/inspection-plans")
@Allowed({Role.INSPECTION, Role.ORG_STAFF, Role.CELL_SECRETARY})
class PlanController {

    private final InspectionPlanManagement management;

    PlanController(InspectionPlanManagement management) {
        this.management = management;
    }

    /** The plans the caller may read, covering {@code year} when given. */
    @GetMapping
    PageResult<PlanSummary> list(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) CaseType.@Nullable Activity activity,
            @Valid @org.springdoc.core.annotations.ParameterObject Paging paging,
            Actor actor) {
        return management.list(year, activity, paging, actor);
    }

    /** Creates a plan of a commission, committee or cell in the caller's scope. */
    @PostMapping
    ResponseEntity<PlanView> create(@Valid @RequestBody CreatePlan request, Actor actor) {
        UUID id = management.create(request, actor);
        return ResponseEntity.created(URI.create("/api/v1/inspection-plans/" + id))
                .body(management.read(id, actor));
    }

    /** The plan with its items and progress. */
    @GetMapping("/{id}")
    PlanView get(@PathVariable UUID id, Actor actor) {
        return management.read(id, actor);
    }

    /** Edits the plan's header. */
    @PutMapping("/{id}")
    PlanView edit(@PathVariable UUID id, @Valid @RequestBody EditPlan request, Actor actor) {
        management.edit(id, request, actor);
        return management.read(id, actor);
    }

    /** Adds an item to the plan. */
    @PostMapping("/{id}/items")
    ResponseEntity<PlanView> addItem(@PathVariable UUID id, @Valid @RequestBody SavePlanItem request, Actor actor) {
        management.addItem(id, request, actor);
        return ResponseEntity.status(HttpStatus.CREATED).body(management.read(id, actor));
    }

    /** Edits an item of the plan. */
    @PutMapping("/{id}/items/{itemId}")
    PlanView editItem(
            @PathVariable UUID id, @PathVariable UUID itemId, @Valid @RequestBody SavePlanItem request, Actor actor) {
        management.editItem(id, itemId, request, actor);
        return management.read(id, actor);
    }

    /** Deletes an item from which no case was opened. */
    @DeleteMapping("/{id}/items/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteItem(@PathVariable UUID id, @PathVariable UUID itemId, Actor actor) {
        management.deleteItem(id, itemId, actor);
    }
}
