package vn.dangvu.member.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangvu.member.LifecycleEventKind;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.RecordLifecycleEvent;
import vn.dangvu.member.RemovalGround;
import vn.dangvu.shared.DomainException;

/** The lifecycle rules with their sources (see {@link LifecyclePolicy}); the calendar here knows weekends only. */
class LifecyclePolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final UUID HELPER = UUID.randomUUID();
    private static final UUID SECOND = UUID.randomUUID();

    private final LifecyclePolicy policy =
            new LifecyclePolicy(LifecyclePolicyTests::weekdays, LifecyclePolicy.Limits.DEFAULT);
    private final LifecyclePolicy.Context officials =
            new LifecyclePolicy.Context(Map.of(HELPER, MemberStatus.OFFICIAL, SECOND, MemberStatus.OFFICIAL), 0);

    @Test
    void theAdmissionPipelineRunsInOrder_Charter_Art4_Art5() {
        LifecycleState s = LifecycleState.candidate(7, LocalDate.of(2000, 1, 1));
        s = apply(s, step(LifecycleEventKind.COURSE_COMPLETED, "2024-01-15"));
        s = apply(s, with(step(LifecycleEventKind.SYMPATHISER_RECOGNISED, "2024-02-01"), List.of(HELPER), List.of()));
        s = apply(s, step(LifecycleEventKind.VERIFICATION_STARTED, "2024-06-03"));
        s = apply(
                s, with(step(LifecycleEventKind.ADMISSION_PROPOSED, "2024-09-03"), List.of(), List.of(HELPER, SECOND)));
        assertThat(s.status()).isEqualTo(MemberStatus.PROPOSED);
        s = apply(s, decision(LifecycleEventKind.ADMISSION_DECIDED, "2024-10-01"));
        assertThat(s.admittedOn()).isEqualTo(LocalDate.of(2024, 10, 1));
        s = apply(s, place(step(LifecycleEventKind.CEREMONY_HELD, "2024-10-21")));
        assertThat(s.status()).isEqualTo(MemberStatus.PROBATIONARY);
        LifecyclePolicy.Outcome official =
                policy.apply(s, decision(LifecycleEventKind.OFFICIAL_RECOGNISED, "2025-11-03"), officials, TODAY, null);
        assertThat(official.after().status()).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(official.effectiveDate())
                .as("official from the end of the 12 months")
                .isEqualTo(LocalDate.of(2025, 10, 21));
    }

    @Test
    void age18To60CountedInMonths_QD294() {
        LifecycleState verifying = verifying(LocalDate.of(2007, 3, 15));
        assertRefused(verifying, proposal("2025-03-14"), "member.lifecycle.age-under");
        assertThat(policy.apply(verifying, proposal("2025-03-15"), officials, TODAY, null)
                        .after()
                        .status())
                .isEqualTo(MemberStatus.PROPOSED);
        LifecycleState old = verifying(LocalDate.of(1964, 3, 1));
        assertThat(policy.apply(old, proposal("2025-02-28"), officials, TODAY, null)
                        .after()
                        .status())
                .as("60 years 11 months is still 60 full years")
                .isEqualTo(MemberStatus.PROPOSED);
        assertRefused(old, proposal("2025-03-01"), "member.lifecycle.age-over");
    }

    @Test
    void theCourseCertificateIsValidFiveYears_HD12() {
        LifecycleState s = LifecycleState.candidate(7, LocalDate.of(1990, 1, 1));
        s = apply(s, step(LifecycleEventKind.COURSE_COMPLETED, "2019-05-10"));
        assertRefused(
                s,
                with(step(LifecycleEventKind.SYMPATHISER_RECOGNISED, "2024-05-10"), List.of(HELPER), List.of()),
                "member.lifecycle.course-expired");
        apply(s, with(step(LifecycleEventKind.SYMPATHISER_RECOGNISED, "2024-05-09"), List.of(HELPER), List.of()));
    }

    @Test
    void introducersAreTwoOfficialMembersOrOneWithTheYouthUnion_Charter_Art4() {
        LifecycleState s = verifying(LocalDate.of(2000, 1, 1));
        assertRefused(
                s,
                with(step(LifecycleEventKind.ADMISSION_PROPOSED, "2025-01-06"), List.of(), List.of(HELPER)),
                "member.lifecycle.introducers-count");
        RecordLifecycleEvent youth = new RecordLifecycleEvent(
                LifecycleEventKind.ADMISSION_PROPOSED,
                LocalDate.parse("2025-01-06"),
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
                List.of(HELPER),
                true,
                null,
                false,
                null);
        assertThat(policy.apply(s, youth, officials, TODAY, null).after().status())
                .isEqualTo(MemberStatus.PROPOSED);
        LifecyclePolicy.Context probationary = new LifecyclePolicy.Context(
                Map.of(HELPER, MemberStatus.PROBATIONARY, SECOND, MemberStatus.OFFICIAL), 0);
        assertThatThrownBy(() -> policy.apply(
                        s,
                        with(
                                step(LifecycleEventKind.ADMISSION_PROPOSED, "2025-01-06"),
                                List.of(),
                                List.of(HELPER, SECOND)),
                        probationary,
                        TODAY,
                        null))
                .hasMessage("member.lifecycle.introducers-official");
    }

    @Test
    void aDecisionAfter60WorkingDaysNeedsAReason_QD294_4_3_1() {
        LifecycleState proposed = apply(
                verifying(LocalDate.of(2000, 1, 1)),
                with(step(LifecycleEventKind.ADMISSION_PROPOSED, "2025-01-06"), List.of(), List.of(HELPER, SECOND)));
        // 60 weekdays after Monday 06/01/2025 end on Monday 31/03/2025
        apply(proposed, decision(LifecycleEventKind.ADMISSION_DECIDED, "2025-03-31"));
        assertRefused(
                proposed,
                decision(LifecycleEventKind.ADMISSION_DECIDED, "2025-04-01"),
                "member.lifecycle.late-reason-required");
        assertThat(policy.deadline(proposed)).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void recognitionIsRefusedBeforeTwelveMonthsOfProbation_Charter_Art5() {
        LifecycleState probationary = probationary("2025-03-03");
        assertRefused(
                probationary,
                decision(LifecycleEventKind.OFFICIAL_RECOGNISED, "2026-03-02"),
                "member.lifecycle.probation-not-ended");
        assertThat(LifecyclePolicy.probationEnd(LocalDate.of(2025, 3, 3))).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void probationaryMembersUnfitAreRemovedAndOnlyThey_Charter_Art5_Art8() {
        LifecycleState probationary = probationary("2025-03-03");
        RecordLifecycleEvent unfit = removal("2026-02-02", RemovalGround.PROBATION_UNFIT);
        assertThat(policy.apply(probationary, unfit, officials, TODAY, null)
                        .after()
                        .status())
                .isEqualTo(MemberStatus.REMOVED);
        LifecycleState official =
                probationary.toBuilder().status(MemberStatus.OFFICIAL).build();
        assertRefused(official, unfit, "member.lifecycle.ground-probation");
    }

    @Test
    void aTransferKeepsTheSenderUntilTheReceiverConfirms_QD294_6_3_1() {
        LifecycleState official = probationary("2020-03-02").toBuilder()
                .status(MemberStatus.OFFICIAL)
                .build();
        RecordLifecycleEvent out = new RecordLifecycleEvent(
                LifecycleEventKind.TRANSFER_OUT,
                LocalDate.parse("2026-01-05"),
                null,
                null,
                null,
                99L,
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
        LifecycleState transit =
                policy.apply(official, out, officials, TODAY, null).after();
        assertThat(transit.status()).isEqualTo(MemberStatus.IN_TRANSIT);
        assertThat(transit.orgUnitId()).as("counted by the sender").isEqualTo(7);
        LifecycleState arrived = policy.apply(
                        transit, step(LifecycleEventKind.TRANSFER_RECEIVED, "2026-01-20"), officials, TODAY, null)
                .after();
        assertThat(arrived.status()).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(arrived.orgUnitId()).isEqualTo(99);
        assertRefused(
                transit,
                step(LifecycleEventKind.TRANSFER_RECEIVED, "2026-02-17"),
                "member.lifecycle.late-reason-required");
    }

    @Test
    void temporaryTransfersLastThreeMonthsToUnderAYear_QD29() {
        LifecycleState official = probationary("2020-03-02").toBuilder()
                .status(MemberStatus.OFFICIAL)
                .build();
        assertRefused(official, temporary("2026-01-05", "2027-01-05", false), "member.lifecycle.temporary-period");
        assertRefused(official, temporary("2026-01-05", "2026-04-04", false), "member.lifecycle.temporary-period");
        assertThat(policy.apply(official, temporary("2026-01-05", "2027-01-04", false), officials, TODAY, null)
                        .after()
                        .temporaryUntil())
                .isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(policy.apply(official, temporary("2026-01-05", "2028-01-05", true), officials, TODAY, null)
                        .after()
                        .temporaryUntil())
                .as("full-time study up to 2 years")
                .isEqualTo(LocalDate.of(2028, 1, 5));
    }

    @Test
    void reAdmissionIsAllowedOnce_QD24() {
        LifecycleState removed =
                apply(probationary("2025-03-03"), removal("2026-02-02", RemovalGround.PROBATION_UNFIT));
        RecordLifecycleEvent again = decision(LifecycleEventKind.READMITTED, "2026-02-27");
        assertThat(policy.apply(removed, again, officials, TODAY, null).after().status())
                .isEqualTo(MemberStatus.ADMITTED);
        assertThatThrownBy(() -> policy.apply(removed, again, new LifecyclePolicy.Context(Map.of(), 1), TODAY, null))
                .hasMessage("member.lifecycle.readmission-once");
    }

    @Test
    void terminalStatesTakeNoStepButReadmission() {
        LifecycleState dead = apply(probationary("2025-03-03"), step(LifecycleEventKind.DIED, "2026-01-05"));
        assertThat(policy.nextSteps(dead)).isEmpty();
        assertRefused(dead, step(LifecycleEventKind.EXEMPTED, "2026-01-06"), "member.lifecycle.step-not-allowed");
    }

    @Test
    void stepsCannotBeDatedInTheFutureOrBeforeTheLastOne() {
        LifecycleState s = LifecycleState.candidate(7, LocalDate.of(2000, 1, 1));
        assertRefused(s, step(LifecycleEventKind.COURSE_COMPLETED, "2026-03-03"), "member.lifecycle.future");
        assertThatThrownBy(() -> policy.apply(
                        s,
                        step(LifecycleEventKind.COURSE_COMPLETED, "2025-01-01"),
                        officials,
                        TODAY,
                        LocalDate.of(2025, 2, 1)))
                .hasMessage("member.lifecycle.before-last");
    }

    @Test
    void everyRefusalNamesItsRule() {
        LifecycleState s = LifecycleState.candidate(7, LocalDate.of(2000, 1, 1));
        assertThatThrownBy(() ->
                        policy.apply(s, step(LifecycleEventKind.CEREMONY_HELD, "2025-01-01"), officials, TODAY, null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.RULE_VIOLATION);
                    assertThat(e.properties()).containsKey("rule");
                });
    }

    private LifecycleState verifying(LocalDate birth) {
        LifecycleState s = LifecycleState.candidate(7, birth);
        s = apply(s, step(LifecycleEventKind.COURSE_COMPLETED, "2024-06-04"));
        s = apply(s, with(step(LifecycleEventKind.SYMPATHISER_RECOGNISED, "2024-07-01"), List.of(HELPER), List.of()));
        return apply(s, step(LifecycleEventKind.VERIFICATION_STARTED, "2024-10-01"));
    }

    private LifecycleState probationary(String ceremony) {
        LifecycleState.Builder b = LifecycleState.candidate(7, LocalDate.of(1990, 1, 1)).toBuilder();
        b.status(MemberStatus.PROBATIONARY);
        b.admittedOn = LocalDate.parse(ceremony).minusDays(20);
        b.ceremonyDate = LocalDate.parse(ceremony);
        return b.build();
    }

    private LifecycleState apply(LifecycleState s, RecordLifecycleEvent e) {
        return policy.apply(s, e, officials, TODAY, null).after();
    }

    private void assertRefused(LifecycleState s, RecordLifecycleEvent e, String code) {
        assertThatThrownBy(() -> policy.apply(s, e, officials, TODAY, null)).hasMessage(code);
    }

    private static RecordLifecycleEvent step(LifecycleEventKind kind, String date) {
        return RecordLifecycleEvent.of(kind, LocalDate.parse(date));
    }

    private static RecordLifecycleEvent proposal(String date) {
        return with(step(LifecycleEventKind.ADMISSION_PROPOSED, date), List.of(), List.of(HELPER, SECOND));
    }

    private static RecordLifecycleEvent with(RecordLifecycleEvent e, List<UUID> helpers, List<UUID> introducers) {
        return new RecordLifecycleEvent(
                e.kind(),
                e.effectiveDate(),
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
                helpers,
                introducers,
                false,
                null,
                false,
                null);
    }

    private static RecordLifecycleEvent decision(LifecycleEventKind kind, String date) {
        return new RecordLifecycleEvent(
                kind,
                LocalDate.parse(date),
                "1-QĐ/ĐU",
                LocalDate.parse(date),
                "Đảng ủy",
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

    private static RecordLifecycleEvent place(RecordLifecycleEvent e) {
        return new RecordLifecycleEvent(
                e.kind(),
                e.effectiveDate(),
                null,
                null,
                null,
                null,
                null,
                "Hội trường",
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

    private static RecordLifecycleEvent removal(String date, RemovalGround ground) {
        return new RecordLifecycleEvent(
                LifecycleEventKind.REMOVED,
                LocalDate.parse(date),
                "2-QĐ/ĐU",
                LocalDate.parse(date),
                "Đảng ủy",
                null,
                null,
                null,
                null,
                ground,
                null,
                null,
                List.of(),
                List.of(),
                false,
                null,
                false,
                null);
    }

    private static RecordLifecycleEvent temporary(String from, String until, boolean study) {
        return new RecordLifecycleEvent(
                LifecycleEventKind.TEMPORARY_TRANSFER_OUT,
                LocalDate.parse(from),
                null,
                null,
                null,
                null,
                "Chi bộ nơi học tập",
                null,
                LocalDate.parse(until),
                null,
                null,
                null,
                List.of(),
                List.of(),
                false,
                null,
                study,
                null);
    }

    /** Working days are Monday to Friday here; the real calendar adds holidays (tested in the calendar module). */
    private static LocalDate weekdays(LocalDate start, int n) {
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }
}
