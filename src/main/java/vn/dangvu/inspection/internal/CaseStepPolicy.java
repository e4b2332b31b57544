package vn.dangvu.inspection.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dangvu.inspection.CaseStep;
import vn.dangvu.inspection.CaseStepView;
import vn.dangvu.inspection.RecordCaseStep;

/**
 * The steps of an inspection or supervision case in order (QĐ 296-QĐ/TW 2025, ch. II, and the procedure of its
 * guidance, REGULATIONS §10.2): decision → notification → the subject's self-report → verification → draft conclusion
 * → conclusion. Each step is recorded once, in that order, on a day not before the previous step's and not in the
 * future; the conclusion states whether a violation was found and, if so, its categories (QĐ 69-QĐ/TW ch. III).
 */
final class CaseStepPolicy {

    static final String RULE = "QĐ 296-QĐ/TW, Chương II";

    private CaseStepPolicy() {}

    /** The step that may be recorded next, or {@code null} once the case is concluded. */
    static @Nullable CaseStep next(List<CaseStepView> recorded) {
        if (recorded.isEmpty()) {
            return CaseStep.DECISION;
        }
        CaseStep last = recorded.get(recorded.size() - 1).step();
        CaseStep[] all = CaseStep.values();
        return last.ordinal() + 1 < all.length ? all[last.ordinal() + 1] : null;
    }

    /** The step's Vietnamese name, as problems quote it. */
    static String label(CaseStep step) {
        return switch (step) {
            case DECISION -> "quyết định";
            case NOTIFICATION -> "thông báo";
            case SELF_REPORT -> "báo cáo tự kiểm điểm";
            case VERIFICATION -> "thẩm tra, xác minh";
            case DRAFT_CONCLUSION -> "dự thảo kết luận";
            case CONCLUSION -> "kết luận";
        };
    }

    static void check(RecordCaseStep request, List<CaseStepView> recorded, LocalDate today) {
        CaseStep step = java.util.Objects.requireNonNull(request.step());
        LocalDate doneOn = java.util.Objects.requireNonNull(request.doneOn());
        CaseStep next = next(recorded);
        if (next == null) {
            throw Refusals.refuse("inspection.case.concluded", RULE, "step");
        }
        if (step != next) {
            throw Refusals.refuse("inspection.case.step-order", RULE, "step", label(next));
        }
        if (!recorded.isEmpty()) {
            LocalDate previous = recorded.get(recorded.size() - 1).doneOn();
            if (doneOn.isBefore(previous)) {
                throw Refusals.refuse("inspection.case.step-date-order", RULE, "doneOn", previous);
            }
        }
        if (doneOn.isAfter(today)) {
            throw Refusals.refuse("inspection.date.future", RULE, "doneOn");
        }
        if (step == CaseStep.CONCLUSION) {
            if (request.violationFound() == null) {
                throw Refusals.invalid("inspection.conclusion.finding-required", "violationFound");
            }
            if (request.conclusion() == null || request.conclusion().isBlank()) {
                throw Refusals.invalid("inspection.conclusion.text-required", "conclusion");
            }
            boolean found = request.violationFound();
            if (found && request.categoryList().isEmpty()) {
                throw Refusals.invalid("inspection.conclusion.categories-required", "categories");
            }
            if (!found && !request.categoryList().isEmpty()) {
                throw Refusals.invalid("inspection.conclusion.categories-without-violation", "categories");
            }
        }
    }
}
