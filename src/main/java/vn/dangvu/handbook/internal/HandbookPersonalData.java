package vn.dangvu.handbook.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.PersonalDataSection;
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
            "SELECT * FROM handbook_notification WHERE member_id = :memberId ORDER BY created_at, id");

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
              FROM handbook_feedback f WHERE f.member_id = :memberId ORDER BY f.created_at, f.id""");

    private final JdbcClient jdbc;

    HandbookPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonalDataSection> sectionsOf(UUID memberId) {
        return List.of(NOTIFICATIONS.run(jdbc, memberId), FEEDBACK.run(jdbc, memberId));
    }
}
