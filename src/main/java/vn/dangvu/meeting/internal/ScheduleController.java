package vn.dangvu.meeting.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
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
import vn.dangvu.meeting.MeetingKind;
import vn.dangvu.meeting.MeetingManagement;
import vn.dangvu.meeting.SaveSchedule;
import vn.dangvu.meeting.ScheduleView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.Role;

/** Recurring meeting schedules of cells and the meetings they generate. */
@RestController
@RequestMapping("/api/v1/meetings/schedules")
class ScheduleController {

    private final MeetingManagement management;
    private final ScheduleStore schedules;
    private final MeetingProperties properties;

    ScheduleController(MeetingManagement management, ScheduleStore schedules, MeetingProperties properties) {
        this.management = management;
        this.schedules = schedules;
        this.properties = properties;
    }

    /** The schedules of the caller's scope, or of one cell. */
    @GetMapping
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    List<ScheduleView> list(@RequestParam(required = false) @Nullable Long orgUnitId, Actor actor) {
        return schedules.list(actor.scopeFor(MeetingController.READERS), orgUnitId);
    }

    /** Creates a schedule: day N of each month, or the Nth weekday. */
    @PostMapping
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF})
    ResponseEntity<ScheduleView> create(@Valid @RequestBody ScheduleRequest request, Actor actor) {
        UUID id = management.createSchedule(request.toCommand(), actor);
        return ResponseEntity.created(URI.create("/api/v1/meetings/schedules/" + id))
                .body(schedules.require(id, actor.scopeFor(MeetingManagement.ORGANISERS)));
    }

    /** Changes a schedule (409 when stale). */
    @PutMapping("/{id}")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF})
    ScheduleView update(@PathVariable UUID id, @Valid @RequestBody ScheduleRequest request, Actor actor) {
        management.updateSchedule(id, request.toCommand(), request.version() == null ? -1 : request.version(), actor);
        return schedules.require(id, actor.scopeFor(MeetingManagement.ORGANISERS));
    }

    /** Deletes a schedule; the meetings it generated stay. */
    @DeleteMapping("/{id}")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, @RequestParam long version, Actor actor) {
        management.deleteSchedule(id, version, actor);
    }

    /** Plans the schedule's meetings of the coming months not generated before (default from the settings). */
    @PostMapping("/{id}/generate")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF})
    List<UUID> generate(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer months, Actor actor) {
        return management.generate(id, months == null ? properties.generateMonths() : months, actor);
    }

    /**
     * Body of a schedule.
     *
     * @param orgUnitId the cell
     * @param kind kind of the meetings
     * @param title their title
     * @param dayOfMonth day N (1–28), or empty with a weekday rule
     * @param weekOfMonth 1–4 or -1 (last)
     * @param dayOfWeek 1 (Monday) – 7 (Sunday)
     * @param startTime local start time
     * @param place the place
     * @param active whether it generates meetings (default true)
     * @param version the version last read (for a change)
     */
    record ScheduleRequest(
            @NotNull(message = "{meeting.orgUnitId.required}") @Nullable
            Long orgUnitId,

            @NotNull(message = "{meeting.kind.required}") @Nullable
            MeetingKind kind,

            @NotBlank(message = "{meeting.title.required}") @Size(max = 300, message = "{meeting.text.size}") @Nullable
            String title,

            @Nullable Integer dayOfMonth,
            @Nullable Integer weekOfMonth,
            @Nullable Integer dayOfWeek,

            @NotNull(message = "{meeting.schedule.time-required}") @Nullable
            LocalTime startTime,

            @Size(max = 300, message = "{meeting.text.size}") @Nullable
            String place,

            @Nullable Boolean active,
            @Nullable Long version) {

        SaveSchedule toCommand() {
            return new SaveSchedule(
                    Objects.requireNonNull(orgUnitId),
                    Objects.requireNonNull(kind),
                    Objects.requireNonNull(title),
                    dayOfMonth,
                    weekOfMonth,
                    dayOfWeek,
                    Objects.requireNonNull(startTime),
                    place,
                    active == null || active);
        }
    }
}
