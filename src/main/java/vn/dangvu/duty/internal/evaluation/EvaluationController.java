package vn.dangvu.duty.internal.evaluation;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.duty.EvaluationAdvance;
import vn.dangvu.duty.EvaluationAppraisal;
import vn.dangvu.duty.EvaluationBoard;
import vn.dangvu.duty.EvaluationCycle;
import vn.dangvu.duty.EvaluationCycleDraft;
import vn.dangvu.duty.EvaluationDecision;
import vn.dangvu.duty.EvaluationEntry;
import vn.dangvu.duty.EvaluationManagement;
import vn.dangvu.duty.EvaluationQuota;
import vn.dangvu.duty.EvaluationUnitBoard;
import vn.dangvu.duty.EvaluationUnitDecision;
import vn.dangvu.duty.EvaluationUnitEntry;
import vn.dangvu.duty.Evaluations;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.Role;

/** Evaluation cycles over HTTP: open, list, advance; a cell's board, its appraisals; the committee's decisions. */
@RestController
@RequestMapping("/api/v1/evaluations/cycles")
class EvaluationController {

    private final EvaluationManagement management;
    private final Evaluations evaluations;

    EvaluationController(EvaluationManagement management, Evaluations evaluations) {
        this.management = management;
        this.evaluations = evaluations;
    }

    /** Opens a cycle for a committee of the caller's subtree, with a row for each official member under it. */
    @PostMapping
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    ResponseEntity<EvaluationCycle> open(@Valid @RequestBody EvaluationCycleDraft draft, Actor actor) {
        EvaluationCycle cycle = management.open(draft, actor);
        return ResponseEntity.created(URI.create("/api/v1/evaluations/cycles/" + cycle.id()))
                .body(cycle);
    }

    /** Cycles opened in the caller's subtree or above it, newest year first. */
    @GetMapping
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    List<EvaluationCycle> cycles(Actor actor) {
        return evaluations.cycles(actor);
    }

    /** Moves a cycle to its next step; DECIDED needs the competent body's decision; PUBLISHED tells the members. */
    @PostMapping("/{id}/advance")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    EvaluationCycle advance(@PathVariable UUID id, @Valid @RequestBody EvaluationAdvance command, Actor actor) {
        return management.advance(id, command, actor);
    }

    /** The board: members' rows with self-assessment and proposals, counters and the quota of each grassroots unit. */
    @GetMapping("/{id}/board")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    EvaluationBoard board(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable Long orgUnitId, Actor actor) {
        return evaluations.board(id, orgUnitId, actor);
    }

    /** The cell's appraisal and proposed level of one member. */
    @PutMapping("/{id}/entries/{entryId}/appraisal")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION})
    EvaluationEntry appraise(
            @PathVariable UUID id,
            @PathVariable UUID entryId,
            @Valid @RequestBody EvaluationAppraisal command,
            Actor actor) {
        return management.appraise(id, entryId, command, actor);
    }

    /** The committee's levels for one grassroots organisation, refused as a whole when over the excellent quota. */
    @PostMapping("/{id}/decisions")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    EvaluationQuota decide(@PathVariable UUID id, @Valid @RequestBody EvaluationDecision command, Actor actor) {
        return management.decide(id, command, actor);
    }

    /** The board of a cycle of organisations: their rows, counters and the quota of each deciding unit. */
    @GetMapping("/{id}/organisations")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    EvaluationUnitBoard organisations(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable Long orgUnitId, Actor actor) {
        return evaluations.organisationBoard(id, orgUnitId, actor);
    }

    /** An organisation's own assessment and proposed level (its staff or secretary). */
    @PutMapping("/{id}/organisations/{entryId}/self-assessment")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION})
    EvaluationUnitEntry selfAssessOrganisation(
            @PathVariable UUID id,
            @PathVariable UUID entryId,
            @Valid @RequestBody EvaluationAppraisal command,
            Actor actor) {
        return management.selfAssessOrganisation(id, entryId, command, actor);
    }

    /** The superior's appraisal and proposed level of an organisation directly under it. */
    @PutMapping("/{id}/organisations/{entryId}/appraisal")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION})
    EvaluationUnitEntry appraiseOrganisation(
            @PathVariable UUID id,
            @PathVariable UUID entryId,
            @Valid @RequestBody EvaluationAppraisal command,
            Actor actor) {
        return management.appraiseOrganisation(id, entryId, command, actor);
    }

    /** A superior's levels for the organisations directly under it, refused as a whole when over the quota. */
    @PostMapping("/{id}/organisation-decisions")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    EvaluationQuota decideOrganisations(
            @PathVariable UUID id, @Valid @RequestBody EvaluationUnitDecision command, Actor actor) {
        return management.decideOrganisations(id, command, actor);
    }
}
