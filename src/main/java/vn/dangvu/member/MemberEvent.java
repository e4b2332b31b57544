package vn.dangvu.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A recorded lifecycle step as the party-history timeline shows it.
 *
 * @param id event id
 * @param memberId whose step it is
 * @param kind the step
 * @param effectiveDate the day it took effect
 * @param decisionNumber the decision's number
 * @param decisionDate the decision's date
 * @param decisionBody the issuing body
 * @param orgUnitId the member's organisation from this step on
 * @param orgUnitName its name
 * @param statusBefore the status before the step
 * @param statusAfter the status from this step on
 * @param targetOrgUnitId the receiving organisation of a transfer
 * @param targetOrgUnitName its name
 * @param destination a receiving organisation outside the registry, or the country abroad
 * @param place where it happened
 * @param untilDate end of a temporary posting or stay abroad
 * @param ground ground of a removal
 * @param late whether the step came after its deadline
 * @param lateReason why
 * @param note remark
 * @param supersedesId the event this one corrects or annuls
 * @param supersededBy the event that corrects or annuls this one ({@code null} while it stands)
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it
 */
public record MemberEvent(
        long id,
        UUID memberId,
        LifecycleEventKind kind,
        LocalDate effectiveDate,
        @Nullable String decisionNumber,
        @Nullable LocalDate decisionDate,
        @Nullable String decisionBody,
        long orgUnitId,
        @Nullable String orgUnitName,
        @Nullable MemberStatus statusBefore,
        MemberStatus statusAfter,
        @Nullable Long targetOrgUnitId,
        @Nullable String targetOrgUnitName,
        @Nullable String destination,
        @Nullable String place,
        @Nullable LocalDate untilDate,
        @Nullable RemovalGround ground,
        boolean late,
        @Nullable String lateReason,
        @Nullable String note,
        @Nullable Long supersedesId,
        @Nullable Long supersededBy,
        Instant recordedAt,
        String recordedBy) {}
