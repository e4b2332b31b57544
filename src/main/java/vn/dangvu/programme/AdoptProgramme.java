package vn.dangvu.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A subordinate organisation adopts a programme: a child programme with its own code, each parent indicator copied
 * with the unit's own target (the parent's unless given) and each parent task copied with the unit as owner.
 *
 * @param issuingUnitId the adopting unit, inside the parent's issuing unit's subtree
 * @param code the child programme's document number
 * @param title the title (default: the parent's)
 * @param targets the unit's own target per parent indicator id
 * @param ownTasks tasks of the unit's own, added after the parent's (owned by units of the adopting unit's subtree)
 */
public record AdoptProgramme(
        @NotNull(message = "{programme.issuingUnitId.required}") @Nullable
        Long issuingUnitId,

        @NotBlank(message = "{programme.code.required}")
        @Pattern(regexp = ProgrammeDetails.CODE, message = "{programme.code.invalid}")
        @Nullable
        String code,

        @Nullable @Size(max = 500, message = "{programme.text.size}")
        String title,

        @Nullable Map<UUID, BigDecimal> targets,

        @Nullable @Size(max = 50, message = "{programme.list.size}")
        List<@Valid AddTask> ownTasks) {}
