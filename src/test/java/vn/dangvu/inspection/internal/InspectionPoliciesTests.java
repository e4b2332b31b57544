package vn.dangvu.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.inspection.CaseStep;
import vn.dangvu.inspection.CaseStepView;
import vn.dangvu.inspection.DecidingAuthority;
import vn.dangvu.inspection.DisciplineForm;
import vn.dangvu.inspection.DisciplineSubject;
import vn.dangvu.inspection.LimitationException;
import vn.dangvu.inspection.RecordCaseStep;
import vn.dangvu.inspection.ViolationCategory;
import vn.dangvu.inspection.ViolationEntry;
import vn.dangvu.shared.DomainException;

/** The inspection rules of REGULATIONS §10 with their sources. */
class InspectionPoliciesTests {

    private final DisciplineLimitationPolicy limitation = new DisciplineLimitationPolicy(0);

    private static ViolationEntry v(String date) {
        return new ViolationEntry(LocalDate.parse(date), ViolationCategory.DUTIES_PUBLIC_SERVICE, null);
    }

    @ParameterizedTest(name = "Điều lệ Đảng Art. 35: {1} for {0} allowed: {2}")
    @CsvSource({
        "ORGANISATION, REPRIMAND, true",
        "ORGANISATION, WARNING, true",
        "ORGANISATION, DISSOLUTION, true",
        "ORGANISATION, EXPULSION, false",
        "ORGANISATION, REMOVAL_FROM_POST, false",
        "OFFICIAL_MEMBER, REPRIMAND, true",
        "OFFICIAL_MEMBER, WARNING, true",
        "OFFICIAL_MEMBER, REMOVAL_FROM_POST, true",
        "OFFICIAL_MEMBER, EXPULSION, true",
        "OFFICIAL_MEMBER, DISSOLUTION, false",
        "PROBATIONARY_MEMBER, REPRIMAND, true",
        "PROBATIONARY_MEMBER, WARNING, true",
        "PROBATIONARY_MEMBER, REMOVAL_FROM_POST, false",
        "PROBATIONARY_MEMBER, EXPULSION, false"
    })
    void formsDependOnTheSubject_Charter35(DisciplineSubject subject, DisciplineForm form, boolean allowed) {
        assertThat(DisciplineFormPolicy.allowed(subject).contains(form)).isEqualTo(allowed);
        if (!allowed) {
            assertThatThrownBy(() ->
                            DisciplineFormPolicy.check(subject, form, DecidingAuthority.INSPECTION_COMMISSION, "form"))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo("inspection.discipline.form-not-allowed");
                        assertThat(e.properties()).containsEntry("rule", "Điều lệ Đảng, Điều 35");
                        assertThat(e.field()).isEqualTo("form");
                    });
        }
    }

    @Test
    void aCellDisciplinesNoOrganisation() {
        assertThatThrownBy(() -> DisciplineFormPolicy.check(
                        DisciplineSubject.ORGANISATION, DisciplineForm.WARNING, DecidingAuthority.CELL, "form"))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("inspection.discipline.cell-organisation"));
    }

    @ParameterizedTest(name = "Điều lệ Đảng Art. 36(1): a cell imposing {0} on an official member: allowed {1}")
    @CsvSource({"REPRIMAND, true", "WARNING, true", "REMOVAL_FROM_POST, false", "EXPULSION, false"})
    void aCellOnlyReprimandsOrWarnsItsMembers(DisciplineForm form, boolean allowed) {
        if (allowed) {
            DisciplineFormPolicy.check(DisciplineSubject.OFFICIAL_MEMBER, form, DecidingAuthority.CELL, "form");
            DisciplineFormPolicy.check(DisciplineSubject.OFFICIAL_MEMBER, form, DecidingAuthority.COMMITTEE, "form");
            return;
        }
        DisciplineFormPolicy.check(DisciplineSubject.OFFICIAL_MEMBER, form, DecidingAuthority.COMMITTEE, "form");
        assertThatThrownBy(() -> DisciplineFormPolicy.check(
                        DisciplineSubject.OFFICIAL_MEMBER, form, DecidingAuthority.CELL, "form"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("inspection.discipline.cell-form");
                    assertThat(e.properties()).containsEntry("rule", "Điều lệ Đảng, Điều 36");
                    assertThat(e.field()).isEqualTo("form");
                });
    }

    @ParameterizedTest(name = "QĐ 69-QĐ/TW Art. 4: {0} of a violation on 2020-03-01 decided on {1}: expired {2}")
    @CsvSource({
        "REPRIMAND, 2025-03-01, false",
        "REPRIMAND, 2025-03-02, true",
        "WARNING, 2030-03-01, false",
        "WARNING, 2030-03-02, true",
        "REMOVAL_FROM_POST, 2030-03-02, true",
        "EXPULSION, 2060-01-01, false",
        "DISSOLUTION, 2060-01-01, false"
    })
    void limitationIsFiveYearsForReprimandTenForWarningOrRemovalNoneForExpulsion_QD69Art4(
            DisciplineForm form, LocalDate decidedOn, boolean expired) {
        List<ViolationEntry> violations = List.of(v("2020-03-01"));
        if (expired) {
            assertThatThrownBy(() -> limitation.check(form, violations, decidedOn))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo("inspection.discipline.limitation-expired");
                        assertThat(e.properties()).containsEntry("rule", "QĐ 69-QĐ/TW, Điều 4");
                        assertThat(e.field()).isEqualTo("violations[0].violatedOn");
                    });
        } else {
            limitation.check(form, violations, decidedOn);
        }
    }

    @Test
    void aNewViolationWithinThePeriodRestartsTheClock_QD69Art4() {
        List<ViolationEntry> chained = List.of(v("2015-01-10"), v("2019-06-01"));
        assertThat(limitation.lastDays(DisciplineForm.REPRIMAND, chained))
                .containsExactly(LocalDate.parse("2024-06-01"), LocalDate.parse("2024-06-01"));
        limitation.check(DisciplineForm.REPRIMAND, chained, LocalDate.parse("2024-06-01"));
        List<ViolationEntry> broken = List.of(v("2012-01-10"), v("2019-06-01"));
        assertThat(limitation.lastDays(DisciplineForm.REPRIMAND, broken))
                .as("the later violation came after the first period had ended")
                .containsExactly(LocalDate.parse("2017-01-10"), LocalDate.parse("2024-06-01"));
        assertThatThrownBy(() -> limitation.check(DisciplineForm.REPRIMAND, broken, LocalDate.parse("2020-01-01")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("violations[0].violatedOn"));
    }

    @Test
    void listedExceptionsHaveNoLimitation_QD69Art4() {
        List<ViolationEntry> diploma = List.of(new ViolationEntry(
                LocalDate.parse("2001-01-01"),
                ViolationCategory.DIPLOMAS_CERTIFICATES,
                LimitationException.ILLEGAL_DIPLOMA));
        limitation.check(DisciplineForm.REPRIMAND, diploma, LocalDate.parse("2026-03-01"));
        assertThat(limitation.expiresOn(DisciplineForm.REPRIMAND, diploma)).isNull();
        assertThat(new DisciplineLimitationPolicy(15).years(DisciplineForm.DISSOLUTION))
                .as("the dissolution setting")
                .isEqualTo(15);
    }

    private static CaseStepView done(CaseStep step, String on) {
        return new CaseStepView(step, LocalDate.parse(on), null, null, null, "kiemtra", Instant.EPOCH);
    }

    private static RecordCaseStep step(CaseStep step, String on) {
        return new RecordCaseStep(step, LocalDate.parse(on), null, null, null, null, null, 0L);
    }

    @Test
    void stepsFollowTheOrderOfTheProcedure_QD296() {
        LocalDate today = LocalDate.parse("2026-03-01");
        assertThat(CaseStepPolicy.next(List.of())).isEqualTo(CaseStep.DECISION);
        CaseStepPolicy.check(step(CaseStep.DECISION, "2026-01-05"), List.of(), today);
        List<CaseStepView> decided = List.of(done(CaseStep.DECISION, "2026-01-05"));
        assertThatThrownBy(() -> CaseStepPolicy.check(step(CaseStep.SELF_REPORT, "2026-01-06"), decided, today))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("inspection.case.step-order");
                    assertThat(e.properties()).containsEntry("rule", "QĐ 296-QĐ/TW, Chương II");
                });
        assertThatThrownBy(() -> CaseStepPolicy.check(step(CaseStep.NOTIFICATION, "2026-01-04"), decided, today))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("inspection.case.step-date-order"));
        assertThatThrownBy(() -> CaseStepPolicy.check(step(CaseStep.NOTIFICATION, "2026-03-02"), decided, today))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("inspection.date.future"));
        CaseStepPolicy.check(step(CaseStep.NOTIFICATION, "2026-01-05"), decided, today);
    }

    @Test
    void aConclusionStatesTheFindingAndItsCategories() {
        LocalDate today = LocalDate.parse("2026-03-01");
        List<CaseStepView> drafted = List.of(
                done(CaseStep.DECISION, "2026-01-05"),
                done(CaseStep.NOTIFICATION, "2026-01-06"),
                done(CaseStep.SELF_REPORT, "2026-01-10"),
                done(CaseStep.VERIFICATION, "2026-01-20"),
                done(CaseStep.DRAFT_CONCLUSION, "2026-02-01"));
        RecordCaseStep noCategory = new RecordCaseStep(
                CaseStep.CONCLUSION, LocalDate.parse("2026-02-10"), null, null, true, List.of(), "Có vi phạm", 0L);
        assertThatThrownBy(() -> CaseStepPolicy.check(noCategory, drafted, today))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("categories"));
        RecordCaseStep ok = new RecordCaseStep(
                CaseStep.CONCLUSION,
                LocalDate.parse("2026-02-10"),
                null,
                null,
                true,
                List.of(ViolationCategory.PERSONNEL_WORK),
                "Có vi phạm",
                0L);
        CaseStepPolicy.check(ok, drafted, today);
        List<CaseStepView> concluded = new java.util.ArrayList<>(drafted);
        concluded.add(done(CaseStep.CONCLUSION, "2026-02-10"));
        assertThat(CaseStepPolicy.next(concluded)).isNull();
    }
}
