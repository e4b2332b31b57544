package vn.dangvu.duty.internal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.duty.EvaluationLevel;
import vn.dangvu.shared.DomainException;

/**
 * The evaluation rules: QĐ 366-QĐ/TW (2025) Art. 11 levels (REGULATIONS §5.1), the §5.2 disqualifying events, the HD
 * 21-HD/BTCTW (2019) excellent quota (§5.3) and standing over two years (Charter Art. 8, §3.9).
 */
class EvaluationPoliciesTests {

    /** QĐ 366-QĐ/TW Art. 11: score, 30 % exceeding for excellent, on time for good, ≤ 20 % late for completed. */
    @ParameterizedTest(name = "score {0}, {1} tasks, {2} exceeding, {3} late → {4}")
    @CsvSource({
        "90, 10, 3, 0, EXCELLENT",
        "100, 10, 10, 0, EXCELLENT",
        "90, 10, 2, 0, GOOD", // 20 % exceeding < 30 %
        "89, 10, 10, 0, GOOD",
        "90, 10, 3, 1, COMPLETED", // a late task: not on time
        "90, 0, 0, 0, GOOD", // no task counted: no 30 % exceeding
        "70, 10, 0, 0, GOOD",
        "69, 10, 0, 0, COMPLETED",
        "70, 10, 0, 2, COMPLETED", // 20 % late
        "70, 10, 0, 3, NOT_COMPLETED", // 30 % late
        "50, 10, 0, 2, COMPLETED",
        "50, 5, 0, 1, COMPLETED", // exactly 20 %
        "49, 10, 0, 0, NOT_COMPLETED",
        "0, 0, 0, 0, NOT_COMPLETED"
    })
    void levelsFollowArticle11_QD366(int score, int total, int exceeding, int late, EvaluationLevel expected) {
        assertThat(EvaluationLevelPolicy.allowed(
                        new EvaluationLevelPolicy.Results(score, total, exceeding, late, false)))
                .isEqualTo(expected);
    }

    @Test
    void aDisqualifyingEventForcesNotCompleted_REGULATIONS_5_2() {
        EvaluationLevelPolicy.Results disciplined = new EvaluationLevelPolicy.Results(98, 10, 9, 0, true);
        assertThat(EvaluationLevelPolicy.allowed(disciplined)).isEqualTo(EvaluationLevel.NOT_COMPLETED);
        DomainException refused = catchThrowableOfType(
                DomainException.class, () -> EvaluationLevelPolicy.check(EvaluationLevel.COMPLETED, disciplined));
        assertThat(refused.code()).isEqualTo("evaluation.level.disqualified");
        assertThat(refused.properties()).containsEntry("rule", "QĐ 366-QĐ/TW (2025) Điều 11");
    }

    @Test
    void aLevelAboveTheResultsIsRefusedButALowerOneIsAllowed_QD366_11() {
        EvaluationLevelPolicy.Results good = new EvaluationLevelPolicy.Results(85, 10, 5, 0, false);
        DomainException refused = catchThrowableOfType(
                DomainException.class, () -> EvaluationLevelPolicy.check(EvaluationLevel.EXCELLENT, good));
        assertThat(refused.code()).isEqualTo("evaluation.level.above-allowed");
        assertThat(refused.field()).isEqualTo("level");
        assertThat(refused.args()).containsExactly("EXCELLENT", "GOOD");
        EvaluationLevelPolicy.check(EvaluationLevel.COMPLETED, good);
    }

    @Test
    void taskCountsCannotExceedTheTotal() {
        assertThat(catchThrowableOfType(DomainException.class, () -> EvaluationLevelPolicy.validate(5, 6, 0))
                        .code())
                .isEqualTo("evaluation.tasks.exceeding-over-total");
        assertThat(catchThrowableOfType(DomainException.class, () -> EvaluationLevelPolicy.validate(5, 0, 6))
                        .code())
                .isEqualTo("evaluation.tasks.late-over-total");
        EvaluationLevelPolicy.validate(5, 5, 5);
    }

    /** HD 21-HD/BTCTW (2019): excellent ≤ 20 % of those rated good or excellent, per grassroots organisation. */
    @ParameterizedTest(name = "{0} % of {2} good: {1} excellent over = {3}, allowed {4}")
    @CsvSource({
        "20, 1, 5, false, 1",
        "20, 2, 5, true, 1",
        "20, 1, 4, true, 0",
        "20, 0, 0, false, 0",
        "20, 2, 10, false, 2",
        "20, 3, 10, true, 2",
        "30, 3, 10, false, 3",
        "0, 1, 10, true, 0"
    })
    void theExcellentQuota_HD21(int percent, long excellent, long good, boolean over, long allowed) {
        assertThat(ExcellentQuotaPolicy.over(percent, excellent, good)).isEqualTo(over);
        assertThat(ExcellentQuotaPolicy.allowed(percent, good)).isEqualTo(allowed);
    }

