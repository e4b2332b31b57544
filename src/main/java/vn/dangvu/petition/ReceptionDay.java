package vn.dangvu.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A citizen-reception day held by a committee head (QĐ 11-QĐi/TW 2019, KL 215-KL/TW 2025).
 *
 * @param id the record
 * @param orgUnitId the committee's unit
 * @param unitName its name
 * @param heldOn the day
 * @param headName who received the citizens
 * @param headTitle their post (bí thư, phó bí thư, …)
 * @param headMemberId their member record, when known
 * @param citizensReceived how many citizens were received
 * @param notes notes
 */
public record ReceptionDay(
        UUID id,
        long orgUnitId,
        String unitName,
        LocalDate heldOn,
        String headName,
        @Nullable String headTitle,
        @Nullable UUID headMemberId,
        int citizensReceived,
        @Nullable String notes) {}
