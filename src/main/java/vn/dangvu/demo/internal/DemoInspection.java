package vn.dangvu.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.dangvu.inspection.AcceptDenunciation;
import vn.dangvu.inspection.CaseStep;
import vn.dangvu.inspection.CaseSubjectKind;
import vn.dangvu.inspection.CaseType;
import vn.dangvu.inspection.CreatePlan;
import vn.dangvu.inspection.DenunciationChannel;
import vn.dangvu.inspection.DenunciationManagement;
import vn.dangvu.inspection.InspectionCaseManagement;
import vn.dangvu.inspection.InspectionPlanManagement;
import vn.dangvu.inspection.OpenCase;
import vn.dangvu.inspection.PlanOwner;
import vn.dangvu.inspection.PlanPeriodKind;
import vn.dangvu.inspection.ReceiveDenunciation;
import vn.dangvu.inspection.RecordCaseStep;
import vn.dangvu.inspection.SavePlanItem;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.RoleGrant;

/**
 * This year's inspection plan of the demo commune's inspection commission (log-in {@code kiemtra}) and two open cases,
 * through the inspection module's facades: the plan's first item is carried out by an inspection of the demo cell; a
 * thematic supervision of the commune stands outside the plan. A few steps each. Two denunciations against the demo
 * cell: a signed one being handled, an anonymous one recorded as not handled. No discipline is seeded (it would rate
 * the year "not completed" for the demo's evaluations).
 */
@Component
class DemoInspection {

    private final InspectionCaseManagement cases;
    private final InspectionPlanManagement plans;
    private final DenunciationManagement denunciations;
    private final OrgUnits orgUnits;
    private final Clock clock;

