package vn.dangvu.petition.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.petition.PetitionAgeing;
import vn.dangvu.petition.PetitionManagement;
import vn.dangvu.petition.Petitions;
import vn.dangvu.petition.ReceptionDay;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.Role;

/** The ageing report of open petitions and the reception days of committee heads. */
@RestController
@RequestMapping("/api/v1/petitions")
class PetitionReportController {

    private final PetitionManagement management;
    private final Petitions petitions;

    PetitionReportController(PetitionManagement management, Petitions petitions) {
        this.management = management;
        this.petitions = petitions;
    }

    /** Open petitions handled in a unit's subtree by unit and age (up to 1, over 1, 5, 10, 20 years). */
    @GetMapping("/ageing")
    @Allowed({Role.PETITION_STAFF, Role.LEADERSHIP})
    PetitionAgeing ageing(@RequestParam long orgUnitId, Actor actor) {
        return petitions.ageing(orgUnitId, actor.scopeFor(PetitionManagement.HANDLERS));
    }

    /** Reception days held in a unit's subtree in a month ({@code yyyy-MM}). */
    @GetMapping("/reception-days")
    @Allowed({Role.PETITION_STAFF, Role.LEADERSHIP})
    List<ReceptionDay> receptionDays(@RequestParam long orgUnitId, @RequestParam String month, Actor actor) {
        YearMonth parsed;
        try {
            parsed = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "petition.month.invalid", month)
                    .onField("month");
        }
        return petitions.receptionDays(orgUnitId, parsed, actor.scopeFor(PetitionManagement.HANDLERS));
    }

    /** Records a committee head's citizen-reception day. */
    @PostMapping("/reception-days")
    @Allowed({Role.PETITION_STAFF, Role.LEADERSHIP})
    ResponseEntity<ReceptionDay> recordReceptionDay(
            @Valid @RequestBody RecordReceptionDayRequest request, Actor actor) {
        LocalDate heldOn = Objects.requireNonNull(request.heldOn());
        UUID id = management.recordReceptionDay(
                new ReceptionDay(
                        UUID.randomUUID(),
                        Objects.requireNonNull(request.orgUnitId()),
                        "",
                        heldOn,
                        Objects.requireNonNull(request.headName()),
                        request.headTitle(),
                        request.headMemberId(),
                        Objects.requireNonNull(request.citizensReceived()),
                        request.notes()),
                actor);
        ReceptionDay saved = petitions
                .receptionDays(request.orgUnitId(), YearMonth.from(heldOn), actor.scopeFor(PetitionManagement.HANDLERS))
                .stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/petitions/reception-days/" + id))
                .body(saved);
    }

    /**
     * A reception day.
     *
     * @param orgUnitId the committee's unit
     * @param heldOn the day
     * @param headName who received the citizens
     * @param headTitle their post
     * @param headMemberId their member record, when known
     * @param citizensReceived how many citizens were received
     * @param notes notes
     */
    record RecordReceptionDayRequest(
            @NotNull(message = "{petition.receivedUnitId.required}") @Nullable
            Long orgUnitId,

            @NotNull(message = "{petition.heldOn.required}") @Nullable
            LocalDate heldOn,

            @NotBlank(message = "{petition.headName.required}")
            @Size(max = 200, message = "{petition.text.size}")
            @Nullable
            String headName,

            @Nullable @Size(max = 200, message = "{petition.text.size}")
            String headTitle,

            @Nullable UUID headMemberId,

            @NotNull(message = "{petition.citizensReceived.required}")
            @Min(value = 0, message = "{petition.citizensReceived.range}")
            @Max(value = 10000, message = "{petition.citizensReceived.range}")
            @Nullable
            Integer citizensReceived,

            @Nullable @Size(max = 2000, message = "{petition.text.size}")
            String notes) {}
}
