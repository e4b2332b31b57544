package vn.dangvu.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The hostile-text writes of the registry and the handbook's side: organisation changes, member records and their
 * lifecycle, documents, meetings, feedback, petitions and denunciations, badges, the holiday calendar.
 */
final class RegistryHostileWrites {

    /** Text fields of these writes that take no hostile text, and why. */
    static final Map<String, String> EXEMPT = Map.of();

    private RegistryHostileWrites() {}

    static List<HostileWrite> writes(HostileFixture f) {
        long cell = f.secretaryCell();
        long committee = f.unitInStaffScope("GRASSROOTS_COMMITTEE");
        long city = f.cityRoot();
        List<HostileWrite> writes = new ArrayList<>();
        writes.add(HostileWrite.post(
                "tochuc",
                "/api/v1/org-units",
                "org_unit",
                "{\"parentId\":" + committee + ",\"kind\":\"CELL\",\"code\":\"HOS.%n\",\"name\":\"Chi bộ Thử\","
                        + "\"decisionNumber\":\"125-QĐ/ĐU\",\"decisionDate\":\"2026-02-20\","
                        + "\"issuer\":\"Ban Thường vụ Đảng ủy\",\"effectiveOn\":\"2026-02-25\"}"));
        writes.add(HostileWrite.post(
                "bithu",
                "/api/v1/members",
                "member",
                "{\"entry\":\"CANDIDATE\",\"orgUnitId\":" + cell + ",\"fullName\":\"Trần Văn Bình\","
                        + "\"sex\":\"M\",\"birthDate\":\"2000-01-01\",\"ethnicity\":\"KINH\","
                        + "\"effectiveDate\":\"2026-01-05\"}"));
        writes.add(HostileWrite.post(
                "vanphong",
                "/api/v1/documents",
                "document",
                "{\"orgUnitId\":" + city + ",\"type\":\"HD\",\"issuerCode\":\"ĐU\",\"title\":\"Hướng dẫn\","
                        + "\"confidentiality\":\"PUBLIC\",\"scope\":[{\"kind\":\"CITY\"}]}"));
        writes.add(HostileWrite.post(
                "bithu",
                "/api/v1/meetings",
                "meeting",
                "{\"orgUnitId\":" + cell + ",\"kind\":\"THEMATIC\",\"title\":\"Sinh hoạt chuyên đề\","
                        + "\"plannedStart\":\"2026-03-%dT12:00:00Z\",\"place\":\"Nhà văn hóa\"}"));
        writes.add(HostileWrite.post(
                "member",
                "/api/v1/handbook/feedback",
                "handbook_feedback",
                "{\"kind\":\"QUESTION\",\"subject\":\"Hỏi về đảng phí\",\"body\":\"Mức đóng năm nay?\"}"));
        writes.add(HostileWrite.post(
                "tiepdan",
                "/api/v1/petitions",
                "petition",
                "{\"receivedUnitId\":" + committee + ",\"petitionerName\":\"Trần Văn Dân\","
                        + "\"petitionerAddress\":\"Số 5 phố Hàng Bạc, Hà Nội\",\"petitionerPhone\":\"0912 345 678\","
                        + "\"channel\":\"RECEPTION_DAY\",\"receivedOn\":\"2026-02-27\","
                        + "\"subject\":\"Khiếu nại\",\"content\":\"Nội dung đơn.\"}"));
        return writes;
    }
}
