package vn.dangvu.member.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.dangvu.member.LifecycleEventKind;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.RecordLifecycleEvent;
import vn.dangvu.member.RemovalGround;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.Role;

/**
 * The member lifecycle as a state machine (REGULATIONS §3): which step may follow which, what each step needs, and
 * the deadlines in working days. A refused step is a rule violation whose problem detail names the rule in its
 * {@code rule} member. Sources:
 *
 * <ul>
 *   <li>Admission age 18–60 full years counted in months at the cell's consideration, over 60 only by the provincial
 *       committee's decision: Điều lệ Đảng, Điều 4; QĐ 294-QĐ/TW §3.1.
 *   <li>Course certificate "nhận thức về Đảng" valid 5 years: HD 12-HD/BTCTW (2022), mẫu CN-NTVĐ.
 *   <li>Introducers: two official members, or one with the Youth Union's resolution: Điều lệ Đảng, Điều 4.
 *   <li>Admission decision within 60 working days of the cell's resolution (extension up to 30 with a reason);
 *       recognition as official decided within 30 working days of the cell's resolution: QĐ 294-QĐ/TW §4.3.1.
 *   <li>Ceremony within 30 working days of the decision: QĐ 294-QĐ/TW §4.1.
 *   <li>Probation 12 months from the ceremony; official from the end of probation whenever decided; unfit probationary
 *       members are removed: Điều lệ Đảng, Điều 5; QĐ 294-QĐ/TW §4.2.
 *   <li>Transfers: started within 60 working days of the occasioning decision, the letter presented within 30 working
 *       days; the sender counts the member until the receiver confirms: QĐ 294-QĐ/TW §6.3.1.
 *   <li>Temporary transfers 3 months to under 1 year, full-time study up to 2 years: QĐ 29-QĐ/TW §6.3 [older text,
 *       limits are settings].
 *   <li>Abroad 12 months or more is an official transfer; shorter stays temporary: QĐ 294-QĐ/TW (đảng viên ra nước
 *       ngoài).
 *   <li>Exemption from work and activity: HD 27-HD/BTCTW (2009).
 *   <li>Removal (xóa tên) and its grounds: Điều lệ Đảng, Điều 8; QĐ 294-QĐ/TW §8.1. Expulsion: QĐ 69-QĐ/TW.
 *       Suspension: QĐ 296-QĐ/TW (đình chỉ sinh hoạt đảng).
 *   <li>Re-admission once only, followed by probation: QĐ 24-QĐ/TW §3.5.3–3.5.4 [older text, the limit is a
 *       setting].
 * </ul>
 */
final class LifecyclePolicy {

    static final String AGE_RULE = "Điều lệ Đảng, Điều 4; QĐ 294-QĐ/TW §3.1";
    static final String COURSE_RULE = "HD 12-HD/BTCTW (2022), mẫu CN-NTVĐ";
    static final String INTRODUCER_RULE = "Điều lệ Đảng, Điều 4";
    static final String DECISION_RULE = "QĐ 294-QĐ/TW §4.3.1";
    static final String CEREMONY_RULE = "QĐ 294-QĐ/TW §4.1";
    static final String PROBATION_RULE = "Điều lệ Đảng, Điều 5; QĐ 294-QĐ/TW §4.2";
    static final String TRANSFER_RULE = "QĐ 294-QĐ/TW §6.3.1";
    static final String TEMPORARY_RULE = "QĐ 29-QĐ/TW §6.3";
    static final String ABROAD_RULE = "QĐ 294-QĐ/TW (đảng viên ra nước ngoài)";
    static final String EXEMPTION_RULE = "HD 27-HD/BTCTW (2009)";
    static final String REMOVAL_RULE = "Điều lệ Đảng, Điều 8; QĐ 294-QĐ/TW §8.1";
    static final String EXPULSION_RULE = "QĐ 69-QĐ/TW";
    static final String SUSPENSION_RULE = "QĐ 296-QĐ/TW";
    static final String READMISSION_RULE = "QĐ 24-QĐ/TW §3.5.3";
    static final String STATE_RULE = "REGULATIONS §3.1";

