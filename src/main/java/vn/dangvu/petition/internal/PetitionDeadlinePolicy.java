package vn.dangvu.petition.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.dangvu.calendar.WorkingDays;
import vn.dangvu.petition.DeadlineStatus;
import vn.dangvu.petition.PetitionKind;
import vn.dangvu.shared.DomainException;

/**
 * The statutory deadlines of citizens' petitions that party committees mirror (REGULATIONS §13.2):
 *
 * <ul>
 *   <li>Luật Khiếu nại 2011 Art. 27: accept (thụ lý) or refuse within {@value #ACCEPT_DAYS} days of receipt; the same
 *       period is applied to every kind of petition, and restarts when a petition is routed to the competent unit;
 *   <li>Luật Khiếu nại 2011 Art. 28: settle a first-instance complaint within {@value #COMPLAINT_FIRST} days of
 *       acceptance, {@value #COMPLAINT_FIRST_COMPLEX} when complex;
 *   <li>Luật Khiếu nại 2011 Art. 37: a second-instance complaint within {@value #COMPLAINT_SECOND} days,
 *       {@value #COMPLAINT_SECOND_COMPLEX} when complex (the longer periods of remote areas are not modelled);
 *   <li>Luật Tố cáo 2018 Art. 30: settle a denunciation within {@value #DENUNCIATION} days of acceptance, extended at
 *       most {@value #DENUNCIATION_MAX_EXTENSIONS} times by at most {@value #DENUNCIATION_EXTENSION} days each, with a
 *       reason;
 *   <li>proposals and feedback have no statutory settlement deadline.
 * </ul>
 *
 * Whether the days are calendar or working days is the setting {@code dangvu.petition.day-count} (unconfirmed);
 * working days come from the calendar module.
 */
@Component
public class PetitionDeadlinePolicy {

    static final int ACCEPT_DAYS = 10;
    static final int COMPLAINT_FIRST = 30;
    static final int COMPLAINT_FIRST_COMPLEX = 45;
    static final int COMPLAINT_SECOND = 45;
    static final int COMPLAINT_SECOND_COMPLEX = 60;
    static final int DENUNCIATION = 30;
    static final int DENUNCIATION_EXTENSION = 30;
    static final int DENUNCIATION_MAX_EXTENSIONS = 2;

    static final String ACCEPT_RULE = "Luật Khiếu nại 2011, Điều 27";
    static final String COMPLAINT_FIRST_RULE = "Luật Khiếu nại 2011, Điều 28";
    static final String COMPLAINT_SECOND_RULE = "Luật Khiếu nại 2011, Điều 37";
    static final String DENUNCIATION_RULE = "Luật Tố cáo 2018, Điều 30";

    private final BiFunction<LocalDate, Integer, LocalDate> plusWorkingDays;
    private final PetitionProperties properties;

    @Autowired
    PetitionDeadlinePolicy(WorkingDays workingDays, PetitionProperties properties) {
        this(workingDays::plusWorkingDays, properties);
    }

    /** With another working-day arithmetic (tests). */
    PetitionDeadlinePolicy(BiFunction<LocalDate, Integer, LocalDate> plusWorkingDays, PetitionProperties properties) {
        this.plusWorkingDays = plusWorkingDays;
        this.properties = properties;
    }

    /** The last day to accept a petition received (or routed to the unit) on {@code receivedOn}. */
    public LocalDate acceptDue(LocalDate receivedOn) {
        return plus(receivedOn, ACCEPT_DAYS);
    }

    /** The last day to settle a petition accepted on {@code acceptedOn}; {@code null} when no deadline applies. */
    public @Nullable LocalDate settleDue(
            PetitionKind kind, boolean complex, boolean secondInstance, LocalDate acceptedOn, int extensions) {
        return switch (kind) {
            case COMPLAINT -> plus(acceptedOn, complaintDays(complex, secondInstance));
            case DENUNCIATION -> plus(acceptedOn, DENUNCIATION + extensions * DENUNCIATION_EXTENSION);
            case PROPOSAL, FEEDBACK -> null;
        };
    }

    /** The regulation behind the settlement deadline of {@code kind}, or {@code null}. */
    public @Nullable String settleRule(PetitionKind kind, boolean secondInstance) {
        return switch (kind) {
            case COMPLAINT -> secondInstance ? COMPLAINT_SECOND_RULE : COMPLAINT_FIRST_RULE;
            case DENUNCIATION -> DENUNCIATION_RULE;
            case PROPOSAL, FEEDBACK -> null;
        };
    }

    /** Extensions still possible for a petition of {@code kind} already extended {@code extensions} times. */
    public int extensionsLeft(@Nullable PetitionKind kind, int extensions) {
        return kind == PetitionKind.DENUNCIATION ? Math.max(0, DENUNCIATION_MAX_EXTENSIONS - extensions) : 0;
    }

    /** Refuses an extension that Luật Tố cáo 2018 Art. 30 does not allow. */
    public void checkExtension(@Nullable PetitionKind kind, int extensions) {
        if (kind != PetitionKind.DENUNCIATION) {
            throw DomainException.rule("petition.extension.not-denunciation", DENUNCIATION_RULE);
        }
        if (extensions >= DENUNCIATION_MAX_EXTENSIONS) {
            throw DomainException.rule("petition.extension.limit", DENUNCIATION_MAX_EXTENSIONS, DENUNCIATION_RULE);
        }
    }

    /** How a running deadline stands on {@code today}. */
    public DeadlineStatus status(@Nullable LocalDate due, LocalDate today) {
        if (due == null) {
            return DeadlineStatus.NONE;
        }
        if (today.isAfter(due)) {
            return DeadlineStatus.OVERDUE;
        }
        return ChronoUnit.DAYS.between(today, due) <= properties.dueSoonDays()
                ? DeadlineStatus.DUE_SOON
                : DeadlineStatus.ON_TIME;
    }

    private static int complaintDays(boolean complex, boolean secondInstance) {
        if (secondInstance) {
            return complex ? COMPLAINT_SECOND_COMPLEX : COMPLAINT_SECOND;
        }
        return complex ? COMPLAINT_FIRST_COMPLEX : COMPLAINT_FIRST;
    }

    private LocalDate plus(LocalDate start, int days) {
        return properties.dayCount() == PetitionProperties.DayCount.WORKING
                ? plusWorkingDays.apply(start, days)
                : start.plusDays(days);
    }
}
