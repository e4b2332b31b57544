package vn.dangvu.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A revision of a task: what it says, as for a new one ({@link AddTask}), and the version last read.
 *
 * @param title the task
 * @param ownerUnitId the organisation in charge
 * @param ownerMemberId the person in charge, when recorded in the registry
 * @param ownerPerson the person in charge, by name and office
 * @param deadline the day it must be done by
 * @param version the version last read
 */
public record ReviseTask(
        @NotBlank(message = "{programme.task.title.required}")
        @Size(max = 500, message = "{programme.text.size}")
        @Nullable
        String title,

        @NotNull(message = "{programme.task.ownerUnitId.required}") @Nullable
        Long ownerUnitId,

        @Nullable UUID ownerMemberId,

        @Nullable @Size(max = 200, message = "{programme.text.size}")
        String ownerPerson,

        @NotNull(message = "{programme.task.deadline.required}") @Nullable
        LocalDate deadline,

        @NotNull(message = "{version.required}") @Nullable Long version) {

    /** What the task says, as for a new one. */
    public AddTask task() {
        return new AddTask(title, ownerUnitId, ownerMemberId, ownerPerson, deadline);
    }
}