    /** Working days for the competent committee's admission decision after the cell's resolution. */
    static final int ADMISSION_DECISION_DAYS = 60;
    /** Working days to hold the ceremony after the decision. */
    static final int CEREMONY_DAYS = 30;
    /** Working days for the cell to consider official status after probation ends, and for the committee after it. */
    static final int RECOGNITION_DAYS = 30;
    /** Working days to present the introduction letter to the receiving cell. */
    static final int TRANSIT_DAYS = 30;
    /** Working days to start a transfer after the decision occasioning it. */
    static final int TRANSFER_START_DAYS = 60;

    static final int PROBATION_MONTHS = 12;
    static final int COURSE_VALID_YEARS = 5;
    /** Admission age: from 18 full years … */
    static final int MIN_AGE_MONTHS = 18 * 12;
    /** … to 60 full years, counted by month: until the month of the 61st birthday. */
    static final int MAX_AGE_MONTHS = 60 * 12 + 11;

    static final int ABROAD_OFFICIAL_MONTHS = 12;

    /** Working-day arithmetic, from the calendar module. */
    interface Calendar {
        LocalDate plusWorkingDays(LocalDate start, int n);
    }

    /** The limits older texts give (settings, see docs/architecture.md). */
    record Limits(int temporaryMinMonths, int temporaryMaxMonths, int studyMaxMonths, int readmissions) {
        static final Limits DEFAULT = new Limits(3, 12, 24, 1);
    }

    /** What the step's checks need from the database: the statuses of the named helper and introducer members. */
    record Context(Map<UUID, MemberStatus> memberStatuses, int readmissionsSoFar) {}

    /** The state after a step, the effective date it was recorded with, and whether it came after its deadline. */
    record Outcome(
            LifecycleState after,
            LocalDate effectiveDate,
            @Nullable LocalDate deadline,
            boolean late) {}

    private static final Set<MemberStatus> ACTIVE = EnumSet.of(
            MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL, MemberStatus.EXEMPTED, MemberStatus.IN_TRANSIT);
    private static final Set<MemberStatus> WORKING = EnumSet.of(MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL);
    private static final Set<MemberStatus> CANDIDATES = EnumSet.of(
            MemberStatus.OUTSTANDING_MASS,
            MemberStatus.SYMPATHISER,
            MemberStatus.VERIFYING,
            MemberStatus.PROPOSED,
            MemberStatus.ADMITTED);

    /** Steps a cell secretary records; every other step is the committee's (organisation staff). */
    private static final Set<LifecycleEventKind> CELL_STEPS = EnumSet.of(
            LifecycleEventKind.COURSE_COMPLETED,
            LifecycleEventKind.SYMPATHISER_RECOGNISED,
            LifecycleEventKind.ADMISSION_PROPOSED,
            LifecycleEventKind.CEREMONY_HELD,
            LifecycleEventKind.CANDIDACY_WITHDRAWN,
            LifecycleEventKind.EXEMPTED,
            LifecycleEventKind.EXEMPTION_ENDED,
            LifecycleEventKind.DIED,
            LifecycleEventKind.TEMPORARY_TRANSFER_OUT,
            LifecycleEventKind.TEMPORARY_TRANSFER_ENDED,
            LifecycleEventKind.WENT_ABROAD,
            LifecycleEventKind.RETURNED_FROM_ABROAD);

    /** Steps only the system records (on a merge or split, on import, on registration). */
    private static final Set<LifecycleEventKind> SYSTEM_STEPS = EnumSet.of(
            LifecycleEventKind.RECORDED,
            LifecycleEventKind.CANDIDATE_REGISTERED,
            LifecycleEventKind.TRANSFER_ARRIVED,
            LifecycleEventKind.UNIT_REORGANISED,
            LifecycleEventKind.ANNULMENT);

    private final Calendar calendar;
    private final Limits limits;

    LifecyclePolicy(Calendar calendar, Limits limits) {
        this.calendar = calendar;
        this.limits = limits;
    }

    /** The roles that may record a step: the cell's secretary for the cell's own resolutions, else committee staff. */
    static Role[] recorders(LifecycleEventKind kind) {
        return CELL_STEPS.contains(kind)
                ? new Role[] {Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION}
                : new Role[] {Role.ORG_STAFF, Role.CITY_ORGANISATION};
    }

