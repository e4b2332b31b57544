package vn.dangvu.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A progress report on a task by its owner organisation.
 *
 * @param asOf the day the progress stands at (default today, never in the future)
 * @param progress percent done, 0–100; 100 completes the task
 * @param evidenceDocumentId a document of the library that proves it
 * @param evidenceText the proof in words
 * @param comment the comment
 * @param version the task's version last read
 */
public record ReportTask(
        @Nullable LocalDate asOf,

        @NotNull(message = "{programme.task.progress.required}")
        @Min(value = 0, message = "{programme.task.progress.range}")
        @Max(value = 100, message = "{programme.task.progress.range}")
        @Nullable
        Integer progress,

        @Nullable UUID evidenceDocumentId,

        @Nullable @Size(max = 2000, message = "{programme.text.size}")
        String evidenceText,

        @Nullable @Size(max = 4000, message = "{programme.text.size}")
        String comment,

        @NotNull(message = "{programme.version.required}") @Nullable
        Long version) {}
