package vn.dangvu.conference;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.dangvu.meeting.BaseExclusion;

/**
 * A participant's attendance, exclusion and group.
 *
 * @param positionTitle position
 * @param exempt exempted from party activity
 * @param exclusion a standing exclusion
 * @param attendance attendance
 * @param groupId group
 * @param groupLeader leads the group
 * @param version the participation's version as read
 */
public record UpdateParticipant(
        @Nullable String positionTitle,
        boolean exempt,
        @Nullable BaseExclusion exclusion,
        @Nullable Presence attendance,
        @Nullable UUID groupId,
        boolean groupLeader,
        long version) {}