    /** The regulation a step follows (shown by the guided dialogs). */
    static String ruleOf(LifecycleEventKind kind) {
        return switch (kind) {
            case COURSE_COMPLETED, SYMPATHISER_RECOGNISED -> COURSE_RULE;
            case VERIFICATION_STARTED, ADMISSION_PROPOSED -> AGE_RULE;
            case ADMISSION_DECIDED -> DECISION_RULE;
            case CEREMONY_HELD -> CEREMONY_RULE;
            case OFFICIAL_RECOGNISED -> PROBATION_RULE;
            case TRANSFER_OUT, TRANSFER_RECEIVED, TRANSFER_DEPARTED, TRANSFER_CANCELLED, TRANSFER_ARRIVED ->
                TRANSFER_RULE;
            case TEMPORARY_TRANSFER_OUT, TEMPORARY_TRANSFER_ENDED -> TEMPORARY_RULE;
            case WENT_ABROAD, RETURNED_FROM_ABROAD -> ABROAD_RULE;
            case EXEMPTED, EXEMPTION_ENDED -> EXEMPTION_RULE;
            case SUSPENDED, SUSPENSION_LIFTED -> SUSPENSION_RULE;
            case REMOVED -> REMOVAL_RULE;
            case EXPELLED -> EXPULSION_RULE;
            case READMITTED -> READMISSION_RULE;
            default -> STATE_RULE;
        };
    }

    static boolean recordedBySystem(LifecycleEventKind kind) {
        return SYSTEM_STEPS.contains(kind);
    }

    /** The steps that may follow the state (what the guided dialogs offer). */
    List<LifecycleEventKind> nextSteps(LifecycleState state) {
        return java.util.Arrays.stream(LifecycleEventKind.values())
                .filter(k -> !recordedBySystem(k))
                .filter(k -> allowedFrom(k).contains(state.status()))
                .filter(k -> overlayAllows(k, state))
                .toList();
    }

    /** The deadline that applies to the state, if any (the day by which the next step is due). */
    @Nullable
    LocalDate deadline(LifecycleState state) {
        return switch (state.status()) {
            case PROPOSED ->
                state.proposedOn() == null
                        ? null
                        : calendar.plusWorkingDays(state.proposedOn(), ADMISSION_DECISION_DAYS);
            case ADMITTED ->
                state.admittedOn() == null ? null : calendar.plusWorkingDays(state.admittedOn(), CEREMONY_DAYS);
            case PROBATIONARY ->
                state.ceremonyDate() == null
                        ? null
                        : calendar.plusWorkingDays(probationEnd(state.ceremonyDate()), RECOGNITION_DAYS);
            case IN_TRANSIT ->
                state.transitSince() == null ? null : calendar.plusWorkingDays(state.transitSince(), TRANSIT_DAYS);
            default -> null;
        };
    }

    static LocalDate probationEnd(LocalDate ceremonyDate) {
        return ceremonyDate.plusMonths(PROBATION_MONTHS);
    }

