package vn.dangvu.inspection.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dangvu.calendar.WorkingDays;
import vn.dangvu.inspection.DenunciationState;
import vn.dangvu.inspection.NotHandledReason;

/**
 * Denunciations against party organisations and members handled inside the Party (tố cáo trong Đảng, REGULATIONS
 * §10.6; QĐ 22-QĐ/TW 2021 ch. IV, carried into QĐ 296-QĐ/TW 2025 ch. IV):
 *
 * <ul>
 *   <li>anonymous, false-name and no-address denunciations, those signed by more than one person and repetitions of a
 *       settled denunciation without new evidence are recorded but not handled;
 *   <li>one accepted for handling is settled within 90 working days of acceptance, 180 at central level; the deadline
 *       may be extended once by at most 30 days, with notice to the parties;
 *   <li>the accused never leads the handling (nor reads the file, which protects the denouncer's identity).
 * </ul>
 *
 * The numbers come from an old text and are settings ({@code dangvu.inspection.denunciation-*}, docs/architecture.md).
 */
@Component
class DenunciationPolicy {

    static final String RULE = "QĐ 296-QĐ/TW, Chương IV (tố cáo trong Đảng)";

    private final InspectionProperties properties;
    private final WorkingDays workingDays;

    DenunciationPolicy(InspectionProperties properties, WorkingDays workingDays) {
        this.properties = properties;
        this.workingDays = workingDays;
    }

    /** Why a denunciation as received is not handled, if the rule excludes it; the first reason in the rule's order. */
    static Optional<NotHandledReason> notHandled(
            @Nullable String name, @Nullable String address, int signers, boolean falseName, boolean repeated) {
        if (name == null || name.isBlank()) {
            return Optional.of(NotHandledReason.ANONYMOUS);
        }
        if (falseName) {
            return Optional.of(NotHandledReason.FALSE_NAME);
        }
        if (address == null || address.isBlank()) {
            return Optional.of(NotHandledReason.NO_ADDRESS);
        }
        if (signers > 1) {
            return Optional.of(NotHandledReason.COLLECTIVE);
        }
        if (repeated) {
            return Optional.of(NotHandledReason.REPEATED);
        }
        return Optional.empty();
    }

    /** The deadline of a denunciation accepted on {@code acceptedOn}. */
    LocalDate dueOn(LocalDate acceptedOn, boolean central) {
        return workingDays.plusWorkingDays(
                acceptedOn,
                central ? properties.denunciationWorkingDaysCentral() : properties.denunciationWorkingDays());
    }

    int maxExtensionDays() {
        return properties.denunciationExtensionDays();
    }

    /** Working days from {@code today} to {@code dueOn}; negative when overdue. */
    int workingDaysLeft(LocalDate today, LocalDate dueOn) {
        return workingDays.workingDaysBetween(today, dueOn);
    }

    /**
     * Refuses accepting a denunciation not waiting for acceptance (one not handled names its reason), dated before its
     * receipt or in the future, or led by the accused.
     */
    void checkAcceptance(
            DenunciationState state,
            @Nullable NotHandledReason reason,
            LocalDate acceptedOn,
            LocalDate receivedOn,
            LocalDate today,
            @Nullable UUID handler,
            @Nullable UUID accused) {
        if (state == DenunciationState.NOT_HANDLED && reason != null) {
            throw Refusals.refuse(
                    "denunciation.not-handled." + reason.name().toLowerCase(java.util.Locale.ROOT), RULE, "acceptedOn");
        }
        requireState(state, DenunciationState.RECEIVED, "acceptedOn");
        checkDate(acceptedOn, receivedOn, today, "acceptedOn");
        if (handler != null && handler.equals(accused)) {
            throw Refusals.refuse("denunciation.handler-accused", RULE, "handlerMemberId");
        }
    }

    /** The new deadline; refuses a second extension, one beyond the most allowed, or a notice out of time. */
    LocalDate extend(
            DenunciationState state,
            @Nullable Integer extendedBefore,
            int days,
            LocalDate dueOn,
            LocalDate acceptedOn,
            LocalDate noticeOn,
            LocalDate today) {
        requireState(state, DenunciationState.HANDLING, "days");
        if (extendedBefore != null) {
            throw Refusals.refuse("denunciation.extended-already", RULE, "days");
        }
        if (days > maxExtensionDays()) {
            throw Refusals.refuse("denunciation.extension-too-long", RULE, "days", maxExtensionDays());
        }
        checkDate(noticeOn, acceptedOn, today, "noticeOn");
        return workingDays.plusWorkingDays(dueOn, days);
    }

    /** Refuses dismissing one not waiting or handled, for a reason other than a false name or a repetition. */
    static void checkDismissal(
            DenunciationState state, NotHandledReason reason, LocalDate on, LocalDate receivedOn, LocalDate today) {
        if (state != DenunciationState.RECEIVED && state != DenunciationState.HANDLING) {
            throw Refusals.refuse("denunciation.state", RULE, "reason");
        }
        if (reason != NotHandledReason.FALSE_NAME && reason != NotHandledReason.REPEATED) {
            throw Refusals.refuse("denunciation.dismiss-reason", RULE, "reason");
        }
        checkDate(on, receivedOn, today, "on");
    }

    /** Refuses concluding one not being handled, or dated before acceptance or in the future. */
    static void checkConclusion(DenunciationState state, LocalDate concludedOn, LocalDate acceptedOn, LocalDate today) {
        requireState(state, DenunciationState.HANDLING, "concludedOn");
        checkDate(concludedOn, acceptedOn, today, "concludedOn");
    }

    static void requireState(DenunciationState state, DenunciationState wanted, String field) {
        if (state != wanted) {
            throw Refusals.refuse("denunciation.state", RULE, field);
        }
    }

    private static void checkDate(LocalDate date, LocalDate notBefore, LocalDate today, String field) {
        if (date.isBefore(notBefore)) {
            throw Refusals.refuse("denunciation.date.before", RULE, field, notBefore);
        }
        if (date.isAfter(today)) {
            throw Refusals.refuse("inspection.date.future", RULE, field);
        }
    }
}
