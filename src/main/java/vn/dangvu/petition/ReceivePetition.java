package vn.dangvu.petition;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A petition as received.
 *
 * @param receivedUnitId the unit that received it (in the caller's scope)
 * @param petitionerName the petitioner's full name
 * @param petitionerAddress the petitioner's address
 * @param petitionerPhone the petitioner's phone, if given
 * @param petitionerIdNo the petitioner's citizen ID (12 digits), if given
 * @param channel how it arrived
 * @param receivedOn the day it was received (not in the future)
 * @param subject a short subject
 * @param content the content
 */
public record ReceivePetition(
        long receivedUnitId,
        String petitionerName,
        String petitionerAddress,
        @Nullable String petitionerPhone,
        @Nullable String petitionerIdNo,
        PetitionChannel channel,
        LocalDate receivedOn,
        String subject,
        String content) {}
