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
import vn.dangvu.inspection.AcceptDenunciation;
import vn.dangvu.inspection.ConcludeDenunciation;
import vn.dangvu.inspection.DenunciationManagement;
import vn.dangvu.inspection.DenunciationState;
import vn.dangvu.inspection.DenunciationSummary;
import vn.dangvu.inspection.DenunciationView;
import vn.dangvu.inspection.DismissDenunciation;
import vn.dangvu.inspection.ExtendDenunciation;
import vn.dangvu.inspection.OpenDenunciationCase;
import vn.dangvu.inspection.ReceiveDenunciation;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.Role;

/**
 * Party-internal denunciations against organisations and members. Only the INSPECTION role reaches them, and the query
 * keeps each to the commissions in the caller's scope and away from the accused.
 */
@RestController
@RequestMapping("/api/v1/denunciations")
class DenunciationController {

    private final DenunciationManagement management;

    DenunciationController(DenunciationManagement management) {
        this.management = management;
    }

    /** The register, newest first (no denouncer's identity). */
    @GetMapping
    @Allowed(Role.INSPECTION)
    PageResult<DenunciationSummary> list(
            @RequestParam(required = false) @Nullable DenunciationState state,
            @RequestParam(required = false) @Nullable String q,
            @Valid @org.springdoc.core.annotations.ParameterObject Paging paging,
            Actor actor) {
        return management.list(state, q, paging, actor);
    }

    /** Records a denunciation; one the rule excludes is recorded as not handled, with the rule. */
    @PostMapping
    @Allowed(Role.INSPECTION)
    ResponseEntity<DenunciationView> receive(@Valid @RequestBody ReceiveDenunciation request, Actor actor) {
        UUID id = management.receive(request, actor);
        return ResponseEntity.created(URI.create("/api/v1/denunciations/" + id)).body(management.read(id, actor));
    }

    /** The file with the denouncer's identity. */
    @GetMapping("/{id}")
    @Allowed(Role.INSPECTION)
    DenunciationView get(@PathVariable UUID id, Actor actor) {
        return management.read(id, actor);
    }

    /** Accepts it for handling; the deadline counts from the acceptance. */
    @PostMapping("/{id}/acceptance")
    @Allowed(Role.INSPECTION)
    DenunciationView accept(@PathVariable UUID id, @Valid @RequestBody AcceptDenunciation request, Actor actor) {
        management.accept(id, request, actor);
        return management.read(id, actor);
    }

    /** Extends the deadline once, with notice. */
    @PostMapping("/{id}/extension")
    @Allowed(Role.INSPECTION)
    DenunciationView extend(@PathVariable UUID id, @Valid @RequestBody ExtendDenunciation request, Actor actor) {
        management.extend(id, request, actor);
        return management.read(id, actor);
    }

    /** Stops handling it: found to be under a false name or a repetition without new evidence. */
    @PostMapping("/{id}/dismissal")
    @Allowed(Role.INSPECTION)
    DenunciationView dismiss(@PathVariable UUID id, @Valid @RequestBody DismissDenunciation request, Actor actor) {
        management.dismiss(id, request, actor);
        return management.read(id, actor);
    }

    /** Concludes it with a finding. */
    @PostMapping("/{id}/conclusion")
    @Allowed(Role.INSPECTION)
    DenunciationView conclude(@PathVariable UUID id, @Valid @RequestBody ConcludeDenunciation request, Actor actor) {
        management.conclude(id, request, actor);
        return management.read(id, actor);
    }

    /** Opens an inspection case on the accused. */
    @PostMapping("/{id}/case")
    @Allowed(Role.INSPECTION)
    ResponseEntity<DenunciationView> openCase(
            @PathVariable UUID id, @Valid @RequestBody OpenDenunciationCase request, Actor actor) {
        UUID caseId = management.openCase(id, request, actor);
        return ResponseEntity.created(URI.create("/api/v1/inspection-cases/" + caseId))
                .body(management.read(id, actor));
    }
}
