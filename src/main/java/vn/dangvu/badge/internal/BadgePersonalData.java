package vn.dangvu.badge.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.PersonalDataSection;
import vn.dangvu.shared.PersonalDataSource;
import vn.dangvu.shared.persistence.PersonalDataQuery;

/** The member's Party badges, proposed and awarded, for the member's copy of their data. */
@Component
class BadgePersonalData implements PersonalDataSource {

    private static final PersonalDataQuery AWARDS = new PersonalDataQuery(
            "badge.awards",
            "Huy hiệu Đảng",
            PersonalDataQuery.fields(
                    "badge", "Huy hiệu",
                    "occasion", "Dịp trao",
                    "state_name", "Tình trạng",
                    "decision_number", "Số quyết định",
                    "decision_date", "Ngày quyết định",
                    "decision_body", "Cấp quyết định"),
            """
            SELECT milestone || ' năm tuổi Đảng' AS badge, occasion, decision_number, decision_date, decision_body,
                   CASE state WHEN 'AWARDED' THEN 'Đã trao' ELSE 'Đã đề nghị' END AS state_name
              FROM badge_award WHERE member_id = :memberId ORDER BY milestone""");

    private final JdbcClient jdbc;

    BadgePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonalDataSection> sectionsOf(UUID memberId) {
        return List.of(AWARDS.run(jdbc, memberId));
    }
}
