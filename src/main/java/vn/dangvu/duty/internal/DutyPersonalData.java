package vn.dangvu.duty.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.PersonalDataSource;
import vn.dangvu.shared.persistence.PersonalDataQuery;

/**
 * The member's fee payments and their yearly evaluations, for the member's copy of their data. Of an evaluation the
 * member gets their own self-assessment always, and the level decided only once the cycle is published, as the
 * evaluation page shows it; the cell's proposal before the decision stays with the committee.
 */
@Component
class DutyPersonalData implements PersonalDataSource {

    private static final String LEVEL = "CASE %1$s WHEN 'EXCELLENT' THEN 'Hoàn thành xuất sắc nhiệm vụ'"
            + " WHEN 'GOOD' THEN 'Hoàn thành tốt nhiệm vụ' WHEN 'COMPLETED' THEN 'Hoàn thành nhiệm vụ'"
            + " WHEN 'NOT_COMPLETED' THEN 'Không hoàn thành nhiệm vụ' END";

    private static final PersonalDataQuery FEES = new PersonalDataQuery(
            "duty.fees",
            "Đảng phí đã nộp",
            PersonalDataQuery.fields(
                    "fee_month", "Tháng",
                    "amount", "Số tiền (đồng)",
                    "method_name", "Hình thức",
                    "paid_on", "Ngày nộp",
                    "reference", "Mã giao dịch"),
            """
            SELECT member_id, fee_month, amount, paid_on, reference,
                   CASE method WHEN 'PORTAL' THEN 'Chuyển khoản' ELSE 'Tiền mặt' END AS method_name
              FROM duty_fee_payment WHERE member_id IN (:memberIds) ORDER BY fee_month, paid_on""");

    private static final PersonalDataQuery EVALUATIONS = new PersonalDataQuery(
            "duty.evaluations",
            "Đánh giá, xếp loại chất lượng",
            PersonalDataQuery.fields(
                    "eval_year", "Năm",
                    "self_level_name", "Tự xếp loại",
                    "self_comment", "Tự nhận xét",
                    "decided_level_name", "Kết quả xếp loại",
                    "decision_number", "Số quyết định"),
            """
            SELECT m.member_id, c.eval_year, m.self_comment,
                   %s AS self_level_name,
                   CASE WHEN c.state = 'PUBLISHED' THEN %s END AS decided_level_name,
                   CASE WHEN c.state = 'PUBLISHED' THEN c.decision_number END AS decision_number
              FROM duty_evaluation_member m JOIN duty_evaluation_cycle c ON c.id = m.cycle_id
             WHERE m.member_id IN (:memberIds) ORDER BY c.eval_year, c.period""".formatted(LEVEL.formatted("m.self_level"), LEVEL.formatted("m.decided_level")));

    @Override
    public List<PersonalDataQuery> queries() {
        return List.of(FEES, EVALUATIONS);
    }
}
