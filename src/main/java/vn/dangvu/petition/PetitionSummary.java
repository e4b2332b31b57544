package vn.dangvu.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A row of the petition inbox.
 *
 * @param id the petition
 * @param receivedUnitId the unit that received it
 * @param handlingUnitId the unit handling it (the competent unit after routing)
 * @param handlingUnitName its name
 * @param petitionerName the petitioner (personal data; the list read is audited)
 * @param channel how it arrived
 * @param receivedOn when it was received
 * @param subject the subject
 * @param kind its kind once classified
 * @param state where it stands
 * @param due the running deadline (acceptance, then settlement), if any
 * @param deadline how it stands against that deadline
 * @param extensions extensions granted (denunciations)
 * @param duplicateOf the earlier petition it duplicates, if any
 */
public record PetitionSummary(
        UUID id,
        long receivedUnitId,
        long handlingUnitId,
        String handlingUnitName,
        String petitionerName,
        PetitionChannel channel,
        LocalDate receivedOn,
        String subject,
        @Nullable PetitionKind kind,
        PetitionState state,
        @Nullable LocalDate due,
        DeadlineStatus deadline,
        int extensions,
        @Nullable UUID duplicateOf) {}
