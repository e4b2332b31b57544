package vn.dangvu.demo.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Party fees of the demo cell (tables of module {@code duty}, written with bulk SQL like the rest of the demo): a basis
 * for each member on the list from January of last year — pensioners 0.5 % of a pension, students 5,000 VND, the others
 * 1 % of a BHXH salary (amounts in hundreds of đồng, so that the percentages are whole) — and cash payments for every
 * ended month of last year and this year, except for two members in arrears: one with 3 unpaid months last year (meets
 * the removal rule, and the cell has proposed the removal: an open proposal on the deadlines), one with 2 this year.
 * Members of 50 years' membership or more (exempt) get no payments.
 */
final class DemoFees {

    private final JdbcTemplate jdbc;
    private final SplittableRandom random;

    DemoFees(JdbcTemplate jdbc, SplittableRandom random) {
        this.jdbc = jdbc;
        this.random = random;
    }

    private record Payer(UUID id, LocalDate birthDate, LocalDate admittedOn) {}

    void seed(long cellId, LocalDate referenceDate, Timestamp at) {
        List<Payer> payers = jdbc.query(
                """
                        SELECT id, birth_date, admitted_on FROM member
                         WHERE org_unit_id = ? AND status IN ('PROBATIONARY', 'OFFICIAL') AND admitted_on IS NOT NULL
                         ORDER BY sort_key, id""",
                (rs, n) -> new Payer(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class)),
                cellId);
        YearMonth current = YearMonth.from(referenceDate);
        YearMonth first = YearMonth.of(referenceDate.getYear() - 1, 1);
        List<Object[]> bases = new ArrayList<>();
        List<Object[]> payments = new ArrayList<>();
        UUID inArrears = null;
        int index = 0;
        for (Payer payer : payers) {
            int age = referenceDate.getYear() - payer.birthDate().getYear();
            String category;
            Long amount;
            long due;
            if (age >= 62) {
                category = "PENSION";
                amount = 5_000_000L + 200 * (long) random.nextInt(20_000);
                due = amount / 200;
            } else if (age <= 23) {
                category = "STUDENT";
                amount = null;
                due = 5_000;
            } else {
                category = "BHXH_SALARY";
                amount = 5_000_000L + 100 * (long) random.nextInt(100_000);
                due = amount / 100;
            }
            bases.add(new Object[] {payer.id(), category, amount, Date.valueOf(first.atDay(1)), at});
            if (!payer.admittedOn().plusYears(50).isAfter(referenceDate)) {
                continue;
            }
            for (YearMonth m = first; m.isBefore(current); m = m.plusMonths(1)) {
                boolean lastYearArrears = index == 1 && m.getYear() < current.getYear() && m.getMonthValue() >= 10;
                boolean thisYearArrears = index == 2 && m.getYear() == current.getYear();
                if (lastYearArrears) {
                    inArrears = payer.id();
                }
                if (lastYearArrears || thisYearArrears) {
                    continue;
                }
                LocalDate paidOn = m.atDay(Math.min(10 + random.nextInt(15), m.lengthOfMonth()));
                payments.add(
                        new Object[] {payer.id(), cellId, Date.valueOf(m.atDay(1)), due, Date.valueOf(paidOn), at});
            }
            index++;
        }
        jdbc.batchUpdate("""
                        INSERT INTO duty_fee_basis (member_id, category, amount, from_month, note, created_by, created_at,
                                                    version)
                        VALUES (?, ?, ?, ?, 'Dữ liệu mẫu', 'bithu', ?, 0)""", bases);
        jdbc.batchUpdate("""
                        INSERT INTO duty_fee_payment (member_id, org_unit_id, fee_month, amount, method, paid_on,
                                                      recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, 'CASH', ?, 'bithu', ?)""", payments);
        if (inArrears != null) {
            int year = first.getYear();
            jdbc.update(
                    """
                            INSERT INTO member_removal_proposal (member_id, org_unit_id, ground, reason, source_key,
                                   proposed_on, proposed_by, state, version)
                            VALUES (?, ?, 'INACTIVE_OR_UNPAID_FEES', ?, ?, ?, 'bithu', 'OPEN', 0)""",
                    inArrears,
                    cellId,
                    "Không đóng đảng phí 3 tháng năm " + year + " (" + year + "-10, " + year + "-11, " + year + "-12)",
                    "fees:" + year,
                    Date.valueOf(referenceDate.withDayOfMonth(1)));
        }
    }
}
