package vn.dangvu.conference;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An opinion with its response.
 *
 * @param id the opinion
 * @param draftId the draft it concerns
 * @param draftTitle that draft's title
 * @param section the section (mục, phần) it concerns
 * @param participantId the delegate who spoke
 * @param speakerUnitId the subordinate organisation that commented (consultations)
 * @param speakerName the delegate's or the organisation's name
 * @param groupId the group it was raised in
 * @param groupName that group's name
 * @param text what was said
 * @param disposition the response's disposition, once answered
 * @param response the response
 * @param respondedBy who answered
 * @param respondedAt when
 * @param takenInVersion the number of the draft version that took it in
 * @param version optimistic-lock version
 */
public record OpinionView(
        UUID id,
        UUID draftId,
        String draftTitle,
        @Nullable String section,
        @Nullable UUID participantId,
        @Nullable Long speakerUnitId,
        String speakerName,
        @Nullable UUID groupId,
        @Nullable String groupName,
        String text,
        @Nullable Disposition disposition,
        @Nullable String response,
        @Nullable String respondedBy,
        @Nullable Instant respondedAt,
        @Nullable Integer takenInVersion,
        long version) {}
