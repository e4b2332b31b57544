package vn.dangvu.calendar.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.calendar.AddHolidayAdjustment;
import vn.dangvu.calendar.AdjustmentKind;
import vn.dangvu.calendar.CalendarDay;
import vn.dangvu.calendar.HolidayAdjustment;
import vn.dangvu.calendar.HolidayAdjustmentManagement;
import vn.dangvu.calendar.WorkingDays;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AnyRole;
import vn.dangvu.shared.AnyStaff;
import vn.dangvu.shared.Role;

/**
 * The working-day calendar over HTTP. The calendar is the same for the whole installation, so reads have no org scope
 * and only administrators change it.
 */
@RestController
class CalendarController {

    private final WorkingDays workingDays;
    private final HolidayAdjustmentManagement management;

    CalendarController(WorkingDays workingDays, HolidayAdjustmentManagement management) {
        this.workingDays = workingDays;
        this.management = management;
    }

    /** The year's public holidays, compensatory days off and administrators' adjustments, by date. */
    @GetMapping("/api/v1/holidays")
    @AnyRole
    List<CalendarDay> holidays(
            @RequestParam
                    @Min(value = PublicHolidayPolicy.FIRST_YEAR, message = "{calendar.year.range}")
                    @Max(value = PublicHolidayPolicy.LAST_YEAR, message = "{calendar.year.range}")
                    int year) {
        return workingDays.holidays(year);
    }

    /** The last day of a period of {@code days} working days counted from the day after {@code from}. */
    @GetMapping("/api/v1/working-days")
    @AnyStaff
    DeadlineView deadline(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam
                    @Min(value = 0, message = "{calendar.days.range}")
                    @Max(value = 1000, message = "{calendar.days.range}")
                    int days) {
        return new DeadlineView(from, days, workingDays.plusWorkingDays(from, days));
    }

    @PostMapping("/api/v1/holiday-adjustments")
    @Allowed(Role.ADMIN)
    ResponseEntity<HolidayAdjustment> add(@Valid @RequestBody AddAdjustmentRequest request, Actor actor) {
        HolidayAdjustment added = management.add(
                new AddHolidayAdjustment(request.date(), request.kind(), request.reason()), actor.username());
        return ResponseEntity.created(URI.create("/api/v1/holiday-adjustments/" + added.date()))
                .body(added);
    }

    @DeleteMapping("/api/v1/holiday-adjustments/{date}")
    @Allowed(Role.ADMIN)
    ResponseEntity<Void> remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        management.remove(date);
        return ResponseEntity.noContent().build();
    }

    /**
     * A computed deadline.
     *
     * @param from the starting day (not counted)
     * @param days the number of working days
     * @param deadline the last day of the period
     */
    record DeadlineView(LocalDate from, int days, LocalDate deadline) {}

    /**
     * Body of a new adjustment.
     *
     * @param date the day
     * @param kind {@code OFF} (extra day off) or {@code WORKING} (make-up working day)
     * @param reason why, e.g. the government notice
     */
    record AddAdjustmentRequest(
            @NotNull(message = "{calendar.date.required}") @Nullable
            LocalDate date,

            @NotNull(message = "{calendar.kind.required}") @Nullable
            AdjustmentKind kind,

            @NotBlank(message = "{calendar.reason.required}")
            @Size(max = 255, message = "{calendar.reason.size}")
            @Nullable
            String reason) {}
}
