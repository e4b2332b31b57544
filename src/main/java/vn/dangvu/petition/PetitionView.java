package vn.dangvu.petition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A petition with the petitioner's personal data (reading it is audited), its deadlines, history and files.
 *
 * @param id the petition
 * @param receivedUnitId the unit that received it
 * @param receivedUnitName its name
 * @param handlingUnitId the unit handling it
 * @param handlingUnitName its name
 * @param petitionerName the petitioner's name
 * @param petitionerAddress the petitioner's address
 * @param petitionerPhone the petitioner's phone
 * @param petitionerIdNo the petitioner's citizen ID
 * @param channel how it arrived
 * @param receivedOn when it was received
 * @param subject the subject
 * @param content the content
 * @param kind its kind once classified
 * @param competence whose competence once classified
 * @param complex whether the case is complex
 * @param secondInstance whether a complaint is second-instance
 * @param duplicateOf the earlier petition it duplicates
 * @param duplicates later petitions linked to this one
 * @param state where it stands
 * @param acceptDue the last day to accept (thụ lý)
 * @param acceptedOn when it was accepted
 * @param settleDue the last day to settle, extensions included
 * @param extensions extensions granted
 * @param extensionsLeft extensions still possible
 * @param due the running deadline
 * @param deadline how it stands against it
 * @param rule the regulation behind the running deadline
 * @param guidance the guidance returned to the petitioner
 * @param replyText the reply
 * @param repliedOn when it was replied to
 * @param steps the history, oldest first
 * @param attachments the files
 * @param version the version to send back with a change
 */
public record PetitionView(
        UUID id,
        long receivedUnitId,
        String receivedUnitName,
        long handlingUnitId,
        String handlingUnitName,
        String petitionerName,
        String petitionerAddress,
        @Nullable String petitionerPhone,
        @Nullable String petitionerIdNo,
        PetitionChannel channel,
        LocalDate receivedOn,
        String subject,
        String content,
        @Nullable PetitionKind kind,
        @Nullable PetitionCompetence competence,
        boolean complex,
        boolean secondInstance,
        @Nullable UUID duplicateOf,
        List<UUID> duplicates,
        PetitionState state,
        LocalDate acceptDue,
        @Nullable LocalDate acceptedOn,
        @Nullable LocalDate settleDue,
        int extensions,
        int extensionsLeft,
        @Nullable LocalDate due,
        DeadlineStatus deadline,
        @Nullable String rule,
        @Nullable String guidance,
        @Nullable String replyText,
        @Nullable LocalDate repliedOn,
        List<PetitionStep> steps,
        List<PetitionAttachment> attachments,
        long version) {}
