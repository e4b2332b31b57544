package vn.dangvu.meeting;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A meeting in a staff list, with its flags.
 *
 * @param id the meeting
 * @param orgUnitId the cell
 * @param orgUnitName its name
 * @param kind regular, thematic, combined, extraordinary
 * @param title the title
 * @param plannedStart planned start
 * @param place the place
 * @param state the state
 * @param invited members invited
 * @param present members present
 * @param materials materials
 * @param lateMaterials materials published late (or unpublished within a day of the start)
 * @param durationMinutes length of a held meeting
 * @param tooShort shorter than the minimum of HD 42-HD/BTCTW 2025
 * @param version the version to send with a change
 */
public record MeetingSummary(
        UUID id,
        long orgUnitId,
        String orgUnitName,
        MeetingKind kind,
        String title,
        Instant plannedStart,
        @Nullable String place,
        MeetingState state,
        int invited,
        int present,
        int materials,
        int lateMaterials,
        @Nullable Long durationMinutes,
        boolean tooShort,
        long version) {}
