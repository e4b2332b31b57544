package vn.dangvu.badge.internal;

import java.util.List;
import org.springframework.stereotype.Component;
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
            SELECT member_id, milestone || ' năm tuổi Đảng' AS badge, occasion, decision_number, decision_date, decision_body,
                   CASE state WHEN 'AWARDED' THEN 'Đã trao' ELSE 'Đã đề nghị' END AS state_name
              FROM badge_award WHERE member_id IN (:memberIds) ORDER BY milestone""");

    @Override
    public List<PersonalDataQuery> queries() {
        return List.of(AWARDS);
    }
}
