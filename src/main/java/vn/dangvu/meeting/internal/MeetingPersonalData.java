package vn.dangvu.meeting.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.PersonalDataSource;
import vn.dangvu.shared.persistence.PersonalDataQuery;

/** The meetings the member was invited to, with their reply and attendance, for the member's copy of their data. */
@Component
class MeetingPersonalData implements PersonalDataSource {

    private static final PersonalDataQuery INVITATIONS = new PersonalDataQuery(
            "meeting.invitations",
            "Sinh hoạt chi bộ",
            PersonalDataQuery.fields(
                    "planned_start", "Thời gian",
                    "title", "Cuộc họp",
                    "reply_name", "Trả lời",
                    "reply_reason", "Lý do",
                    "attendance_name", "Điểm danh",
                    "absence_reason", "Lý do vắng"),
            """
            SELECT i.member_id, m.planned_start, m.title, i.reply_reason, i.absence_reason,
                   CASE i.reply WHEN 'ATTENDING' THEN 'Tham dự' WHEN 'ABSENT' THEN 'Vắng' END AS reply_name,
                   CASE i.attendance WHEN 'PRESENT' THEN 'Có mặt' WHEN 'ABSENT_EXCUSED' THEN 'Vắng có lý do'
                        WHEN 'ABSENT_UNEXCUSED' THEN 'Vắng không lý do' END AS attendance_name
              FROM meeting_invitation i JOIN meeting m ON m.id = i.meeting_id
             WHERE i.member_id IN (:memberIds) ORDER BY m.planned_start""");

    @Override
    public List<PersonalDataQuery> queries() {
        return List.of(INVITATIONS);
    }
}
