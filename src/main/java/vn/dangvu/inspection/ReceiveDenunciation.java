package vn.dangvu.inspection;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Records a denunciation against a party organisation or member (what {@code POST /api/v1/denunciations} carries).
 * Every denunciation received is recorded; one the rule excludes is recorded as not handled.
 *
 * @param commissionUnitId the unit whose inspection commission handles it (in the caller's inspection scope)
 * @param receivedOn the day it was received
 * @param channel how it arrived
 * @param denouncerName the denouncer's name as signed; empty for an anonymous letter
 * @param denouncerAddress the address to reply to
 * @param denouncerContact phone or e-mail
 * @param signerCount how many people signed it (more than one: a collective denunciation)
 * @param falseName the name is known not to be the denouncer's own
 * @param repeated it repeats a denunciation already settled without new evidence
 * @param accusedKind an organisation or a member
 * @param accusedUnitId the organisation accused (for an organisation)
 * @param accusedMemberId the member accused (for a member)
 * @param content what is denounced
 */
public record ReceiveDenunciation(
        @NotNull(message = "{inspection.commission.required}") @Nullable
        Long commissionUnitId,

        @NotNull(message = "{inspection.date.required}") @Nullable
        LocalDate receivedOn,

        @NotNull(message = "{denunciation.channel.required}") @Nullable
        DenunciationChannel channel,

        @Size(max = 300, message = "{inspection.text.size}") @Nullable
        String denouncerName,

        @Size(max = 500, message = "{inspection.text.size}") @Nullable
        String denouncerAddress,

        @Size(max = 200, message = "{inspection.text.size}") @Nullable
        String denouncerContact,

        @Min(value = 1, message = "{denunciation.signers.range}")
        @Max(value = 10000, message = "{denunciation.signers.range}")
        @Nullable
        Integer signerCount,

        @Nullable Boolean falseName,
        @Nullable Boolean repeated,

        @NotNull(message = "{inspection.subject.required}") @Nullable
        CaseSubjectKind accusedKind,

        @Nullable Long accusedUnitId,
        @Nullable UUID accusedMemberId,

        @NotBlank(message = "{denunciation.content.required}")
        @Size(max = 8000, message = "{inspection.text.size}")
        @Nullable
        String content) {

    public int signers() {
        return signerCount == null ? 1 : signerCount;
    }
}
