package vn.dangvu.inspection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dangvu.inspection.DisciplineForm;
import vn.dangvu.inspection.InspectionSummary;
import vn.dangvu.inspection.InspectionSummary.Appeals;
import vn.dangvu.inspection.InspectionSummary.Figures;
import vn.dangvu.inspection.InspectionSummary.FormCount;
import vn.dangvu.inspection.InspectionSummary.UnitFigures;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.report.ReportTable;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.SqlFragment;

/**
 * The summary report of inspection, supervision and discipline (issue 8 point 6) for an organisation in the caller's
 * inspection scope and a period: the figures of {@link SummaryQueries}, the paragraph worded as the Party's reports
 * word it ("đã kiểm tra đối với … tổ chức đảng và … đảng viên; giám sát đối với …; kiểm tra khi có dấu hiệu vi phạm
 * đối với …, kết luận … tổ chức đảng (chiếm …%) … có vi phạm, phải thi hành kỷ luật …"), and the same report as a
 * {@link ReportTable} for the PDF and Excel files.
 */
@Component
public class SummaryReport {

    /** Its key, which seeds the PDF's document ID. */
    static final String KEY = "INSPECTION_SUMMARY";

    static final String FORM_CODE = "Tổng hợp KT-GS";

    static final String TITLE = "BÁO CÁO TỔNG HỢP KẾT QUẢ KIỂM TRA, GIÁM SÁT VÀ THI HÀNH KỶ LUẬT ĐẢNG";

    /** The forms an organisation may be given, then those of a member (Điều lệ Đảng, Điều 35; REGULATIONS §10.3). */
    static final List<DisciplineForm> ORGANISATION_FORMS =
            List.of(DisciplineForm.REPRIMAND, DisciplineForm.WARNING, DisciplineForm.DISSOLUTION);

    static final List<DisciplineForm> MEMBER_FORMS = List.of(
            DisciplineForm.REPRIMAND,
            DisciplineForm.WARNING,
            DisciplineForm.REMOVAL_FROM_POST,
            DisciplineForm.EXPULSION);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final SummaryQueries queries;
    private final CaseAccess access;
    private final OrgUnits orgUnits;
    private final Clock clock;