    /**
     * Applies a step to a state, or refuses it.
     *
     * @param today the current day: steps cannot be dated in the future
     * @param lastEffective the effective date of the latest step so far: steps are recorded in order
     */
    Outcome apply(
            LifecycleState state,
            RecordLifecycleEvent step,
            Context context,
            LocalDate today,
            @Nullable LocalDate lastEffective) {
        LifecycleEventKind kind = step.kind();
        if (!allowedFrom(kind).contains(state.status()) || !overlayAllows(kind, state)) {
            throw refuse(
                    "member.lifecycle.step-not-allowed",
                    STATE_RULE,
                    "kind",
                    kind.name(),
                    state.status().name());
        }
        LocalDate effective = step.effectiveDate();
        if (effective.isAfter(today)) {
            throw refuse("member.lifecycle.future", STATE_RULE, "effectiveDate", effective);
        }
        if (lastEffective != null
                && effective.isBefore(lastEffective)
                && kind != LifecycleEventKind.OFFICIAL_RECOGNISED) {
            throw refuse("member.lifecycle.before-last", STATE_RULE, "effectiveDate", effective, lastEffective);
        }
        LifecycleState.Builder next = state.toBuilder();
        LocalDate deadline = null;
        boolean late = false;
        switch (kind) {
            case COURSE_COMPLETED -> next.courseCertificateOn = effective;
            case SYMPATHISER_RECOGNISED -> {
                requireCourse(state, effective);
                requireOfficial(step.helperMemberIds(), context, "helperMemberIds", 1, 2, "member.lifecycle.helpers");
                next.sympathiserOn = effective;
                next.status(MemberStatus.SYMPATHISER);
            }
            case VERIFICATION_STARTED -> next.status(MemberStatus.VERIFYING);
            case ADMISSION_PROPOSED -> {
                requireAge(state.birthDate(), effective, step.exceptionReference());
                requireCourse(state, effective);
                int introducers = step.youthUnionIntroduction() ? 1 : 2;
                requireOfficial(
                        step.introducerMemberIds(),
                        context,
                        "introducerMemberIds",
                        introducers,
                        introducers,
                        "member.lifecycle.introducers");
                next.proposedOn = effective;
                next.status(MemberStatus.PROPOSED);
            }
            case ADMISSION_DECIDED -> {
                LocalDate decided = requireDecision(step, effective);
                deadline = calendar.plusWorkingDays(
                        state.proposedOn() == null ? decided : state.proposedOn(), ADMISSION_DECISION_DAYS);
                late = requireReasonIfLate(step, effective, deadline, DECISION_RULE);
                next.admittedOn = effective;
                next.admissionDecisionNumber = step.decisionNumber();
                next.admissionDecisionBody = step.decisionBody();
                next.firstAdmittedOn = state.firstAdmittedOn() == null ? effective : state.firstAdmittedOn();
                next.status(MemberStatus.ADMITTED);
            }
            case CEREMONY_HELD -> {
                requireText(step.place(), "place");
                LocalDate admitted = state.admittedOn() == null ? effective : state.admittedOn();
                if (effective.isBefore(admitted)) {
                    throw refuse("member.lifecycle.ceremony-before-decision", CEREMONY_RULE, "effectiveDate", admitted);
                }
                deadline = calendar.plusWorkingDays(admitted, CEREMONY_DAYS);
                late = requireReasonIfLate(step, effective, deadline, CEREMONY_RULE);
                next.ceremonyDate = effective;
                next.ceremonyPlace = step.place();
                next.status(MemberStatus.PROBATIONARY);
            }
            case OFFICIAL_RECOGNISED -> {
                LocalDate decided = requireDecision(step, effective);
                LocalDate end = probationEnd(state.ceremonyDate() == null ? decided : state.ceremonyDate());
                if (decided.isBefore(end)) {
                    throw refuse("member.lifecycle.probation-not-ended", PROBATION_RULE, "decisionDate", end);
                }
                deadline = calendar.plusWorkingDays(calendar.plusWorkingDays(end, RECOGNITION_DAYS), RECOGNITION_DAYS);
                late = requireReasonIfLate(step, decided, deadline, DECISION_RULE);
                effective = end;
                next.officialOn = end;
                next.officialPlace = step.place();
                next.status(MemberStatus.OFFICIAL);
            }
            case CANDIDACY_WITHDRAWN -> end(next, MemberStatus.WITHDRAWN, effective, null);
            case TRANSFER_OUT -> {
                requireDestination(step, state);
                if (step.decisionDate() != null) {
                    deadline = calendar.plusWorkingDays(step.decisionDate(), TRANSFER_START_DAYS);
                    late = requireReasonIfLate(step, effective, deadline, TRANSFER_RULE);
                }
                next.transitToOrgUnitId = step.targetOrgUnitId();
                next.transitDestination = step.targetOrgUnitId() == null ? step.destination() : null;
                next.transitSince = effective;
                next.transitReturnStatus = state.status();
                next.temporaryOrgUnitId = null;
                next.temporaryDestination = null;
                next.temporaryUntil = null;
                next.status(MemberStatus.IN_TRANSIT);
            }
            case TRANSFER_RECEIVED -> {
                if (state.transitToOrgUnitId() == null) {
                    throw refuse("member.lifecycle.transfer-external", TRANSFER_RULE, "kind");
                }
                deadline = calendar.plusWorkingDays(
                        state.transitSince() == null ? effective : state.transitSince(), TRANSIT_DAYS);
                late = requireReasonIfLate(step, effective, deadline, TRANSFER_RULE);
                next.orgUnitId = state.transitToOrgUnitId();
                next.status(returnStatus(state));
                next.clearTransit();
            }
            case TRANSFER_DEPARTED -> {
                if (state.transitToOrgUnitId() != null) {
                    throw refuse("member.lifecycle.transfer-internal", TRANSFER_RULE, "kind");
                }
                end(next, MemberStatus.TRANSFERRED_AWAY, effective, null);
            }
            case TRANSFER_CANCELLED -> {
                next.status(returnStatus(state));
                next.clearTransit();
            }
            case TEMPORARY_TRANSFER_OUT -> {
                requireDestination(step, state);
                LocalDate until = requireUntil(step);
                long months = ChronoUnit.MONTHS.between(effective, until);
                boolean tooShort = until.isBefore(effective.plusMonths(limits.temporaryMinMonths()));
                boolean tooLong = step.fullTimeStudy()
                        ? until.isAfter(effective.plusMonths(limits.studyMaxMonths()))
                        : !until.isBefore(effective.plusMonths(limits.temporaryMaxMonths()));
                if (tooShort || tooLong) {
                    throw refuse(
                            step.fullTimeStudy()
                                    ? "member.lifecycle.temporary-study-period"
                                    : "member.lifecycle.temporary-period",
                            TEMPORARY_RULE,
                            "untilDate",
                            limits.temporaryMinMonths(),
                            step.fullTimeStudy() ? limits.studyMaxMonths() : limits.temporaryMaxMonths(),
                            months);
                }
                next.temporaryOrgUnitId = step.targetOrgUnitId();
                next.temporaryDestination = step.targetOrgUnitId() == null ? step.destination() : null;
                next.temporaryUntil = until;
            }
            case TEMPORARY_TRANSFER_ENDED -> {
                next.temporaryOrgUnitId = null;
                next.temporaryDestination = null;
                next.temporaryUntil = null;
            }
            case WENT_ABROAD -> {
                requireText(step.destination(), "destination");
                LocalDate until = requireUntil(step);
                if (!until.isBefore(effective.plusMonths(ABROAD_OFFICIAL_MONTHS))) {
                    throw refuse("member.lifecycle.abroad-long", ABROAD_RULE, "untilDate", ABROAD_OFFICIAL_MONTHS);
                }
                if (until.isBefore(effective.plusMonths(limits.temporaryMinMonths()))) {
                    throw refuse(
                            "member.lifecycle.abroad-short", ABROAD_RULE, "untilDate", limits.temporaryMinMonths());
                }
                next.abroadDestination = step.destination();
                next.abroadUntil = until;
            }
            case RETURNED_FROM_ABROAD -> {
                next.abroadDestination = null;
                next.abroadUntil = null;
            }
            case EXEMPTED -> {
                requireText(step.note(), "note");
                next.exemptedSince = effective;
                next.status(MemberStatus.EXEMPTED);
            }
            case EXEMPTION_ENDED -> {
                next.exemptedSince = null;
                next.status(MemberStatus.OFFICIAL);
            }
            case SUSPENDED -> {
                requireDecision(step, effective);
                next.suspendedSince = effective;
            }
            case SUSPENSION_LIFTED -> {
                requireDecision(step, effective);
                next.suspendedSince = null;
            }
            case REMOVED -> {
                requireDecision(step, effective);
                RemovalGround ground = step.ground();
                if (ground == null) {
                    throw refuse("member.lifecycle.ground-required", REMOVAL_RULE, "ground");
                }
                if (ground == RemovalGround.PROBATION_UNFIT && state.status() != MemberStatus.PROBATIONARY) {
                    throw refuse("member.lifecycle.ground-probation", PROBATION_RULE, "ground");
                }
                end(next, MemberStatus.REMOVED, effective, ground.name());
            }
            case EXPELLED -> {
                requireDecision(step, effective);
                end(next, MemberStatus.EXPELLED, effective, null);
            }
            case LEFT -> {
                requireDecision(step, effective);
                end(next, MemberStatus.LEFT, effective, null);
            }
            case DIED -> end(next, MemberStatus.DECEASED, effective, null);
            case READMITTED -> {
                if (context.readmissionsSoFar() >= limits.readmissions()) {
                    throw refuse("member.lifecycle.readmission-once", READMISSION_RULE, "kind", limits.readmissions());
                }
                requireDecision(step, effective);
                next.readmittedOn = effective;
                next.admittedOn = effective;
                next.admissionDecisionNumber = step.decisionNumber();
                next.admissionDecisionBody = step.decisionBody();
                next.ceremonyDate = null;
                next.ceremonyPlace = null;
                next.officialOn = null;
                next.officialPlace = null;
                next.endedOn = null;
                next.endedGround = null;
                next.status(MemberStatus.ADMITTED);
            }
            default -> throw refuse("member.lifecycle.system-step", STATE_RULE, "kind", kind.name());
        }
        return new Outcome(next.build(), effective, deadline, late);
    }

