package vn.dangvu.inspection.internal;

import java.util.EnumSet;
import java.util.Set;
import vn.dangvu.inspection.DecidingAuthority;
import vn.dangvu.inspection.DisciplineForm;
import vn.dangvu.inspection.DisciplineSubject;

/**
 * The forms of discipline allowed for each subject (Điều lệ Đảng Art. 35; REGULATIONS §10.3): an organisation is
 * reprimanded, warned or dissolved; an official member reprimanded, warned, removed from post or expelled; a
 * probationary member only reprimanded or warned. A cell decides on its own members only, never on an organisation,
 * and only reprimands or warns them (Điều lệ Đảng Art. 36(1)): removal from post and expulsion are for the committees
 * and the inspection commissions above it.
 */
final class DisciplineFormPolicy {

    static final String RULE = "Điều lệ Đảng, Điều 35";
    static final String CELL_RULE = "Điều lệ Đảng, Điều 36";

    private DisciplineFormPolicy() {}

    static Set<DisciplineForm> allowed(DisciplineSubject subject) {
        return switch (subject) {
            case ORGANISATION ->
                EnumSet.of(DisciplineForm.REPRIMAND, DisciplineForm.WARNING, DisciplineForm.DISSOLUTION);
            case OFFICIAL_MEMBER ->
                EnumSet.of(
                        DisciplineForm.REPRIMAND,
                        DisciplineForm.WARNING,
                        DisciplineForm.REMOVAL_FROM_POST,
                        DisciplineForm.EXPULSION);
            case PROBATIONARY_MEMBER -> EnumSet.of(DisciplineForm.REPRIMAND, DisciplineForm.WARNING);
        };
    }

    /** The form's Vietnamese name, as problems quote it. */
    static String label(DisciplineForm form) {
        return switch (form) {
            case REPRIMAND -> "khiển trách";
            case WARNING -> "cảnh cáo";
            case REMOVAL_FROM_POST -> "cách chức";
            case EXPULSION -> "khai trừ";
            case DISSOLUTION -> "giải tán";
        };
    }

    /** The subject's Vietnamese name, as problems quote it. */
    static String label(DisciplineSubject subject) {
        return switch (subject) {
            case ORGANISATION -> "tổ chức đảng";
            case OFFICIAL_MEMBER -> "đảng viên chính thức";
            case PROBATIONARY_MEMBER -> "đảng viên dự bị";
        };
    }

    /** The forms a cell may impose on its own members (Điều lệ Đảng Art. 36(1)). */
    static final Set<DisciplineForm> CELL_FORMS = EnumSet.of(DisciplineForm.REPRIMAND, DisciplineForm.WARNING);

    /** Refuses a form the subject cannot receive, an organisation disciplined by a cell, or a cell going beyond a warning. */
    static void check(DisciplineSubject subject, DisciplineForm form, DecidingAuthority authority, String field) {
        if (!allowed(subject).contains(form)) {
            throw Refusals.refuse("inspection.discipline.form-not-allowed", RULE, field, label(form), label(subject));
        }
        if (authority == DecidingAuthority.CELL && subject == DisciplineSubject.ORGANISATION) {
            throw Refusals.refuse("inspection.discipline.cell-organisation", CELL_RULE, "authority");
        }
        if (authority == DecidingAuthority.CELL && !CELL_FORMS.contains(form)) {
            throw Refusals.refuse("inspection.discipline.cell-form", CELL_RULE, field, label(form));
        }
    }
}