    DemoInspection(
            InspectionCaseManagement cases,
            InspectionPlanManagement plans,
            DenunciationManagement denunciations,
            OrgUnits orgUnits,
            Clock clock) {
        this.cases = cases;
        this.plans = plans;
        this.denunciations = denunciations;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    void seed(long communeId, long cellId) {
        OrgUnitRef commune = orgUnits.find(communeId).orElseThrow();
        Actor commission = new Actor(
                new UUID(0, 2), "demo", null, null, List.of(new RoleGrant(Role.INSPECTION, communeId, commune.path())));
        LocalDate today = LocalDate.now(clock);
        UUID planItem = plan(communeId, cellId, commission, today);
        UUID inspection = cases.open(
                new OpenCase(
                        communeId,
                        CaseType.INSPECTION_REGULAR,
                        CaseSubjectKind.ORGANISATION,
                        cellId,
                        null,
                        "Kiểm tra việc thực hiện nguyên tắc tập trung dân chủ và chế độ sinh hoạt chi bộ",
                        "Theo kế hoạch kiểm tra năm " + today.getYear() + " của Ủy ban Kiểm tra Đảng ủy",
                        List.of(),
                        planItem),
                commission);
        step(
                inspection,
                CaseStep.DECISION,
                today.minusDays(40),
                0,
                "Quyết định kiểm tra của Ủy ban Kiểm tra",
                commission);
        step(inspection, CaseStep.NOTIFICATION, today.minusDays(38), 1, "Thông báo tại hội nghị chi bộ", commission);
        step(inspection, CaseStep.SELF_REPORT, today.minusDays(25), 2, "Chi bộ nộp báo cáo tự kiểm tra", commission);
        UUID supervision = cases.open(
                new OpenCase(
                        communeId,
                        CaseType.SUPERVISION_THEMATIC,
                        CaseSubjectKind.ORGANISATION,
                        communeId,
                        null,
                        "Giám sát chuyên đề việc thu, nộp và quản lý đảng phí",
                        "Giám sát các chi bộ trực thuộc",
                        List.of(),
                        null),
                commission);
        step(supervision, CaseStep.DECISION, today.minusDays(12), 0, "Quyết định giám sát chuyên đề", commission);
        seedDenunciations(communeId, cellId, today, commission);
    }

    private void seedDenunciations(long communeId, long cellId, LocalDate today, Actor commission) {
        UUID signed = denunciations.receive(
                new ReceiveDenunciation(
                        communeId,
                        today.minusDays(20),
                        DenunciationChannel.MAIL,
                        "Trần Văn Minh",
                        "Số 12 ngõ 34 phố Thạch Thọ",
                        "0912 000 111",
                        1,
                        false,
                        false,
                        CaseSubjectKind.ORGANISATION,
                        cellId,
                        null,
                        "Tố cáo chi ủy không công khai việc thu, chi quỹ chi bộ năm " + (today.getYear() - 1) + "."),
                commission);
        denunciations.accept(
                signed,
                new AcceptDenunciation(today.minusDays(18), null, "Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy", 0L),
                commission);
        denunciations.receive(
                new ReceiveDenunciation(
                        communeId,
                        today.minusDays(5),
                        DenunciationChannel.ONLINE,
                        null,
                        null,
                        null,
                        1,
                        false,
                        false,
                        CaseSubjectKind.ORGANISATION,
                        cellId,
                        null,
                        "Thư không ký tên phản ánh chi bộ sinh hoạt không đúng định kỳ."),
                commission);
    }

    /** The commission's plan for this year; returns the item the demo cell's inspection carries out. */
    private UUID plan(long communeId, long cellId, Actor commission, LocalDate today) {
        int year = today.getYear();
        UUID plan = plans.create(
                new CreatePlan(
                        communeId,
                        PlanOwner.COMMISSION,
                        CaseType.Activity.INSPECTION,
                        PlanPeriodKind.YEAR,
                        year,
                        null,
                        null,
                        "Kế hoạch kiểm tra năm " + year + " của Ủy ban Kiểm tra Đảng ủy",
                        "01-KH/UBKT",
                        LocalDate.of(year, 1, 8)),
                commission);
        LocalDate quarterEnd = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 3)
                .withDayOfMonth(1)
                .plusMonths(1)
                .minusDays(1);
        UUID first = plans.addItem(
                plan,
                item(
                        cellId,
                        "Việc thực hiện nguyên tắc tập trung dân chủ và chế độ sinh hoạt chi bộ",
                        LocalDate.of(year, 1, 1),
                        quarterEnd,
                        CaseType.INSPECTION_REGULAR),
                commission);
        OrgScope commune =
                new OrgScope(List.of(orgUnits.find(communeId).orElseThrow().path()), null);
        List<Long> cells = orgUnits
                .activeSubtree(orgUnits.findWithin(communeId, commune).orElseThrow())
                .stream()
                .filter(u -> u.kind().holdsMembers() && u.id() != cellId)
                .map(OrgUnitView::id)
                .limit(2)
                .toList();
        LocalDate nextMonth = today.withDayOfMonth(1).plusMonths(1);
        LocalDate laterFrom = nextMonth.getYear() == year ? nextMonth : today;
        for (long other : cells) {
            plans.addItem(
                    plan,
                    item(
                            other,
                            "Việc thu, nộp và quản lý đảng phí",
                            laterFrom,
                            LocalDate.of(year, 12, 31),
                            CaseType.INSPECTION_FINANCE),
                    commission);
        }
        if (today.getMonthValue() > 1) {
            plans.addItem(
                    plan,
                    item(
                            cellId,
                            "Việc lãnh đạo thực hiện nhiệm vụ chính trị được giao trong tháng 1",
                            LocalDate.of(year, 1, 1),
                            LocalDate.of(year, 1, 31),
                            CaseType.INSPECTION_THEMATIC),
                    commission);
        }
        return first;
    }

    private static SavePlanItem item(long unit, String content, LocalDate from, LocalDate to, CaseType type) {
        return new SavePlanItem(
                CaseSubjectKind.ORGANISATION,
                unit,
                null,
                content,
                from,
                to,
                "Tổ kiểm tra của Ủy ban Kiểm tra",
                List.of(),
                type,
                null);
    }

    private void step(UUID id, CaseStep step, LocalDate on, long version, String note, Actor actor) {
        cases.recordStep(id, new RecordCaseStep(step, on, note, null, null, null, null, version), actor);
    }
}