    @Test
    void anOverQuotaDecisionIsRefusedWithItsCounts_HD21() {
        DomainException refused = catchThrowableOfType(
                DomainException.class,
                () -> ExcellentQuotaPolicy.check("evaluation.quota.exceeded", 20, 3, 10, "Đảng bộ phường A"));
        assertThat(refused.code()).isEqualTo("evaluation.quota.exceeded");
        assertThat(refused.properties())
                .containsEntry("excellent", 3L)
                .containsEntry("good", 10L)
                .containsEntry("allowed", 2L)
                .containsEntry("rule", ExcellentQuotaPolicy.RULE);
    }

    /** QĐ 366-QĐ/TW Art. 11 for collectives; REGULATIONS §5.2: > 20 % of subordinate units disciplined. */
    @Test
    void organisationsFollowTheirOwnConditions_QD366_11() {
        EvaluationLevelPolicy.Results excellent = new EvaluationLevelPolicy.Results(95, 10, 4, 0, false);
        assertThat(OrganisationLevelPolicy.allowed(new OrganisationLevelPolicy.Results(excellent, 10, 0, false)))
                .isEqualTo(EvaluationLevel.EXCELLENT);
        assertThat(OrganisationLevelPolicy.allowed(new OrganisationLevelPolicy.Results(excellent, 10, 1, false)))
                .as("excellent needs no subordinate unit disciplined")
                .isEqualTo(EvaluationLevel.GOOD);
        assertThat(OrganisationLevelPolicy.allowed(new OrganisationLevelPolicy.Results(excellent, 10, 2, false)))
                .as("20 % is not more than 20 %")
                .isEqualTo(EvaluationLevel.GOOD);
        assertThat(OrganisationLevelPolicy.allowed(new OrganisationLevelPolicy.Results(excellent, 10, 3, false)))
                .isEqualTo(EvaluationLevel.NOT_COMPLETED);
        assertThat(OrganisationLevelPolicy.allowed(new OrganisationLevelPolicy.Results(excellent, 10, 0, true)))
                .as("leadership collective disciplined")
                .isEqualTo(EvaluationLevel.NOT_COMPLETED);
    }

    /** QĐ 366-QĐ/TW Art. 11 for collectives: a level above the conditions is refused with the rule named. */
    @Test
    void anOrganisationRatedAboveItsConditionsIsRefused_QD366_11() {
        EvaluationLevelPolicy.Results good = new EvaluationLevelPolicy.Results(80, 10, 0, 0, false);
        DomainException forced = catchThrowableOfType(
                DomainException.class,
                () -> OrganisationLevelPolicy.check(
                        EvaluationLevel.COMPLETED, new OrganisationLevelPolicy.Results(good, 4, 1, false)));
        assertThat(forced.code()).isEqualTo("evaluation.organisation.disciplined");
        assertThat(forced.properties()).containsEntry("rule", OrganisationLevelPolicy.RULE);
        DomainException above = catchThrowableOfType(
                DomainException.class,
                () -> OrganisationLevelPolicy.check(
                        EvaluationLevel.EXCELLENT, new OrganisationLevelPolicy.Results(good, 4, 0, false)));
        assertThat(above.code()).isEqualTo("evaluation.level.above-allowed");
        OrganisationLevelPolicy.check(EvaluationLevel.GOOD, new OrganisationLevelPolicy.Results(good, 4, 0, false));
        assertThat(OrganisationLevelPolicy.forcedNotCompleted(0, 0, false))
                .as("a unit with nothing under it")
                .isFalse();
    }

    @Test
    void theQuotaOfAGroupCountsTheGoodAndTheExcellent_HD21() {
        var quota = ExcellentQuotaPolicy.quota(
                7,
                "Đảng ủy A",
                20,
                java.util.List.of(
                        EvaluationLevel.EXCELLENT,
                        EvaluationLevel.GOOD,
                        EvaluationLevel.GOOD,
                        EvaluationLevel.GOOD,
                        EvaluationLevel.GOOD,
                        EvaluationLevel.COMPLETED));
        assertThat(quota.excellent()).isEqualTo(1);
        assertThat(quota.good()).isEqualTo(5);
        assertThat(quota.allowed()).isEqualTo(1);
        assertThat(quota.over()).isFalse();
    }

    /** Charter Art. 8, REGULATIONS §3.9 item 4: two consecutive yearly "not completed". */
    @Test
    void twoYearsRunningNotCompletedIsFailedStanding() {
        EvaluationLevel nc = EvaluationLevel.NOT_COMPLETED;
        assertThat(StandingPolicy.failedTwoYearsRunning(Map.of(2024, nc, 2025, nc)))
                .contains(2025);
        assertThat(StandingPolicy.failedTwoYearsRunning(Map.of(2023, nc, 2025, nc)))
                .isEmpty();
        assertThat(StandingPolicy.failedTwoYearsRunning(Map.of(2024, nc, 2025, EvaluationLevel.COMPLETED, 2026, nc)))
                .isEmpty();
        assertThat(StandingPolicy.failedTwoYearsRunning(Map.of(2023, nc, 2024, nc, 2025, nc)))
                .contains(2025);
    }
}
