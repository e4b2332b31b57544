package vn.dangvu.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dangvu.inspection.DenunciationState;
import vn.dangvu.inspection.NotHandledReason;
import vn.dangvu.shared.DomainException;

/**
 * {@link DenunciationPolicy}: which denunciations are recorded but not handled, and when handling may stop or conclude
 * (REGULATIONS §10.6, QĐ 296-QĐ/TW ch. IV). The deadline's working days are checked through the API scenarios.
 */
class DenunciationPolicyTests {

    private static final LocalDate RECEIVED = LocalDate.parse("2026-02-01");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-01");

    @Test
    void anonymousFalseNameNoAddressCollectiveAndRepeatedAreNotHandledInTheRulesOrder() {
        assertThat(DenunciationPolicy.notHandled(null, "Hà Nội", 1, false, false))
                .contains(NotHandledReason.ANONYMOUS);
        assertThat(DenunciationPolicy.notHandled("  ", null, 3, true, true)).contains(NotHandledReason.ANONYMOUS);
        assertThat(DenunciationPolicy.notHandled("A", "Hà Nội", 3, true, false)).contains(NotHandledReason.FALSE_NAME);
        assertThat(DenunciationPolicy.notHandled("A", " ", 1, false, false)).contains(NotHandledReason.NO_ADDRESS);
        assertThat(DenunciationPolicy.notHandled("A", "Hà Nội", 2, false, false))
                .contains(NotHandledReason.COLLECTIVE);
        assertThat(DenunciationPolicy.notHandled("A", "Hà Nội", 1, false, true)).contains(NotHandledReason.REPEATED);
        assertThat(DenunciationPolicy.notHandled("A", "Hà Nội", 1, false, false))
                .isEmpty();
    }

    @Test
    void handlingStopsOnlyForAFalseNameOrARepetitionFoundLater() {
        DenunciationPolicy.checkDismissal(
                DenunciationState.HANDLING, NotHandledReason.FALSE_NAME, RECEIVED.plusDays(3), RECEIVED, TODAY);
        assertThatThrownBy(() -> DenunciationPolicy.checkDismissal(
                        DenunciationState.RECEIVED, NotHandledReason.COLLECTIVE, RECEIVED, RECEIVED, TODAY))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("denunciation.dismiss-reason");
                    assertThat(e.field()).isEqualTo("reason");
                });
        assertThatThrownBy(() -> DenunciationPolicy.checkDismissal(
                        DenunciationState.CONCLUDED, NotHandledReason.REPEATED, RECEIVED, RECEIVED, TODAY))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("denunciation.state"));
        assertThatThrownBy(() -> DenunciationPolicy.checkDismissal(
                        DenunciationState.RECEIVED, NotHandledReason.REPEATED, RECEIVED.minusDays(1), RECEIVED, TODAY))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("denunciation.date.before"));
    }

    @Test
    void onlyADenunciationBeingHandledIsConcludedAndNotInTheFuture() {
        DenunciationPolicy.checkConclusion(DenunciationState.HANDLING, TODAY, RECEIVED, TODAY);
        assertThatThrownBy(() -> DenunciationPolicy.checkConclusion(DenunciationState.RECEIVED, TODAY, RECEIVED, TODAY))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("denunciation.state"));
        assertThatThrownBy(() -> DenunciationPolicy.checkConclusion(
                        DenunciationState.HANDLING, TODAY.plusDays(1), RECEIVED, TODAY))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("inspection.date.future"));
    }
}
