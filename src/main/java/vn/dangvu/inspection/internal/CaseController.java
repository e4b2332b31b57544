package vn.dangvu.inspection.internal;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.inspection.CaseSummary;
import vn.dangvu.inspection.CaseType;
import vn.dangvu.inspection.CaseView;
import vn.dangvu.inspection.InspectionCaseManagement;
import vn.dangvu.inspection.OpenCase;
import vn.dangvu.inspection.RecordCaseStep;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AnyRole;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.Role;

/**
 * Inspection and supervision cases. Reads are open to any role because a case may name any member; the query returns
 * only what the INSPECTION role over the commission or a named member may see (everyone else: empty list, 404).
 */
@RestController
@RequestMapping("/api/v1/inspection-cases")
class CaseController {

    private final InspectionCaseManagement management;

    CaseController(InspectionCaseManagement management) {
        this.management = management;
    }

    /** The cases the caller may read, newest first. */
    @GetMapping
    @AnyRole
    PageResult<CaseSummary> list(
            @RequestParam(required = false) @Nullable CaseType type,
            @RequestParam(required = false) @Nullable String q,
            @Valid @org.springdoc.core.annotations.ParameterObject Paging paging,
            Actor actor) {
        return management.list(type, q, paging, actor);
    }

    /** Opens a case for a commission in the caller's inspection scope. */
    @PostMapping
    @Allowed(Role.INSPECTION)
    ResponseEntity<CaseView> open(@Valid @RequestBody OpenCase request, Actor actor) {
        UUID id = management.open(request, actor);
        return ResponseEntity.created(URI.create("/api/v1/inspection-cases/" + id))
                .body(management.read(id, actor));
    }

    /** The case file with its timeline and decisions. */
    @GetMapping("/{id}")
    @AnyRole
    CaseView get(@PathVariable UUID id, Actor actor) {
        return management.read(id, actor);
    }

    /** Records the next step of the case (the conclusion with its finding). */
    @PostMapping("/{id}/steps")
    @Allowed(Role.INSPECTION)
    CaseView step(@PathVariable UUID id, @Valid @RequestBody RecordCaseStep request, Actor actor) {
        management.recordStep(id, request, actor);
        return management.read(id, actor);
    }
}
