package vn.dangvu.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.inspection.CaseSubjectKind;
import vn.dangvu.inspection.PlanItemStatus;
import vn.dangvu.inspection.PlanProgress;

/** Progress against an inspection and supervision plan (QĐ 296-QĐ/TW 2025, Chương II; REGULATIONS §10.2). */
class PlanProgressPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static PlanProgressPolicy.Item item(CaseSubjectKind kind, String plannedTo, String... cases) {
        List<@Nullable LocalDate> concluded = new ArrayList<>();
        for (String c : cases) {
            concluded.add("open".equals(c) ? null : LocalDate.parse(c));
        }
        return new PlanProgressPolicy.Item(kind, LocalDate.parse(plannedTo), concluded);
    }

    @ParameterizedTest(name = "QĐ 296-QĐ/TW ch. II: planned to {0}, cases [{1}] → {2}")
    @CsvSource({
        "2026-06-30, '', NOT_STARTED",
        "2026-03-01, '', NOT_STARTED",
        "2026-02-28, '', OVERDUE",
        "2026-06-30, open, IN_PROGRESS",
        "2026-02-28, open, OVERDUE",
        "2026-02-28, 2026-02-27, DONE",
        "2026-06-30, 2026-02-27, DONE",
        "2026-06-30, 2026-02-27 open, IN_PROGRESS",
        "2026-01-31, 2026-02-27 open, OVERDUE"
    })
    void anItemStandsByItsCasesAndItsPlannedPeriod(String plannedTo, String cases, PlanItemStatus expected) {
        String[] linked = cases.isBlank() ? new String[0] : cases.split(" ");
        assertThat(PlanProgressPolicy.status(item(CaseSubjectKind.ORGANISATION, plannedTo, linked), TODAY))
                .isEqualTo(expected);
    }

    @Test
    void thePlanCountsItemsAndOrganisationsApartFromMembers() {
        PlanProgress progress = PlanProgressPolicy.progress(
                List.of(
                        item(CaseSubjectKind.ORGANISATION, "2026-02-28", "2026-02-20"),
                        item(CaseSubjectKind.ORGANISATION, "2026-06-30", "open"),
                        item(CaseSubjectKind.MEMBER, "2026-02-28"),
                        item(CaseSubjectKind.MEMBER, "2026-09-30")),
                TODAY);
        assertThat(progress).isEqualTo(new PlanProgress(4, 2, 1, 1, 1, 1, 25, 2, 1, 2, 0));
    }

    @Test
    void anEmptyPlanIsNotDivided() {
        assertThat(PlanProgressPolicy.progress(List.of(), TODAY).percentDone()).isZero();
    }
}
