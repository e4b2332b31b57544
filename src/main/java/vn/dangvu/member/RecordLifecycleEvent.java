package vn.dangvu.member;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A lifecycle step to record (what {@code POST /api/v1/members/{id}/events} carries). Which items a step needs is the
 * lifecycle policy's rule; those it does not use are ignored.
 *
 * @param kind the step
 * @param effectiveDate the day the step takes effect (for a recognition as official: ignored, it is the end of
 *     probation)
 * @param decisionNumber number of the decision or resolution behind the step, e.g. {@code 125-QĐ/ĐU}
 * @param decisionDate the decision's date (for a transfer: the decision that occasioned it, e.g. the new job)
 * @param decisionBody the body that issued it, e.g. {@code Đảng ủy phường Ba Đình}
 * @param targetOrgUnitId the receiving organisation in this registry (transfers)
 * @param destination the receiving organisation outside this registry, or the country (going abroad)
 * @param place where it happened (ceremony, recognition)
 * @param untilDate end of a temporary transfer or of a stay abroad
 * @param ground ground of a removal
 * @param lateReason why a deadline was missed (required when it was)
 * @param note free remark
 * @param helperMemberIds official members assigned to help a sympathiser (1 or 2)
 * @param introducerMemberIds official members introducing the candidate (2, or 1 with the Youth Union's resolution)
 * @param youthUnionIntroduction the Youth Union's executive committee introduces the candidate (4-KNĐ)
 * @param certificateNumber number of the course certificate
 * @param fullTimeStudy a temporary transfer for full-time study (allowed up to 2 years)
 * @param exceptionReference the provincial committee's decision admitting a candidate over 60
 */
public record RecordLifecycleEvent(
        LifecycleEventKind kind,
        LocalDate effectiveDate,
        @Nullable String decisionNumber,
        @Nullable LocalDate decisionDate,
        @Nullable String decisionBody,
        @Nullable Long targetOrgUnitId,
        @Nullable String destination,
        @Nullable String place,
        @Nullable LocalDate untilDate,
        @Nullable RemovalGround ground,
        @Nullable String lateReason,
        @Nullable String note,
        List<UUID> helperMemberIds,
        List<UUID> introducerMemberIds,
        boolean youthUnionIntroduction,
        @Nullable String certificateNumber,
        boolean fullTimeStudy,
        @Nullable String exceptionReference) {

    public RecordLifecycleEvent {
        helperMemberIds = List.copyOf(helperMemberIds);
        introducerMemberIds = List.copyOf(introducerMemberIds);
    }

    /** A step with only a kind and a date (tests, system steps). */
    public static RecordLifecycleEvent of(LifecycleEventKind kind, LocalDate effectiveDate) {
        return new RecordLifecycleEvent(
                kind,
                effectiveDate,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                false,
                null,
                false,
                null);
    }
}
