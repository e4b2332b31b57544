package vn.dangvu.member.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.dangvu.member.Ethnicity;
import vn.dangvu.member.UpdateMember;
import vn.dangvu.shared.DomainException;

class MemberRecordPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final LocalDate BIRTH = LocalDate.of(1990, 5, 10);

    @Test
    void aConsistentRecordPasses() {
        assertThatCode(() -> MemberRecordPolicy.check(
                        record(BIRTH, LocalDate.of(2015, 3, 2), LocalDate.of(2015, 3, 20), LocalDate.of(2016, 3, 20)),
                        TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void birthDateMustBeInThePast_item05() {
        assertRefused(record(TODAY, null, null, null), "member.birth-date.not-past", "birthDate");
    }

    @Test
    void admissionBefore18FullYearsCountedByMonthIsRefused_QD294_section3_2() {
        // one day short of 18 years: 215 full months
        assertRefused(
                record(BIRTH, BIRTH.plusYears(18).minusDays(1), null, null), "member.admission.age", "admittedOn");
        assertThatCode(() -> MemberRecordPolicy.check(record(BIRTH, BIRTH.plusYears(18), null, null), TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void admissionAfter60FullYearsIsRefused_QD294_section3_2() {
        LocalDate old = LocalDate.of(1950, 1, 1);
        assertThatCode(() -> MemberRecordPolicy.check(record(old, LocalDate.of(2010, 12, 31), null, null), TODAY))
                .doesNotThrowAnyException();
        assertRefused(record(old, LocalDate.of(2011, 1, 1), null, null), "member.admission.age", "admittedOn");
    }

    @Test
    void admissionDecisionCannotBeInTheFuture() {
        assertRefused(record(BIRTH, TODAY.plusDays(1), null, null), "member.admission.future", "admittedOn");
    }

    @Test
    void ceremonyComesAfterTheDecision_section3_4() {
        LocalDate decision = LocalDate.of(2015, 3, 2);
        assertRefused(
                record(BIRTH, decision, decision.minusDays(1), null),
                "member.ceremony.before-decision",
                "ceremonyDate");
        assertRefused(record(BIRTH, null, decision, null), "member.ceremony.before-decision", "ceremonyDate");
    }

    @Test
    void officialOnlyAfter12MonthsOfProbationFromTheCeremony_CharterArt5() {
        LocalDate decision = LocalDate.of(2015, 3, 2);
        LocalDate ceremony = LocalDate.of(2015, 3, 20);
        assertRefused(
                record(BIRTH, decision, ceremony, ceremony.plusMonths(12).minusDays(1)),
                "member.official.before-probation-end",
                "officialOn");
        assertRefused(record(BIRTH, null, null, ceremony), "member.official.before-probation-end", "officialOn");
    }

    @Test
    void officialDateCannotBeInTheFuture() {
        LocalDate decision = TODAY.minusMonths(11);
        assertRefused(
                record(BIRTH, decision, decision, decision.plusMonths(12)), "member.official.future", "officialOn");
    }

    @Test
    void formatsFollowSection2_3() {
        assertThat("012345678901").matches(MemberRecordPolicy.CITIZEN_ID);
        assertThat("01234567890").doesNotMatch(MemberRecordPolicy.CITIZEN_ID);
        assertThat("12345678").matches(MemberRecordPolicy.CARD_NUMBER);
        assertThat("1234567A").doesNotMatch(MemberRecordPolicy.CARD_NUMBER);
        assertThat("012345HN").matches(MemberRecordPolicy.HISTORY_NUMBER);
        assertThat("0912345678").matches(MemberRecordPolicy.PHONE);
        assertThat("+84912345678").matches(MemberRecordPolicy.PHONE);
        assertThat("02438123456").matches(MemberRecordPolicy.PHONE);
        assertThat("0112345678").doesNotMatch(MemberRecordPolicy.PHONE);
        assertThat("12/12").matches(MemberRecordPolicy.GENERAL_EDUCATION);
        assertThat("13/12").doesNotMatch(MemberRecordPolicy.GENERAL_EDUCATION);
    }

    private static void assertRefused(UpdateMember record, String code, String field) {
        assertThatThrownBy(() -> MemberRecordPolicy.check(record, TODAY))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.RULE_VIOLATION);
                });
    }

    private static UpdateMember record(
            LocalDate birth, @Nullable LocalDate decision, @Nullable LocalDate ceremony, @Nullable LocalDate official) {
        return new UpdateMember(
                "Nguyễn Văn An",
                null,
                null,
                "M",
                birth,
                null,
                null,
                null,
                null,
                Ethnicity.KINH,
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
                decision,
                null,
                null,
                ceremony,
                null,
                official,
                null,
                null,
                null);
    }
}
