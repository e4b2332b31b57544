package vn.dangvu.org.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.org.OrgDecision;
import vn.dangvu.shared.DomainException;

/** HD 36-HD/VPTW number format; Điều lệ Đảng Art 10(3) decisions precede their effect; nothing in the future. */
class OrgDecisionPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @ParameterizedTest(name = "{0}: valid = {1}")
    @CsvSource({
        "1234-QĐ/TU, true",
        "15-QĐ/ĐU, true",
        "09-QĐ/BTCTW, true",
        "QĐ 1234, false",
        "1234/TU, false",
        "1234-QĐ, false"
    })
    void numberFollowsTheSymbolPattern(String number, boolean valid) {
        OrgDecision decision = new OrgDecision(number, TODAY, "Ban Thường vụ Thành ủy", TODAY);
        if (valid) {
            assertThatCode(() -> OrgDecisionPolicy.check(decision, TODAY)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> OrgDecisionPolicy.check(decision, TODAY))
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.field()).isEqualTo("decisionNumber"));
        }
    }

    @ParameterizedTest(name = "decided {0}, effective {1} → {2}")
    @CsvSource({
        "2026-02-20, 2026-03-01, ",
        "2026-03-02, 2026-03-02, decisionDate",
        "2026-02-20, 2026-02-19, effectiveOn",
        "2026-02-20, 2026-03-02, effectiveOn"
    })
    void datesAreNotInTheFutureAndTheEffectFollowsTheDecision(LocalDate decided, LocalDate effective, String field) {
        OrgDecision decision = new OrgDecision("12-QĐ/ĐU", decided, "Đảng ủy phường", effective);
        if (field == null) {
            assertThatCode(() -> OrgDecisionPolicy.check(decision, TODAY)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> OrgDecisionPolicy.check(decision, TODAY))
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.field()).isEqualTo(field));
        }
    }
}
