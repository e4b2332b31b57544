package vn.dangvu.election;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An election in a list.
 *
 * @param id the election
 * @param orgUnitId the organisation
 * @param orgUnitName its name
 * @param title the title
 * @param body what is elected
 * @param seats seats
 * @param heldOn the day
 * @param state the step reached
 */
public record ElectionSummary(
        UUID id,
        long orgUnitId,
        String orgUnitName,
        String title,
        ElectedBody body,
        int seats,
        LocalDate heldOn,
        ElectionState state) {}
