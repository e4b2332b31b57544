package vn.dangvu.duty.internal.fee;

import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.dangvu.duty.Fees;
import vn.dangvu.member.FeeStanding;
import vn.dangvu.shared.OrgScope;

/** The member module's port for the transfer letter, answered from the fee book ({@link Fees#paidUpTo}). */
@Component
class FeeStandingAdapter implements FeeStanding {

    private final Fees fees;

    FeeStandingAdapter(Fees fees) {
        this.fees = fees;
    }

    @Override
    public Optional<YearMonth> paidUpTo(UUID memberId, OrgScope scope) {
        return Optional.ofNullable(fees.paidUpTo(memberId, scope));
    }
}
