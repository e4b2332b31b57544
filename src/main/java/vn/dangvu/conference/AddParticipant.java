package vn.dangvu.conference;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.dangvu.meeting.BaseExclusion;

/**
 * A participant to add.
 *
 * @param role body member or guest
 * @param memberId the member (required for a member of the body)
 * @param fullName a guest's name when they have no member record
 * @param positionTitle position (chức vụ)
 * @param exclusion a standing exclusion from the vote base
 * @param groupId the group they sit in
 * @param groupLeader whether they lead it
 */
public record AddParticipant(
        ParticipantRole role,
        @Nullable UUID memberId,
        @Nullable String fullName,
        @Nullable String positionTitle,
        @Nullable BaseExclusion exclusion,
        @Nullable UUID groupId,
        boolean groupLeader) {}
