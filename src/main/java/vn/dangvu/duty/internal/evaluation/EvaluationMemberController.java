package vn.dangvu.duty.internal.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.duty.EvaluationDisqualification;
import vn.dangvu.duty.EvaluationEntry;
import vn.dangvu.duty.EvaluationManagement;
import vn.dangvu.duty.EvaluationOwn;
import vn.dangvu.duty.EvaluationSelfAssessment;
import vn.dangvu.duty.EvaluationStanding;
import vn.dangvu.duty.EvaluationStatistics;
import vn.dangvu.duty.Evaluations;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.Role;

/** The member's own evaluations, statistics by level, standing and disqualifying events over HTTP. */
@RestController
@Validated
@RequestMapping("/api/v1/evaluations")
class EvaluationMemberController {

    private final EvaluationManagement management;
    private final Evaluations evaluations;

    EvaluationMemberController(EvaluationManagement management, Evaluations evaluations) {
        this.management = management;
        this.evaluations = evaluations;
    }

    /** The caller's evaluation history and the cycles open to them. */
    @GetMapping("/mine")
    @Allowed(Role.MEMBER)
    List<EvaluationOwn> mine(Actor actor) {
        return evaluations.mine(actor);
    }

    /** The caller's self-assessment while the cycle takes them. */
    @PutMapping("/mine/{cycleId}")
    @Allowed(Role.MEMBER)
    EvaluationEntry selfAssess(
            @PathVariable UUID cycleId, @Valid @RequestBody EvaluationSelfAssessment command, Actor actor) {
        return management.selfAssess(cycleId, command, actor);
    }

    /** Members per level in a subtree and a year (decided yearly results). */
    @GetMapping("/statistics")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    EvaluationStatistics statistics(
            @RequestParam long unitId,
            @RequestParam
                    @Min(value = 2000, message = "{evaluation.year.range}")
                    @Max(value = 2100, message = "{evaluation.year.range}")
                    int year,
            Actor actor) {
        return evaluations.statistics(unitId, year, actor);
    }

    /** Members rated "not completed" two years running: proposals of removal from the list (Charter Art. 8). */
    @GetMapping("/standing")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    List<EvaluationStanding> standing(@RequestParam(required = false) @Nullable Long unitId, Actor actor) {
        return evaluations.standing(unitId, actor);
    }

    /** Records an event that forces "not completed" for the year (e.g. disciplined during the year). */
    @PostMapping("/disqualifications")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.INSPECTION})
    ResponseEntity<Void> disqualify(@Valid @RequestBody EvaluationDisqualification event, Actor actor) {
        UUID id = management.recordDisqualification(event, actor);
        return ResponseEntity.created(URI.create("/api/v1/evaluations/disqualifications/" + id))
                .build();
    }
}
