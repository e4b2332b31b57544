package vn.dangvu.conference;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An opinion raised at a conference or sent in by an organisation.
 *
 * @param draftId the draft it concerns
 * @param section the section it concerns
 * @param participantId the delegate who spoke (the caller's own participation for a member)
 * @param speakerUnitId the subordinate organisation commenting (consultations)
 * @param groupId the group it was raised in (defaults to the delegate's)
 * @param text what was said
 */
public record SubmitOpinion(
        UUID draftId,
        @Nullable String section,
        @Nullable UUID participantId,
        @Nullable Long speakerUnitId,
        @Nullable UUID groupId,
        String text) {}
