package vn.dangvu.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangvu.report.internal.PeriodDerivation.Period;
import vn.dangvu.report.internal.PeriodDerivation.Step;

/**
 * Counted periods from a member's current steps (REGULATIONS §3.1: probationary, official, exempted and in-transit
 * members are on a list; §3.5: an in-transit member stays with the sender until the receiver confirms).
 */
class PeriodDerivationTests {

    private static final UUID M = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final long CELL = 10;
    private static final long OTHER = 20;

    private final List<Step> steps = new ArrayList<>();

    private void step(String kind, String date, long unit, String status) {
        steps.add(new Step(steps.size() + 1, kind, LocalDate.parse(date), unit, status));
    }

    private List<Period> periods() {
        return PeriodDerivation.derive(M, steps);
    }

    private static Period period(long unit, String status, String from, String to, String start, String end) {
        return new Period(M, unit, status, LocalDate.parse(from), to == null ? null : LocalDate.parse(to), start, end);
    }

    @Test
    void admissionCountsFromTheCeremonyAndRecognitionChangesOnlyTheStatus() {
        step("CANDIDATE_REGISTERED", "2020-01-01", CELL, "OUTSTANDING_MASS");
        step("ADMISSION_DECIDED", "2021-03-01", CELL, "ADMITTED");
        step("CEREMONY_HELD", "2021-03-20", CELL, "PROBATIONARY");
        step("OFFICIAL_RECOGNISED", "2022-03-20", CELL, "OFFICIAL");
        assertThat(periods())
                .containsExactly(
                        period(
                                CELL,
                                "PROBATIONARY",
                                "2021-03-20",
                                "2022-03-20",
                                "CEREMONY_HELD",
                                "OFFICIAL_RECOGNISED"),
                        period(CELL, "OFFICIAL", "2022-03-20", null, "OFFICIAL_RECOGNISED", null));
    }

    @Test
    void aTransferStaysWithTheSenderUntilTheReceiverConfirms() {
        step("RECORDED", "2010-01-01", CELL, "OFFICIAL");
        step("TRANSFER_OUT", "2025-05-01", CELL, "IN_TRANSIT");
        step("TRANSFER_RECEIVED", "2025-05-20", OTHER, "OFFICIAL");
        assertThat(periods())
                .containsExactly(
                        period(CELL, "OFFICIAL", "2010-01-01", "2025-05-01", "RECORDED", "TRANSFER_OUT"),
                        period(CELL, "IN_TRANSIT", "2025-05-01", "2025-05-20", "TRANSFER_OUT", "TRANSFER_RECEIVED"),
                        period(OTHER, "OFFICIAL", "2025-05-20", null, "TRANSFER_RECEIVED", null));
    }

    @Test
    void aTemporaryPostingKeepsTheMemberOnTheHomeList() {
        step("RECORDED", "2010-01-01", CELL, "OFFICIAL");
        step("TEMPORARY_TRANSFER_OUT", "2025-01-10", CELL, "OFFICIAL");
        step("TEMPORARY_TRANSFER_ENDED", "2025-07-10", CELL, "OFFICIAL");
        assertThat(periods()).extracting(Period::orgUnitId).containsOnly(CELL);
        assertThat(periods()).extracting(Period::validFrom).first().isEqualTo(LocalDate.parse("2010-01-01"));
        assertThat(periods().get(periods().size() - 1).validTo()).isNull();
    }

    @Test
    void anAnnulledStepLeavesNoTrace() {
        step("RECORDED", "2010-01-01", CELL, "OFFICIAL");
        step("DIED", "2025-02-01", CELL, "DECEASED");
        List<Step> current = new ArrayList<>(steps.subList(0, 1)); // the death is superseded by its annulment
        current.add(new Step(3, "ANNULMENT", LocalDate.parse("2025-02-01"), CELL, "OFFICIAL"));
        assertThat(PeriodDerivation.derive(M, current))
                .containsExactly(period(CELL, "OFFICIAL", "2010-01-01", null, "RECORDED", null));
    }

    @Test
    void aCorrectionReplacesTheStepItSupersedes() {
        step("RECORDED", "2010-01-01", CELL, "OFFICIAL");
        // The death recorded on 1/2 was corrected to 15/2: only the correcting row is current.
        steps.add(new Step(9, "DIED", LocalDate.parse("2025-02-15"), CELL, "DECEASED"));
        assertThat(periods()).containsExactly(period(CELL, "OFFICIAL", "2010-01-01", "2025-02-15", "RECORDED", "DIED"));
    }

    @Test
    void aBackDatedStepFindsItsPlaceByDateNotByRecording() {
        step("RECORDED", "2010-01-01", CELL, "OFFICIAL");
        step("EXEMPTED", "2025-06-01", CELL, "EXEMPTED");
        steps.add(new Step(3, "UNIT_REORGANISED", LocalDate.parse("2024-01-01"), OTHER, "OFFICIAL"));
        assertThat(periods())
                .containsExactly(
                        period(CELL, "OFFICIAL", "2010-01-01", "2024-01-01", "RECORDED", "UNIT_REORGANISED"),
                        period(OTHER, "OFFICIAL", "2024-01-01", "2025-06-01", "UNIT_REORGANISED", "EXEMPTED"),
                        period(CELL, "EXEMPTED", "2025-06-01", null, "EXEMPTED", null));
    }

    @Test
    void stepsOfOneDayLeaveTheLastState() {
        step("RECORDED", "2010-01-01", CELL, "OFFICIAL");
        step("TRANSFER_OUT", "2025-05-01", CELL, "IN_TRANSIT");
        step("TRANSFER_RECEIVED", "2025-05-01", OTHER, "OFFICIAL");
        assertThat(periods())
                .containsExactly(
                        period(CELL, "OFFICIAL", "2010-01-01", "2025-05-01", "RECORDED", "TRANSFER_OUT"),
                        period(OTHER, "OFFICIAL", "2025-05-01", null, "TRANSFER_RECEIVED", null));
    }

    @Test
    void aReadmittedMemberCountsAgainFromTheNewCeremonyAsReadmitted() {
        step("RECORDED", "2000-01-01", CELL, "OFFICIAL");
        step("REMOVED", "2015-01-01", CELL, "REMOVED");
        step("READMITTED", "2020-01-01", CELL, "ADMITTED");
        step("CEREMONY_HELD", "2020-01-20", CELL, "PROBATIONARY");
        assertThat(periods())
                .containsExactly(
                        period(CELL, "OFFICIAL", "2000-01-01", "2015-01-01", "RECORDED", "REMOVED"),
                        period(CELL, "PROBATIONARY", "2020-01-20", null, "READMITTED", null));
    }
}
