package vn.dangvu.member.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.member.CellRosters.RosterMember;
import vn.dangvu.member.MemberStatus;

/** The member rows behind {@link vn.dangvu.member.CellRosters}. */
@Component
public class CellRosterQueries {

    private static final String COLUMNS = "SELECT id, full_name, org_unit_id, status, card_number FROM member ";
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    CellRosterQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RosterMember> of(long cellId) {
        return jdbc.sql(COLUMNS + """
                        WHERE org_unit_id = :cell AND status IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPTED')
                        ORDER BY sort_key, id""")
                .param("cell", cellId)
                .query(CellRosterQueries::row)
                .list();
    }

    public Optional<RosterMember> byCardNumber(String cardNumber) {
        return jdbc.sql(COLUMNS + "WHERE card_number = :card")
                .param("card", cardNumber)
                .query(CellRosterQueries::row)
                .optional();
    }

    public List<RosterMember> byIds(Collection<UUID> ids) {
        List<UUID> all = new ArrayList<>(ids);
        List<RosterMember> result = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            result.addAll(jdbc.sql(COLUMNS + "WHERE id IN (:ids)")
                    .param("ids", all.subList(i, Math.min(all.size(), i + CHUNK)))
                    .query(CellRosterQueries::row)
                    .list());
        }
        return result;
    }

    private static RosterMember row(ResultSet rs, int n) throws SQLException {
        return new RosterMember(
                rs.getObject("id", UUID.class),
                rs.getString("full_name"),
                rs.getLong("org_unit_id"),
                MemberStatus.valueOf(rs.getString("status")),
                rs.getString("card_number"));
    }
}