    private static void end(LifecycleState.Builder next, MemberStatus status, LocalDate on, @Nullable String ground) {
        next.status(status);
        next.endedOn = on;
        next.endedGround = ground;
        next.clearTransit();
        next.clearOverlays();
    }

    private static MemberStatus returnStatus(LifecycleState state) {
        return state.transitReturnStatus() == null ? MemberStatus.OFFICIAL : state.transitReturnStatus();
    }

    static Set<MemberStatus> allowedFrom(LifecycleEventKind kind) {
        return switch (kind) {
            case COURSE_COMPLETED ->
                EnumSet.of(MemberStatus.OUTSTANDING_MASS, MemberStatus.SYMPATHISER, MemberStatus.VERIFYING);
            case SYMPATHISER_RECOGNISED -> EnumSet.of(MemberStatus.OUTSTANDING_MASS);
            case VERIFICATION_STARTED -> EnumSet.of(MemberStatus.SYMPATHISER);
            case ADMISSION_PROPOSED -> EnumSet.of(MemberStatus.VERIFYING);
            case ADMISSION_DECIDED -> EnumSet.of(MemberStatus.PROPOSED);
            case CEREMONY_HELD -> EnumSet.of(MemberStatus.ADMITTED);
            case OFFICIAL_RECOGNISED -> EnumSet.of(MemberStatus.PROBATIONARY);
            case CANDIDACY_WITHDRAWN -> CANDIDATES;
            case TRANSFER_OUT -> EnumSet.of(MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL, MemberStatus.EXEMPTED);
            case TRANSFER_RECEIVED, TRANSFER_DEPARTED, TRANSFER_CANCELLED -> EnumSet.of(MemberStatus.IN_TRANSIT);
            case TEMPORARY_TRANSFER_OUT,
                    TEMPORARY_TRANSFER_ENDED,
                    WENT_ABROAD,
                    RETURNED_FROM_ABROAD,
                    SUSPENDED,
                    SUSPENSION_LIFTED -> WORKING;
            case EXEMPTED -> EnumSet.of(MemberStatus.OFFICIAL);
            case EXEMPTION_ENDED -> EnumSet.of(MemberStatus.EXEMPTED);
            case REMOVED, EXPELLED, LEFT -> ACTIVE;
            case DIED -> union(ACTIVE, CANDIDATES);
            case READMITTED -> EnumSet.of(MemberStatus.REMOVED, MemberStatus.LEFT, MemberStatus.EXPELLED);
            default -> EnumSet.noneOf(MemberStatus.class);
        };
    }

