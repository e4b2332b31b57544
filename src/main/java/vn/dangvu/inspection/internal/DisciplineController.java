package vn.dangvu.inspection.internal;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.inspection.DecideAppeal;
import vn.dangvu.inspection.DecideDiscipline;
import vn.dangvu.inspection.DisciplineManagement;
import vn.dangvu.inspection.DisciplineSummary;
import vn.dangvu.inspection.DisciplineView;
import vn.dangvu.inspection.FileAppeal;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AnyRole;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.Role;

/**
 * Discipline decisions and appeals. Reads are open to any role for members a linked case names; the query returns only
 * what the INSPECTION role over the commission or such a member may see.
 */
@RestController
@RequestMapping("/api/v1/discipline-decisions")
class DisciplineController {

    private final DisciplineManagement management;

    DisciplineController(DisciplineManagement management) {
        this.management = management;
    }

    /** The decisions the caller may read, newest first. */
    @GetMapping
    @AnyRole
    PageResult<DisciplineSummary> list(
            @Valid @org.springdoc.core.annotations.ParameterObject Paging paging, Actor actor) {
        return management.list(paging, actor);
    }

    /** Records a decision; refused (422, naming the rule) for a form not allowed or an expired limitation period. */
    @PostMapping
    @Allowed(Role.INSPECTION)
    ResponseEntity<DisciplineView> decide(@Valid @RequestBody DecideDiscipline request, Actor actor) {
        UUID id = management.decide(request, actor);
        return ResponseEntity.created(URI.create("/api/v1/discipline-decisions/" + id))
                .body(management.read(id, actor));
    }

    /** A decision with its violations, effects and appeals. */
    @GetMapping("/{id}")
    @AnyRole
    DisciplineView get(@PathVariable UUID id, Actor actor) {
        return management.read(id, actor);
    }

    /** Files an appeal (within one month of receipt). */
    @PostMapping("/{id}/appeals")
    @Allowed(Role.INSPECTION)
    ResponseEntity<DisciplineView> appeal(@PathVariable UUID id, @Valid @RequestBody FileAppeal request, Actor actor) {
        UUID appealId = management.fileAppeal(id, request, actor);
        return ResponseEntity.created(URI.create("/api/v1/discipline-decisions/" + id + "/appeals/" + appealId))
                .body(management.read(id, actor));
    }

    /** Records an appeal's outcome: upheld, changed or annulled (rights restored). */
    @PostMapping("/{id}/appeals/{appealId}/outcome")
    @Allowed(Role.INSPECTION)
    DisciplineView outcome(
            @PathVariable UUID id, @PathVariable UUID appealId, @Valid @RequestBody DecideAppeal request, Actor actor) {
        management.decideAppeal(id, appealId, request, actor);
        return management.read(id, actor);
    }
}
