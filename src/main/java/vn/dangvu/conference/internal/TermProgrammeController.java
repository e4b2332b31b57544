package vn.dangvu.conference.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
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
import vn.dangvu.conference.ConferenceBody;
import vn.dangvu.conference.ConferenceProgrammeView;
import vn.dangvu.conference.ConferenceProgrammes;
import vn.dangvu.conference.ProgrammeItemKind;
import vn.dangvu.shared.Actor;

/** A body's term work programme: planned regular and thematic conferences and thematic resolutions against held. */
@RestController
@RequestMapping("/api/v1/conference-programmes")
class TermProgrammeController {

    private final ConferenceProgrammes programmes;

    TermProgrammeController(ConferenceProgrammes programmes) {
        this.programmes = programmes;
    }

    /** The programme of a body in the term current today, planned against held. */
    @GetMapping
    @ConferenceStaffReaders
    ConferenceProgrammeView view(@RequestParam long orgUnitId, @RequestParam ConferenceBody body, Actor actor) {
        return programmes.view(orgUnitId, body, actor);
    }

    /** Sets the number of regular conferences planned for the term current today. */
    @PutMapping
    @ConferenceManagers
    ConferenceProgrammeView setPlanned(@Valid @RequestBody ConferenceProgrammePlannedRequest request, Actor actor) {
        long unit = Objects.requireNonNull(request.orgUnitId());
        ConferenceBody body = Objects.requireNonNull(request.body());
        programmes.setPlanned(
                unit,
                body,
                Objects.requireNonNull(request.plannedRegular()),
                request.version() == null ? 0 : request.version(),
                actor);
        return programmes.view(unit, body, actor);
    }

    /** Adds a planned thematic conference or resolution. */
    @PostMapping("/{id}/items")
    @ConferenceManagers
    ResponseEntity<ConferenceProgrammeView> addItem(
            @PathVariable UUID id, @Valid @RequestBody ConferenceProgrammeItemRequest request, Actor actor) {
        programmes.addItem(
                id,
                Objects.requireNonNull(request.kind()),
                Objects.requireNonNull(request.title()),
                Objects.requireNonNull(request.plannedYear()),
                Objects.requireNonNull(request.plannedQuarter()),
                actor);
        return ResponseEntity.status(201).body(programmes.view(id, actor));
    }

    /**
     * The regular conferences planned.
     *
     * @param orgUnitId the unit
     * @param body the body
     * @param plannedRegular how many in the term
     * @param version the programme's version as read (none the first time)
     */
    record ConferenceProgrammePlannedRequest(
            @NotNull(message = "{conference.orgUnitId.required}") @Nullable
            Long orgUnitId,

            @NotNull(message = "{conference.body.required}") @Nullable
            ConferenceBody body,

            @NotNull(message = "{conference.programme.planned.required}")
            @Min(value = 0, message = "{conference.programme.planned.range}")
            @Max(value = 200, message = "{conference.programme.planned.range}")
            @Nullable
            Integer plannedRegular,

            @Nullable Long version) {}

    /**
     * A planned item.
     *
     * @param kind thematic conference or resolution
     * @param title topic or title
     * @param plannedYear year
     * @param plannedQuarter quarter
     */
    record ConferenceProgrammeItemRequest(
            @NotNull(message = "{conference.programme.kind.required}") @Nullable
            ProgrammeItemKind kind,

            @NotBlank(message = "{conference.programme.title.required}")
            @Size(max = 500, message = "{conference.title.size}")
            @Nullable
            String title,

            @NotNull(message = "{conference.programme.year.required}")
            @Min(value = 2000, message = "{conference.programme.year.range}")
            @Max(value = 2100, message = "{conference.programme.year.range}")
            @Nullable
            Integer plannedYear,

            @NotNull(message = "{conference.programme.quarter.required}")
            @Min(value = 1, message = "{conference.programme.quarter.range}")
            @Max(value = 4, message = "{conference.programme.quarter.range}")
            @Nullable
            Integer plannedQuarter) {}
}
