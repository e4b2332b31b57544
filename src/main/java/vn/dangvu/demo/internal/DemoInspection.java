package vn.dangvu.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.dangvu.inspection.CaseStep;
import vn.dangvu.inspection.CaseSubjectKind;
import vn.dangvu.inspection.CaseType;
import vn.dangvu.inspection.InspectionCaseManagement;
import vn.dangvu.inspection.OpenCase;
import vn.dangvu.inspection.RecordCaseStep;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.RoleGrant;

/**
 * Two open cases of the demo commune's inspection commission (log-in {@code kiemtra}), through the inspection
 * module's facade: an inspection of the demo cell and a thematic supervision of the commune, a few steps each. No
 * discipline is seeded (it would rate the year "not completed" for the demo's evaluations).
 */
@Component
class DemoInspection {

    private final InspectionCaseManagement cases;
    private final OrgUnits orgUnits;
    private final Clock clock;

    DemoInspection(InspectionCaseManagement cases, OrgUnits orgUnits, Clock clock) {
        this.cases = cases;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    void seed(long communeId, long cellId) {
        OrgUnitRef commune = orgUnits.find(communeId).orElseThrow();
        Actor commission = new Actor(
                new UUID(0, 2), "demo", null, null, List.of(new RoleGrant(Role.INSPECTION, communeId, commune.path())));
        LocalDate today = LocalDate.now(clock);
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
                        null),
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
    }

    private void step(UUID id, CaseStep step, LocalDate on, long version, String note, Actor actor) {
        cases.recordStep(id, new RecordCaseStep(step, on, note, null, null, null, null, version), actor);
    }
}
