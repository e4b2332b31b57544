package vn.dangvu.member.internal;

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

    @Override
    public Optional<MemberCard> card(UUID memberId) {
        return queries.findAny(memberId)
                .map(m -> new MemberCard(
                        m.id(),
                        m.fullName(),
                        m.sex(),
                        m.birthDate(),
                        m.status().name(),
                        m.admittedOn(),
                        m.officialOn(),
                        m.cardNumber(),
                        m.citizenIdMasked(),
                        m.phone(),
                        m.cellId(),
                        m.cellName()));
    }
}
