package vn.dangvu.inspection.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.PersonalDataSource;
import vn.dangvu.shared.persistence.PersonalDataQuery;

/**
 * The disciplinary decisions on the member, which were served on them, for the member's copy of their data. Cases and
 * denunciations stay out: an inspection under way is confidential to the commission (QĐ 296-QĐ/TW), and a denouncer
 * is never named to the person accused.
 */
@Component
class InspectionPersonalData implements PersonalDataSource {

    private static final PersonalDataQuery DISCIPLINE = new PersonalDataQuery(
            "inspection.discipline",
            "Kỷ luật",
            PersonalDataQuery.fields(
                    "decided_on", "Ngày quyết định",
                    "form_name", "Hình thức",
                    "deciding_body", "Cấp quyết định",
                    "decision_number", "Số quyết định",
                    "reason", "Lý do",
                    "state_name", "Hiệu lực"),
            """
            SELECT subject_member_id AS member_id, decided_on, deciding_body, decision_number, reason,
                   CASE form WHEN 'REPRIMAND' THEN 'Khiển trách' WHEN 'WARNING' THEN 'Cảnh cáo'
                        WHEN 'REMOVAL_FROM_POST' THEN 'Cách chức' WHEN 'EXPULSION' THEN 'Khai trừ' END AS form_name,
                   CASE state WHEN 'IN_FORCE' THEN 'Đang có hiệu lực' WHEN 'CHANGED' THEN 'Đã thay đổi'
                        WHEN 'ANNULLED' THEN 'Đã xóa bỏ' END AS state_name
              FROM inspection_discipline WHERE subject_member_id IN (:memberIds) ORDER BY decided_on, id""");

    @Override
    public List<PersonalDataQuery> queries() {
        return List.of(DISCIPLINE);
    }
}
