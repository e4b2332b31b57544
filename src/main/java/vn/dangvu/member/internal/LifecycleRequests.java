package vn.dangvu.member.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.dangvu.member.Ethnicity;
import vn.dangvu.member.LifecycleEventKind;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.RecordLifecycleEvent;
import vn.dangvu.member.RegisterMember;
import vn.dangvu.member.RemovalGround;

/** Bodies of the lifecycle endpoints. */
final class LifecycleRequests {

    private LifecycleRequests() {}

    /** Body of {@code POST /api/v1/members/{id}/events} and of a correction: a step and the member version read. */
    record StepRequest(
            @NotNull(message = "{member.lifecycle.kind.required}")
            LifecycleEventKind kind,

            @NotNull(message = "{member.lifecycle.effectiveDate.required}")
            LocalDate effectiveDate,

            @Size(max = 40, message = "{member.lifecycle.text.size}") @Nullable
            String decisionNumber,

            @Nullable LocalDate decisionDate,

            @Size(max = 200, message = "{member.lifecycle.text.size}") @Nullable
            String decisionBody,

            @Nullable Long targetOrgUnitId,

            @Size(max = 300, message = "{member.lifecycle.text.size}") @Nullable
            String destination,

            @Size(max = 300, message = "{member.lifecycle.text.size}") @Nullable
            String place,

            @Nullable LocalDate untilDate,
            @Nullable RemovalGround ground,

            @Size(max = 500, message = "{member.lifecycle.text.size}") @Nullable
            String lateReason,

            @Size(max = 1000, message = "{member.lifecycle.text.size}") @Nullable
            String note,

            @Size(max = 2, message = "{member.lifecycle.helpers.size}") @Nullable
            List<UUID> helperMemberIds,

            @Size(max = 2, message = "{member.lifecycle.introducers.size}") @Nullable
            List<UUID> introducerMemberIds,

            @Nullable Boolean youthUnionIntroduction,

            @Size(max = 40, message = "{member.lifecycle.text.size}") @Nullable
            String certificateNumber,

            @Nullable Boolean fullTimeStudy,

            @Size(max = 200, message = "{member.lifecycle.text.size}") @Nullable
            String exceptionReference,

            @NotNull(message = "{version.required}") Long version) {

        RecordLifecycleEvent toCommand() {
            return new RecordLifecycleEvent(
                    kind,
                    effectiveDate,
                    decisionNumber,
                    decisionDate,
                    decisionBody,
                    targetOrgUnitId,
                    destination,
                    place,
                    untilDate,
                    ground,
                    lateReason,
                    note,
                    helperMemberIds == null ? List.of() : helperMemberIds,
                    introducerMemberIds == null ? List.of() : introducerMemberIds,
                    Boolean.TRUE.equals(youthUnionIntroduction),
                    certificateNumber,
                    Boolean.TRUE.equals(fullTimeStudy),
                    exceptionReference);
        }
    }

    /** Body of an annulment: why the step was recorded in error, and the member version read. */
    record AnnulmentRequest(
            @NotBlank(message = "{member.lifecycle.reason.required}")
            @Size(max = 1000, message = "{member.lifecycle.text.size}")
            String reason,

            @NotNull(message = "{version.required}") Long version) {}

    /** Body of {@code POST /api/v1/members}: a new candidate, or a member arriving from outside the registry. */
    record RegisterRequest(
            @NotNull(message = "{member.register.entry.required}")
            RegisterMember.Entry entry,

            @NotNull(message = "{member.register.orgUnitId.required}")
            Long orgUnitId,

            @NotBlank(message = "{member.fullName.required}") @Size(max = 200, message = "{member.fullName.size}")
            String fullName,

            @NotNull(message = "{member.sex.required}") @Pattern(regexp = "[MF]", message = "{member.sex.pattern}")
            String sex,

            @NotNull(message = "{member.birthDate.required}")
            LocalDate birthDate,

            @NotNull(message = "{member.ethnicity.required}")
            Ethnicity ethnicity,

            @Pattern(regexp = MemberRecordPolicy.CITIZEN_ID, message = "{member.citizenId.pattern}") @Nullable
            String citizenId,

            @Pattern(regexp = MemberRecordPolicy.PHONE, message = "{member.phone.pattern}") @Nullable
            String phone,

            @NotNull(message = "{member.lifecycle.effectiveDate.required}")
            LocalDate effectiveDate,

            @Nullable MemberStatus statusOnArrival,
            @Nullable LocalDate admittedOn,
            @Nullable LocalDate ceremonyDate,
            @Nullable LocalDate officialOn,

            @Pattern(regexp = MemberRecordPolicy.CARD_NUMBER, message = "{member.cardNumber.pattern}") @Nullable
            String cardNumber,

            @Size(max = 300, message = "{member.lifecycle.text.size}") @Nullable
            String origin,

            @Size(max = 1000, message = "{member.lifecycle.text.size}") @Nullable
            String note) {

        RegisterMember toCommand() {
            return new RegisterMember(
                    entry,
                    orgUnitId,
                    fullName,
                    sex,
                    birthDate,
                    ethnicity,
                    blankToNull(citizenId),
                    blankToNull(phone),
                    effectiveDate,
                    statusOnArrival,
                    admittedOn,
                    ceremonyDate,
                    officialOn,
                    blankToNull(cardNumber),
                    origin,
                    note);
        }
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
