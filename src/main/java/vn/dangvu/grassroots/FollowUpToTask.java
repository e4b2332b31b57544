package vn.dangvu.grassroots;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Turns a follow-up task of a visit into a task of a work programme.
 *
 * @param programmeId the programme, issued by a unit the caller writes for
 * @param ownerUnitId the organisation in charge, in the programme's issuing unit's subtree
 * @param ownerPerson the person in charge (default: the follow-up's owner)
 * @param deadline the deadline (default: the follow-up's due day)
 * @param version the follow-up's version as read
 */
public record FollowUpToTask(
        UUID programmeId,
        long ownerUnitId,
        @Nullable String ownerPerson,
        @Nullable LocalDate deadline,
        long version) {}
