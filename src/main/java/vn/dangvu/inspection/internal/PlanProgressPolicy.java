package vn.dangvu.inspection.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dangvu.inspection.CaseSubjectKind;
import vn.dangvu.inspection.PlanItemStatus;
import vn.dangvu.inspection.PlanProgress;

/**
 * Progress against an inspection and supervision plan (QĐ 296-QĐ/TW 2025, Chương II: inspection and supervision are
 * carried out by programme and plan; REGULATIONS §10.2, a cell's annual plan names subjects, content and timeline). An
 * item is done when every case opened from it is concluded; overdue when its planned period ended without that; in
 * progress while a case is open; not started otherwise. The plan's totals count items, and organisations apart from
 * members.
 */
final class PlanProgressPolicy {

    static final String RULE = "QĐ 296-QĐ/TW, Chương II";

    /**
     * What the status needs of an item.
     *
     * @param subjectKind organisation or member
     * @param plannedTo last day of the planned period
     * @param concludedOn the conclusion dates of the cases opened from it ({@code null} for an open case)
     */
    record Item(CaseSubjectKind subjectKind, LocalDate plannedTo, List<@Nullable LocalDate> concludedOn) {}

    private PlanProgressPolicy() {}

    static PlanItemStatus status(Item item, LocalDate today) {
        boolean started = !item.concludedOn().isEmpty();
        if (started && item.concludedOn().stream().allMatch(d -> d != null)) {
            return PlanItemStatus.DONE;
        }
        if (item.plannedTo().isBefore(today)) {
            return PlanItemStatus.OVERDUE;
        }
        return started ? PlanItemStatus.IN_PROGRESS : PlanItemStatus.NOT_STARTED;
    }

    static PlanProgress progress(List<Item> items, LocalDate today) {
        int started = 0;
        int[] byStatus = new int[PlanItemStatus.values().length];
        int organisations = 0;
        int organisationsDone = 0;
        int members = 0;
        int membersDone = 0;
        for (Item item : items) {
            PlanItemStatus status = status(item, today);
            byStatus[status.ordinal()]++;
            if (!item.concludedOn().isEmpty()) {
                started++;
            }
            boolean done = status == PlanItemStatus.DONE;
            if (item.subjectKind() == CaseSubjectKind.ORGANISATION) {
                organisations++;
                organisationsDone += done ? 1 : 0;
            } else {
                members++;
                membersDone += done ? 1 : 0;
            }
        }
        int done = byStatus[PlanItemStatus.DONE.ordinal()];
        return new PlanProgress(
                items.size(),
                started,
                byStatus[PlanItemStatus.NOT_STARTED.ordinal()],
                byStatus[PlanItemStatus.IN_PROGRESS.ordinal()],
                done,
                byStatus[PlanItemStatus.OVERDUE.ordinal()],
                items.isEmpty() ? 0 : done * 100 / items.size(),
                organisations,
                organisationsDone,
                members,
                membersDone);
    }
}
