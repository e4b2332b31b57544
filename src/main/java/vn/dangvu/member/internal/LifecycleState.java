package vn.dangvu.member.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.dangvu.member.MemberStatus;

/**
 * The part of a member row that the lifecycle events determine: the projection of the event history that the
 * registry's lists, deadlines and statistics read without replaying events.
 *
 * @param transitReturnStatus the status a member in transit gets back on arrival or cancellation
 * @param firstAdmittedOn the first admission decision's date (membership age counts from it, also after re-admission)
 */
record LifecycleState(
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
        @Nullable LocalDate readmittedOn) {

    /** A new candidate on a cell's list. */
    static LifecycleState candidate(long orgUnitId, LocalDate birthDate) {
        return new LifecycleState(
                MemberStatus.OUTSTANDING_MASS,
                orgUnitId,
                birthDate,
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
                null,
                null,
                null,
                null,
                null);
    }

    Builder toBuilder() {
        return new Builder(this);
    }

    /** Copy-with for the few items a step changes. */
    static final class Builder {
        MemberStatus status;
        long orgUnitId;
        LocalDate birthDate;

        @Nullable
        LocalDate courseCertificateOn;

        @Nullable
        LocalDate sympathiserOn;

        @Nullable
        LocalDate proposedOn;

        @Nullable
        LocalDate admittedOn;

        @Nullable
        String admissionDecisionNumber;

        @Nullable
        String admissionDecisionBody;

        @Nullable
        LocalDate firstAdmittedOn;

        @Nullable
        LocalDate ceremonyDate;

        @Nullable
        String ceremonyPlace;

        @Nullable
        LocalDate officialOn;

        @Nullable
        String officialPlace;

        @Nullable
        Long transitToOrgUnitId;

        @Nullable
        String transitDestination;

        @Nullable
        LocalDate transitSince;

        @Nullable
        MemberStatus transitReturnStatus;

        @Nullable
        Long temporaryOrgUnitId;

        @Nullable
        String temporaryDestination;

        @Nullable
        LocalDate temporaryUntil;

        @Nullable
        String abroadDestination;

        @Nullable
        LocalDate abroadUntil;

        @Nullable
        LocalDate exemptedSince;

        @Nullable
        LocalDate suspendedSince;

        @Nullable
        LocalDate endedOn;

        @Nullable
        String endedGround;

        @Nullable
        LocalDate readmittedOn;

        private Builder(LifecycleState s) {
            status = s.status;
            orgUnitId = s.orgUnitId;
            birthDate = s.birthDate;
            courseCertificateOn = s.courseCertificateOn;
            sympathiserOn = s.sympathiserOn;
            proposedOn = s.proposedOn;
            admittedOn = s.admittedOn;
            admissionDecisionNumber = s.admissionDecisionNumber;
            admissionDecisionBody = s.admissionDecisionBody;
            firstAdmittedOn = s.firstAdmittedOn;
            ceremonyDate = s.ceremonyDate;
            ceremonyPlace = s.ceremonyPlace;
            officialOn = s.officialOn;
            officialPlace = s.officialPlace;
            transitToOrgUnitId = s.transitToOrgUnitId;
            transitDestination = s.transitDestination;
            transitSince = s.transitSince;
            transitReturnStatus = s.transitReturnStatus;
            temporaryOrgUnitId = s.temporaryOrgUnitId;
            temporaryDestination = s.temporaryDestination;
            temporaryUntil = s.temporaryUntil;
            abroadDestination = s.abroadDestination;
            abroadUntil = s.abroadUntil;
            exemptedSince = s.exemptedSince;
            suspendedSince = s.suspendedSince;
            endedOn = s.endedOn;
            endedGround = s.endedGround;
            readmittedOn = s.readmittedOn;
        }

        Builder status(MemberStatus value) {
            status = value;
            return this;
        }

        void clearTransit() {
            transitToOrgUnitId = null;
            transitDestination = null;
            transitSince = null;
            transitReturnStatus = null;
        }

        void clearOverlays() {
            temporaryOrgUnitId = null;
            temporaryDestination = null;
            temporaryUntil = null;
            abroadDestination = null;
            abroadUntil = null;
            suspendedSince = null;
        }

        LifecycleState build() {
            return new LifecycleState(
                    status,
                    orgUnitId,
                    birthDate,
                    courseCertificateOn,
                    sympathiserOn,
                    proposedOn,
                    admittedOn,
                    admissionDecisionNumber,
                    admissionDecisionBody,
                    firstAdmittedOn,
                    ceremonyDate,
                    ceremonyPlace,
                    officialOn,
                    officialPlace,
                    transitToOrgUnitId,
                    transitDestination,
                    transitSince,
                    transitReturnStatus,
                    temporaryOrgUnitId,
                    temporaryDestination,
                    temporaryUntil,
                    abroadDestination,
                    abroadUntil,
                    exemptedSince,
                    suspendedSince,
                    endedOn,
                    endedGround,
                    readmittedOn);
        }
    }
}
