package vn.dangvu.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The hostile-text writes of party work: conferences and congresses, elections, work programmes, inspection and
 * discipline, evaluation, fees and grassroots visits.
 */
final class WorkHostileWrites {

    /** Text fields of these writes that take no hostile text, and why. */
    static final Map<String, String> EXEMPT = Map.of();

    private WorkHostileWrites() {}

    static List<HostileWrite> writes(HostileFixture f) {
        long cell = f.secretaryCell();
        long committee = f.unitInStaffScope("GRASSROOTS_COMMITTEE");
        long city = f.cityRoot();
        List<HostileWrite> writes = new ArrayList<>();
        writes.add(HostileWrite.post(
                "vanphong",
                "/api/v1/programmes",
                "programme",
                "{\"issuingUnitId\":" + city + ",\"code\":\"%n-CTr/TU\",\"title\":\"Chương trình hành động\","
                        + "\"periodFrom\":\"2025-10-01\",\"periodTo\":\"2030-09-30\",\"goals\":\"Mục tiêu\","
                        + "\"committee\":[{\"fullName\":\"Nguyễn Văn Trưởng\",\"role\":\"HEAD\","
                        + "\"position\":\"Phó Bí thư\"}],\"documents\":[{\"label\":\"Nghị quyết Đại hội\"}]}"));
        writes.add(HostileWrite.post(
                "tochuc",
                "/api/v1/elections",
                "election",
                "{\"orgUnitId\":" + cell + ",\"title\":\"Bầu cấp ủy\",\"occasion\":\"MEMBERS_CONGRESS\","
                        + "\"body\":\"SECRETARY\",\"seats\":1,\"heldOn\":\"2026-03-01\"}"));
        writes.add(HostileWrite.post(
                "kiemtra",
                "/api/v1/inspection-cases",
                "inspection_case",
                "{\"commissionUnitId\":" + f.staffScopeRoot() + ",\"type\":\"INSPECTION_REGULAR\","
                        + "\"subjectKind\":\"ORGANISATION\",\"subjectUnitId\":" + committee
                        + ",\"title\":\"Kiểm tra việc thực hiện\"}"));
        return writes;
    }
}
