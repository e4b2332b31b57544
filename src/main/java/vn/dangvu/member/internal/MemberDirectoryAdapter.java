package vn.dangvu.member.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.MemberCard;
import vn.dangvu.shared.MemberDirectory;

/** The member module's side of the {@link MemberDirectory} port. */
@Component
class MemberDirectoryAdapter implements MemberDirectory {

    private static final int CHUNK = 1_000;

    private final MemberQueries queries;
    private final JdbcClient jdbc;

    MemberDirectoryAdapter(MemberQueries queries, JdbcClient jdbc) {
        this.queries = queries;
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, String> emails(Collection<UUID> memberIds) {
        Map<UUID, String> emails = new HashMap<>();
        List<UUID> ids = List.copyOf(memberIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("SELECT id, email FROM member WHERE id IN (:ids) AND email IS NOT NULL AND email <> ''")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query((rs, n) -> emails.put(rs.getObject("id", UUID.class), rs.getString("email")))
                    .list();
        }
        return emails;
    }

    @Override
    public Optional<UUID> findByLogin(String login) {
        return queries.findByLogin(login);
    }

    /** The card's columns only, by primary key: the handbook reads it on every start, so it must stay cheap. */
    @Override
    public Optional<MemberCard> card(UUID memberId) {
        return jdbc.sql("""
                        SELECT m.id, m.full_name, m.sex, m.birth_date, m.status, m.admitted_on, m.official_on,
                               m.card_number, m.citizen_id, m.phone, m.org_unit_id, d.name AS cell_name
                          FROM member m JOIN org_unit_directory d ON d.id = m.org_unit_id
                         WHERE m.id = :id""")
                .param("id", memberId)
                .query((rs, n) -> new MemberCard(
                        rs.getObject("id", UUID.class),
                        rs.getString("full_name"),
                        rs.getString("sex"),
                        rs.getObject("birth_date", LocalDate.class),
                        rs.getString("status"),
                        rs.getObject("admitted_on", LocalDate.class),
                        rs.getObject("official_on", LocalDate.class),
                        rs.getString("card_number"),
                        MemberQueries.mask(rs.getString("citizen_id")),
                        rs.getString("phone"),
                        rs.getLong("org_unit_id"),
                        rs.getString("cell_name")))
                .optional();
    }
}
