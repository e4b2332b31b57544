package vn.dangvu.badge.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dangvu.badge.BadgeAward;
import vn.dangvu.badge.BadgeState;
import vn.dangvu.badge.SubmitBadge;
import vn.dangvu.member.AgedMember;
import vn.dangvu.shared.DomainException;

/** Checks a proposal or award against {@link BadgePolicy} and writes it. */
@Component
public class BadgeAwards {

    private final BadgeAwardStore store;

    BadgeAwards(BadgeAwardStore store) {
        this.store = store;
    }

    /** Called by the write facade inside its transaction, with the member's age on the occasion. */
    public BadgeAward submit(SubmitBadge command, AgedMember member, String by, LocalDate today, Instant now) {
        List<BadgeAward> own = store.ofMember(command.memberId());
        BadgeAward existing = own.stream()
                .filter(a -> a.milestone() == command.milestone())
                .findFirst()
                .orElse(null);
        int highest = own.stream()
                .filter(a -> a.state() == BadgeState.AWARDED)
                .mapToInt(BadgeAward::milestone)
                .max()
                .orElse(0);
        BadgePolicy.check(
                command,
                member,
                existing == null ? null : new BadgePolicy.Existing(existing.id(), existing.state(), existing.version()),
                highest,
                today);
        if (existing == null) {
            return store.get(store.insert(command, by, now));
        }
        long expected = command.version() == null ? existing.version() : command.version();
        if (expected != existing.version()) {
            throw DomainException.conflict("conflict.stale");
        }
        store.award(existing.id(), expected, command, by, now);
        return store.get(existing.id());
    }
}
