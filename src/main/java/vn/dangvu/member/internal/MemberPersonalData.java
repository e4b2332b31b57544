package vn.dangvu.member.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.PersonalDataSource;
import vn.dangvu.shared.persistence.PersonalDataQuery;

/**
 * The member's own record, their lifecycle events, the field-level history of their record and the list of the
 * documents in their file (names and dates, not the files), for the member's copy of their data. The citizen ID is
 * given in full: it is the member's own.
 */
@Component
class MemberPersonalData implements PersonalDataSource {

    private static final PersonalDataQuery RECORD = new PersonalDataQuery(
            "member.record",
            "Hồ sơ đảng viên",
            PersonalDataQuery.fields(
                    "full_name", "Họ và tên đang dùng",
                    "birth_name", "Họ và tên khai sinh",
                    "aliases", "Bí danh",
                    "sex_name", "Giới tính",
                    "birth_date", "Ngày sinh",
                    "birth_place", "Nơi sinh",
                    "home_town", "Quê quán",
                    "permanent_address", "Nơi thường trú",
                    "temporary_address", "Nơi tạm trú",
                    "ethnicity:member.ethnicity.", "Dân tộc",
                    "religion:member.religion.", "Tôn giáo",
                    "occupation", "Nghề nghiệp",
                    "general_education", "Giáo dục phổ thông",
                    "professional_level:member.professional-level.", "Chuyên môn, nghiệp vụ",
                    "academic_title:member.academic-title.", "Học hàm",
                    "theory_level:member.theory-level.", "Lý luận chính trị",
                    "status:member.status.", "Trạng thái",
                    "admitted_on", "Ngày vào Đảng",
                    "admission_decision_number", "Số quyết định kết nạp",
                    "admission_decision_body", "Cấp quyết định kết nạp",
                    "ceremony_date", "Ngày lễ kết nạp",
                    "ceremony_place", "Nơi kết nạp",
                    "official_on", "Ngày chính thức",
                    "official_place", "Nơi công nhận chính thức",
                    "card_number", "Số thẻ đảng viên",
                    "history_number", "Số lý lịch",
                    "citizen_id", "Số định danh cá nhân",
                    "phone", "Điện thoại",
                    "email", "Thư điện tử",
                    "party_posts", "Chức vụ Đảng",
                    "workplace", "Nơi làm việc",
                    "cell", "Chi bộ"),
            """
            SELECT m.*, m.id AS member_id, d.name AS cell, CASE m.sex WHEN 'F' THEN 'Nữ' ELSE 'Nam' END AS sex_name
              FROM member m JOIN org_unit_directory d ON d.id = m.org_unit_id
             WHERE m.id IN (:memberIds)""");

    private static final PersonalDataQuery EVENTS = new PersonalDataQuery(
            "member.events",
            "Quá trình sinh hoạt đảng",
            PersonalDataQuery.fields(
                    "effective_date", "Ngày hiệu lực",
                    "kind:member.event.", "Sự kiện",
                    "status_after:member.status.", "Trạng thái sau đó",
                    "unit", "Tổ chức",
                    "decision_number", "Số quyết định",
                    "decision_date", "Ngày quyết định",
                    "decision_body", "Cấp quyết định",
                    "destination", "Nơi đến",
                    "note", "Ghi chú",
                    "superseded", "Đã được đính chính"),
            """
            SELECT e.*, d.name AS unit,
                   CASE WHEN EXISTS (SELECT 1 FROM member_event s WHERE s.supersedes_id = e.id)
                        THEN 'có' ELSE 'không' END AS superseded
              FROM member_event e JOIN org_unit_directory d ON d.id = e.org_unit_id
             WHERE e.member_id IN (:memberIds)
             ORDER BY e.effective_date, e.id""");

    private static final PersonalDataQuery CHANGES = new PersonalDataQuery(
            "member.changes",
            "Lịch sử sửa đổi hồ sơ",
            PersonalDataQuery.fields(
                    "changed_at", "Thời điểm",
                    "changed_by", "Người sửa",
                    "field", "Trường",
                    "old_value", "Giá trị cũ",
                    "new_value", "Giá trị mới"),
            "SELECT * FROM member_change WHERE member_id IN (:memberIds) ORDER BY changed_at, field");

    private static final PersonalDataQuery DOCUMENTS = new PersonalDataQuery(
            "member.documents",
            "Tài liệu trong hồ sơ",
            PersonalDataQuery.fields(
                    "uploaded_at", "Ngày lưu",
                    "kind", "Loại",
                    "title", "Tên tài liệu",
                    "file_name", "Tệp",
                    "size_bytes", "Dung lượng (byte)",
                    "sha256", "SHA-256",
                    "withdrawn_at", "Ngày rút"),
            """
            SELECT member_id, id, uploaded_at, kind, title, file_name, size_bytes, sha256, withdrawn_at
              FROM member_document WHERE member_id IN (:memberIds) ORDER BY uploaded_at, id""");

    @Override
    public List<PersonalDataQuery> queries() {
        return List.of(RECORD, EVENTS, CHANGES, DOCUMENTS);
    }
}