    SummaryReport(SummaryQueries queries, CaseAccess access, OrgUnits orgUnits, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    /**
     * The summary of the commissions of {@code unitId}'s subtree over {@code [from, to]}: from defaults to the first
     * day of the year of {@code to}, to to today; a reversed period or one ending after today is refused (400).
     */
    public InspectionSummary summary(long unitId, @Nullable LocalDate from, @Nullable LocalDate to, Actor actor) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.withDayOfYear(1) : from;
        if (last.isBefore(first)) {
            throw new DomainException(
                            DomainException.Kind.BAD_REQUEST,
                            "inspection.report.period-reversed",
                            day(first),
                            day(last))
                    .onField("to");
        }
        if (last.isAfter(today)) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "inspection.report.period-future", day(last))
                    .onField("to");
        }
        OrgUnitView view = orgUnits.findWithin(unitId, access.managing(actor))
                .orElseThrow(() -> DomainException.notFound("org.unit.not-found", unitId));
        OrgUnitRef unit = new OrgUnitRef(view.id(), view.kind(), view.name(), view.path());
        Function<String, SqlFragment> managed = column -> access.managed(column, actor);

        SummaryQueries.Counts total =
                queries.counts(unit, managed, first, last, false).get(0);
        List<SummaryQueries.Counts> groups = queries.counts(unit, managed, first, last, true);
        Map<Long, String> names = orgUnits.namesOf(groups.stream()
                .map(SummaryQueries.Counts::childId)
                .filter(java.util.Objects::nonNull)
                .toList());
        Map<Long, String> paths = orgUnits.pathsOf(groups.stream()
                .map(SummaryQueries.Counts::childId)
                .filter(java.util.Objects::nonNull)
                .toList());
        List<UnitFigures> rows = new ArrayList<>();
        groups.stream()
                .filter(g -> g.childId() != null)
                .sorted(Comparator.comparing(g -> paths.getOrDefault(g.childId(), "")))
                .forEach(g -> rows.add(new UnitFigures(
                        g.childId(), names.getOrDefault(g.childId(), ""), organisations(g), members(g))));
        groups.stream()
                .filter(g -> g.childId() == null)
                .forEach(g -> rows.add(
                        new UnitFigures(null, "Cấp ủy, ủy ban kiểm tra " + unit.name(), organisations(g), members(g))));

        Map<Boolean, Map<DisciplineForm, Long>> forms = queries.forms(unit, managed, first, last);
        List<FormCount> organisationForms = formCounts(ORGANISATION_FORMS, forms.get(true));
        List<FormCount> memberForms = formCounts(MEMBER_FORMS, forms.get(false));
        Appeals appeals = queries.appeals(unit, managed, first, last);
        Figures organisations = organisations(total);
        Figures members = members(total);
        String paragraph =
                paragraph(unit.name(), first, last, organisations, members, organisationForms, memberForms, appeals);
        return new InspectionSummary(
                unit.id(),
                unit.name(),
                first,
                last,
                organisations,
                members,
                organisationForms,
                memberForms,
                appeals,
                List.copyOf(rows),
                paragraph,
                notes(organisations, members));
    }

    /** The summary laid out for the PDF and Excel files. */
    public ReportTable table(InspectionSummary summary, String place) {
        OrgUnitKind kind =
                orgUnits.find(summary.unitId()).map(OrgUnitRef::kind).orElse(OrgUnitKind.GRASSROOTS_COMMITTEE);
        return table(summary, kind, place);
    }

    /** The summary of an organisation of the given kind laid out for the files. */
    static ReportTable table(InspectionSummary summary, OrgUnitKind kind, String place) {
        List<ReportTable.Column> columns = new ArrayList<>();
        String[][] groups = {
            {"INSPECTED", "Kiểm tra"},
            {"SUPERVISED", "Giám sát"},
            {"SIGNS", "Kiểm tra khi có dấu hiệu vi phạm"},
            {"VIOLATION", "Kết luận có vi phạm"},
            {"DISCIPLINED", "Thi hành kỷ luật"}
        };
        for (String[] group : groups) {
            columns.add(new ReportTable.Column(group[0] + ".ORGANISATION", "Tổ chức đảng", group[1]));
            columns.add(new ReportTable.Column(group[0] + ".MEMBER", "Đảng viên", group[1]));
        }
        List<ReportTable.Row> rows = summary.rows().stream()
                .map(r -> new ReportTable.Row(r.orgUnitId(), r.label(), values(r.organisations(), r.members())))
                .toList();
        String name = summary.unitName().toUpperCase(Locale.forLanguageTag("vi-VN"));
        List<String> issuer = switch (kind) {
            case CELL, GRASSROOTS_CELL, PARTY_GROUP -> List.of(name);
            default -> List.of(name, "ỦY BAN KIỂM TRA");
        };
        return new ReportTable(
                KEY,
                FORM_CODE,
                TITLE,
                issuer,
                place,
                summary.unitId(),
                summary.unitName(),
                summary.to(),
                period(summary.from(), summary.to()),
                List.of(summary.paragraph()),
                "Cấp ủy, ủy ban kiểm tra",
                columns,
                rows,
                new ReportTable.Row(null, "Tổng cộng", values(summary.organisations(), summary.members())),
                summary.notes());
    }

    static String period(LocalDate from, LocalDate to) {
        return "Từ ngày " + day(from) + " đến ngày " + day(to);
    }

    /** The summary paragraph, worded as the Party's reports word it. */
    static String paragraph(
            String unitName,
            LocalDate from,
            LocalDate to,
            Figures organisations,
            Figures members,
            List<FormCount> organisationForms,
            List<FormCount> memberForms,
            Appeals appeals) {
        StringBuilder text = new StringBuilder();
        text.append(period(from, to))
                .append(", cấp ủy, ủy ban kiểm tra các cấp trong ")
                .append(unitName)
                .append(" đã kiểm tra đối với ")
                .append(both(organisations.inspected(), members.inspected()))
                .append("; giám sát đối với ")
                .append(both(organisations.supervised(), members.supervised()))
                .append("; kiểm tra khi có dấu hiệu vi phạm đối với ")
                .append(both(organisations.signsOfViolation(), members.signsOfViolation()))
                .append(". Qua kiểm tra, giám sát, đã kết luận ")
                .append(number(organisations.violationFound()))
                .append(" tổ chức đảng")
                .append(share(organisations, "tổ chức đảng"))
                .append(" và ")
                .append(number(members.violationFound()))
                .append(" đảng viên")
                .append(share(members, "đảng viên"))
                .append(" có vi phạm; phải thi hành kỷ luật ")
                .append(number(organisations.disciplined()))
                .append(" tổ chức đảng")
                .append(forms(organisationForms))
                .append(" và ")
                .append(number(members.disciplined()))
                .append(" đảng viên")
                .append(forms(memberForms))
                .append(". ");
        if (appeals.filed() == 0 && appeals.decided() == 0 && appeals.pending() == 0) {
            text.append("Trong kỳ không có đơn khiếu nại kỷ luật.");
        } else {
            text.append("Trong kỳ đã nhận ")
                    .append(number(appeals.filed()))
                    .append(" đơn khiếu nại kỷ luật, giải quyết ")
                    .append(number(appeals.decided()))
                    .append(" đơn");
            List<String> outcomes = new ArrayList<>();
            if (appeals.upheld() > 0) {
                outcomes.add("giữ nguyên " + number(appeals.upheld()));
            }
            if (appeals.changed() > 0) {
                outcomes.add("thay đổi hình thức kỷ luật " + number(appeals.changed()));
            }
            if (appeals.annulled() > 0) {
                outcomes.add("xóa bỏ quyết định kỷ luật " + number(appeals.annulled()));
            }
            if (!outcomes.isEmpty()) {
                text.append(" (").append(String.join(", ", outcomes)).append(')');
            }
            text.append("; còn ").append(number(appeals.pending())).append(" đơn đang giải quyết.");
        }
        return text.toString();
    }

    /** How each figure is counted, printed under the table and shown under it on screen. */
    static List<String> notes(Figures organisations, Figures members) {
        return List.of(
                "Kiểm tra, giám sát, kiểm tra khi có dấu hiệu vi phạm: tính theo ngày quyết định kiểm tra, giám sát"
                        + " trong kỳ; mỗi tổ chức đảng, đảng viên tính một lần dù có nhiều cuộc. \"Kiểm tra\" gồm kiểm"
                        + " tra thường xuyên, chuyên đề, kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát, thi hành"
                        + " kỷ luật của cấp dưới và kiểm tra tài chính đảng; kiểm tra khi có dấu hiệu vi phạm tính riêng.",
                "Kết luận có vi phạm: tính theo ngày kết luận trong kỳ (kiểm tra và giám sát); tỷ lệ tính trên số"
                        + " được kết luận trong kỳ: " + number(organisations.concluded()) + " tổ chức đảng, "
                        + number(members.concluded()) + " đảng viên.",
                "Thi hành kỷ luật: quyết định ký trong kỳ, trừ quyết định đã bị xóa bỏ; hình thức là hình thức hiện"
                        + " hành (sau giải quyết khiếu nại).",
                "Khiếu nại kỷ luật: nhận trong kỳ theo ngày nhận đơn; giải quyết theo ngày giải quyết trong kỳ; đang"
                        + " giải quyết là đơn nhận đến ngày cuối kỳ mà chưa giải quyết đến ngày đó.",
                "Dòng Tổng cộng tính mỗi tổ chức đảng, đảng viên một lần nên có thể nhỏ hơn tổng các dòng.");
    }

    private static String both(long organisations, long members) {
        return number(organisations) + " tổ chức đảng và " + number(members) + " đảng viên";
    }

    private static String share(Figures figures, String whom) {
        if (figures.violationPercent() == null) {
            return "";
        }
        return " (chiếm " + figures.violationPercent() + "% số " + whom + " được kết luận trong kỳ)";
    }

    private static String forms(List<FormCount> counts) {
        List<String> parts = counts.stream()
                .filter(c -> c.count() > 0)
                .map(c -> formName(c.form()) + " " + number(c.count()))
                .toList();
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    static String formName(DisciplineForm form) {
        return switch (form) {
            case REPRIMAND -> "khiển trách";
            case WARNING -> "cảnh cáo";
            case REMOVAL_FROM_POST -> "cách chức";
            case EXPULSION -> "khai trừ";
            case DISSOLUTION -> "giải tán";
        };
    }

    /** 1.282: the Vietnamese thousands separator. */
    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', '.');
    }

    private static String day(LocalDate day) {
        return DAY.format(day);
    }

    private static List<FormCount> formCounts(List<DisciplineForm> allowed, Map<DisciplineForm, Long> counts) {
        List<FormCount> list = new ArrayList<>();
        for (DisciplineForm form : DisciplineForm.values()) {
            long count = counts.getOrDefault(form, 0L);
            if (allowed.contains(form) || count > 0) {
                list.add(new FormCount(form, count));
            }
        }
        return List.copyOf(list);
    }

    private static Figures organisations(SummaryQueries.Counts c) {
        return figures(
                c.orgInspected(),
                c.orgSupervised(),
                c.orgSigns(),
                c.orgConcluded(),
                c.orgViolation(),
                c.orgDisciplined());
    }

    private static Figures members(SummaryQueries.Counts c) {
        return figures(
                c.memberInspected(),
                c.memberSupervised(),
                c.memberSigns(),
                c.memberConcluded(),
                c.memberViolation(),
                c.memberDisciplined());
    }

    private static Figures figures(
            long inspected, long supervised, long signs, long concluded, long violation, long disciplined) {
        Integer percent = concluded == 0 ? null : (int) Math.round(100.0 * violation / concluded);
        return new Figures(inspected, supervised, signs, concluded, violation, percent, disciplined);
    }

    private static List<Long> values(Figures o, Figures m) {
        return List.of(
                o.inspected(),
                m.inspected(),
                o.supervised(),
                m.supervised(),
                o.signsOfViolation(),
                m.signsOfViolation(),
                o.violationFound(),
                m.violationFound(),
                o.disciplined(),
                m.disciplined());
    }
}
