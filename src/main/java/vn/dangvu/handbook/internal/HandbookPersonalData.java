package vn.dangvu.handbook.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.PersonalDataSource;
import vn.dangvu.shared.persistence.PersonalDataQuery;

/** The member's notifications and their questions and opinions with the answers, for their copy of their data. */
@Component
class HandbookPersonalData implements PersonalDataSource {

    private static final PersonalDataQuery NOTIFICATIONS = new PersonalDataQuery(
            "handbook.notifications",
            "Thông báo",
            PersonalDataQuery.fields(
                    "created_at", "Thời điểm",
                    "title", "Tiêu đề",
                    "body", "Nội dung",
                    "read_at", "Đã đọc lúc"),
            "SELECT * FROM handbook_notification WHERE member_id IN (:memberIds) ORDER BY created_at, id");

    private static final PersonalDataQuery FEEDBACK = new PersonalDataQuery(
            "handbook.feedback",
            "Câu hỏi, ý kiến gửi cấp ủy",
            PersonalDataQuery.fields(
                    "created_at", "Thời điểm",
                    "kind_name", "Loại",
                    "subject", "Tiêu đề",
                    "body", "Nội dung",
                    "answer", "Trả lời",
                    "answered_at", "Trả lời lúc"),
            """
            SELECT f.*, CASE f.kind WHEN 'QUESTION' THEN 'Câu hỏi' ELSE 'Ý kiến' END AS kind_name
              FROM handbook_feedback f WHERE f.member_id IN (:memberIds) ORDER BY f.created_at, f.id""");

    @Override
    public List<PersonalDataQuery> queries() {
        return List.of(NOTIFICATIONS, FEEDBACK);
    }
}