    /** Steps that open or close an overlay need it closed or open. */
    private static boolean overlayAllows(LifecycleEventKind kind, LifecycleState state) {
        return switch (kind) {
            case TEMPORARY_TRANSFER_OUT -> state.temporaryUntil() == null && state.abroadUntil() == null;
            case TEMPORARY_TRANSFER_ENDED -> state.temporaryUntil() != null;
            case WENT_ABROAD -> state.abroadUntil() == null && state.temporaryUntil() == null;
            case RETURNED_FROM_ABROAD -> state.abroadUntil() != null;
            case SUSPENDED -> state.suspendedSince() == null;
            case SUSPENSION_LIFTED -> state.suspendedSince() != null;
            default -> true;
        };
    }

    private static Set<MemberStatus> union(Set<MemberStatus> a, Set<MemberStatus> b) {
        Set<MemberStatus> all = EnumSet.copyOf(a);
        all.addAll(b);
        return all;
    }

    private void requireAge(LocalDate birthDate, LocalDate on, @Nullable String exceptionReference) {
        long months = ChronoUnit.MONTHS.between(birthDate, on);
        if (months < MIN_AGE_MONTHS) {
            throw refuse("member.lifecycle.age-under", AGE_RULE, "effectiveDate", months / 12, months % 12);
        }
        if (months > MAX_AGE_MONTHS && (exceptionReference == null || exceptionReference.isBlank())) {
            throw refuse("member.lifecycle.age-over", AGE_RULE, "exceptionReference", months / 12, months % 12);
        }
    }

