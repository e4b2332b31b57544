package vn.dangvu.member.internal;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.member.LifecycleOverview;
import vn.dangvu.member.MemberEvent;
import vn.dangvu.member.MemberLifecycle;
import vn.dangvu.member.MemberView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.Role;

/**
 * The member lifecycle over HTTP: the dated steps of a member's party history, the steps that may follow, corrections
 * and annulments, and the registration of candidates and arriving members. Which role records which step is the
 * lifecycle policy's rule; the member must be in that role's scope.
 */
@RestController
@RequestMapping("/api/v1/members")
class LifecycleController {

    private final MemberLifecycle lifecycle;

    LifecycleController(MemberLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** The member's party history, oldest first (superseded steps included and marked). */
    @GetMapping("/{id}/events")
    @Allowed({Role.MEMBER, Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION
    })
    List<MemberEvent> events(@PathVariable UUID id, Actor actor) {
        return lifecycle.history(id, actor);
    }

    /** Where the member stands, the deadline that applies and the steps that may follow. */
    @GetMapping("/{id}/lifecycle")
    @Allowed({Role.MEMBER, Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION
    })
    LifecycleOverview overview(@PathVariable UUID id, Actor actor) {
        return lifecycle.overview(id, actor);
    }

    /** Records a step; {@code version} must be the member's version last read (else 409). */
    @PostMapping("/{id}/events")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION})
    ResponseEntity<MemberEvent> record(
            @PathVariable UUID id, @Valid @RequestBody LifecycleRequests.StepRequest request, Actor actor) {
        MemberEvent event = lifecycle.record(id, request.toCommand(), request.version(), actor);
        return ResponseEntity.created(URI.create("/api/v1/members/" + id + "/events/" + event.id()))
                .body(event);
    }

    /** Corrects a step with a superseding one (the original stays in the history). */
    @PostMapping("/{id}/events/{eventId}/corrections")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION})
    ResponseEntity<MemberEvent> correct(
            @PathVariable UUID id,
            @PathVariable long eventId,
            @Valid @RequestBody LifecycleRequests.StepRequest request,
            Actor actor) {
        MemberEvent event = lifecycle.correct(id, eventId, request.toCommand(), request.version(), actor);
        return ResponseEntity.created(URI.create("/api/v1/members/" + id + "/events/" + event.id()))
                .body(event);
    }

    /** Annuls the latest step, recorded in error: the member returns to the state before it. */
    @PostMapping("/{id}/events/{eventId}/annulment")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION})
    ResponseEntity<MemberEvent> annul(
            @PathVariable UUID id,
            @PathVariable long eventId,
            @Valid @RequestBody LifecycleRequests.AnnulmentRequest request,
            Actor actor) {
        MemberEvent event = lifecycle.annul(id, eventId, request.reason(), request.version(), actor);
        return ResponseEntity.created(URI.create("/api/v1/members/" + id + "/events/" + event.id()))
                .body(event);
    }

    /** Registers a candidate for admission, or a member arriving by transfer from outside the registry. */
    @PostMapping
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION})
    ResponseEntity<MemberView> register(@Valid @RequestBody LifecycleRequests.RegisterRequest request, Actor actor) {
        MemberView member = lifecycle.register(request.toCommand(), actor);
        return ResponseEntity.created(URI.create("/api/v1/members/" + member.id()))
                .body(member);
    }
}
