package vn.dangvu.member.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.MemberCard;
import vn.dangvu.shared.MemberDirectory;

/** The member module's side of the {@link MemberDirectory} port. */
@Component
class MemberDirectoryAdapter implements MemberDirectory {

    private final MemberQueries queries;

    MemberDirectoryAdapter(MemberQueries queries) {
        this.queries = queries;
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