    private static void requireCourse(LifecycleState state, LocalDate on) {
        LocalDate certificate = state.courseCertificateOn();
        if (certificate == null) {
            throw refuse("member.lifecycle.course-missing", COURSE_RULE, "kind");
        }
        if (!on.isBefore(certificate.plusYears(COURSE_VALID_YEARS))) {
            throw refuse(
                    "member.lifecycle.course-expired",
                    COURSE_RULE,
                    "effectiveDate",
                    certificate,
                    certificate.plusYears(COURSE_VALID_YEARS));
        }
    }

    private static void requireOfficial(List<UUID> ids, Context context, String field, int min, int max, String code) {
        if (ids.size() < min || ids.size() > max || ids.stream().distinct().count() != ids.size()) {
            throw refuse(code + "-count", INTRODUCER_RULE, field, min, max);
        }
        for (UUID id : ids) {
            if (context.memberStatuses().get(id) != MemberStatus.OFFICIAL) {
                throw refuse(code + "-official", INTRODUCER_RULE, field, id);
            }
        }
    }

    private static LocalDate requireDecision(RecordLifecycleEvent step, LocalDate effective) {
        requireText(step.decisionNumber(), "decisionNumber");
        requireText(step.decisionBody(), "decisionBody");
        LocalDate date = step.decisionDate();
        if (date == null) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "member.lifecycle.decision-date-required")
                    .onField("decisionDate");
        }
        return date;
    }

    private static boolean requireReasonIfLate(
            RecordLifecycleEvent step, LocalDate on, LocalDate deadline, String rule) {
        if (!on.isAfter(deadline)) {
            return false;
        }
        if (step.lateReason() == null || step.lateReason().isBlank()) {
            throw refuse("member.lifecycle.late-reason-required", rule, "lateReason", deadline);
        }
        return true;
    }

    private static void requireDestination(RecordLifecycleEvent step, LifecycleState state) {
        boolean inside = step.targetOrgUnitId() != null;
        boolean outside = step.destination() != null && !step.destination().isBlank();
        if (inside == outside) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "member.lifecycle.destination-required")
                    .onField("targetOrgUnitId");
        }
        if (inside && step.targetOrgUnitId() == state.orgUnitId()) {
            throw refuse("member.lifecycle.destination-same", TRANSFER_RULE, "targetOrgUnitId");
        }
    }

    private static LocalDate requireUntil(RecordLifecycleEvent step) {
        if (step.untilDate() == null || !step.untilDate().isAfter(step.effectiveDate())) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "member.lifecycle.until-required")
                    .onField("untilDate");
        }
        return step.untilDate();
    }

    private static void requireText(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "member.lifecycle.required").onField(field);
        }
    }

    /** A refused step: the rule named in the problem's {@code rule} member, dates in the Vietnamese form. */
    static DomainException refuse(String code, String rule, String field, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof LocalDate date ? DAY.format(date) : args[i];
        }
        return new DomainException(DomainException.Kind.RULE_VIOLATION, code, Map.of("rule", rule), shown)
                .onField(field);
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
}
