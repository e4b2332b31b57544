package vn.dangvu.member;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The member row's lifecycle columns after a history of steps (what {@link LifecycleReplay} computes): status, cell,
 * the dates of the admission pipeline, transit, temporary postings, stays abroad, exemption, suspension and the end.
 *
 * @param transitReturnStatus the status a member in transit gets back on arrival or cancellation
 * @param firstAdmittedOn the first admission decision's date (membership age counts from it, also after re-admission)
 */
public record LifecycleProjection(
        MemberStatus status,
        long orgUnitId,
        LocalDate birthDate,
        @Nullable LocalDate courseCertificateOn,
        @Nullable LocalDate sympathiserOn,
        @Nullable LocalDate proposedOn,
        @Nullable LocalDate admittedOn,
        @Nullable String admissionDecisionNumber,
        @Nullable String admissionDecisionBody,
        @Nullable LocalDate firstAdmittedOn,
        @Nullable LocalDate ceremonyDate,
        @Nullable String ceremonyPlace,
        @Nullable LocalDate officialOn,
        @Nullable String officialPlace,
        @Nullable Long transitToOrgUnitId,
        @Nullable String transitDestination,
        @Nullable LocalDate transitSince,
        @Nullable MemberStatus transitReturnStatus,
        @Nullable Long temporaryOrgUnitId,
        @Nullable String temporaryDestination,
        @Nullable LocalDate temporaryUntil,
        @Nullable String abroadDestination,
        @Nullable LocalDate abroadUntil,
        @Nullable LocalDate exemptedSince,
        @Nullable LocalDate suspendedSince,
        @Nullable LocalDate endedOn,
        @Nullable String endedGround,
        @Nullable LocalDate readmittedOn) {}
