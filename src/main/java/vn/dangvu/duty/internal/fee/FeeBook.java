package vn.dangvu.duty.internal.fee;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dangvu.duty.FeeBasis;
import vn.dangvu.duty.FeeMemberYear;
import vn.dangvu.duty.FeeMonth;
import vn.dangvu.duty.FeeRelief;
import vn.dangvu.duty.FeeStatus;
import vn.dangvu.member.AgeWindows;
import vn.dangvu.member.AgedMember;
import vn.dangvu.member.CellRosters.RosterMember;
import vn.dangvu.member.MembershipAges;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;

/**
 * Computes members' months from the stored bases, reliefs and payments with {@link FeePolicy}: the ledger rows, the
 * member's own view, "paid up to" and the figures of the reports.
 */
@Component
public class FeeBook {

    /** How far ahead a prepaid month still counts for "paid up to". */
    static final int PREPAID_MONTHS = 24;

    private static final YearMonth EARLIEST = YearMonth.of(1990, 1);

    private final FeeStore store;
    private final MembershipAges ages;
    private final FeeProperties properties;

    FeeBook(FeeStore store, MembershipAges ages, FeeProperties properties) {
        this.store = store;
        this.ages = ages;
        this.properties = properties;
    }

    /** What the book knows of some members, loaded in one go. */
    public final class Loaded {
        private final Map<UUID, List<FeeBasis>> bases;
        private final Map<UUID, List<FeeRelief>> reliefs;
        private final Map<UUID, Map<YearMonth, Long>> paid;
        private final Map<UUID, LocalDate> fiftyYearsOn;
        private final LocalDate today;

        Loaded(Collection<UUID> ids, Map<UUID, LocalDate> fiftyYearsOn, LocalDate today) {
            this.bases = store.bases(ids);
            this.reliefs = store.reliefs(ids);
            this.paid = store.paid(ids, EARLIEST, YearMonth.from(today).plusMonths(PREPAID_MONTHS));
            this.fiftyYearsOn = fiftyYearsOn;
            this.today = today;
        }

        public List<FeeBasis> bases(UUID id) {
            return bases.getOrDefault(id, List.of());
        }

        public List<FeeRelief> reliefs(UUID id) {
            return reliefs.getOrDefault(id, List.of());
        }

        public FeePolicy.Due due(UUID id, YearMonth month) {
            return FeePolicy.due(month, bases(id), reliefs(id), fiftyYearsOn.get(id), properties.fixedAmounts());
        }

        public long paid(UUID id, YearMonth month) {
            return paid.getOrDefault(id, Map.of()).getOrDefault(month, 0L);
        }

        public FeeMonth month(UUID id, YearMonth month) {
            FeePolicy.Due due = due(id, month);
            long paidAmount = paid(id, month);
            boolean begun = !month.isAfter(YearMonth.from(today));
            return new FeeMonth(month, due.due(), paidAmount, FeePolicy.status(due, paidAmount, begun), due.rule());
        }

        /** The member's year, January first, with "paid up to". */
        public FeeMemberYear year(RosterMember member, int year) {
            List<FeeMonth> months = new ArrayList<>();
            long due = 0;
            long paidTotal = 0;
            for (int m = 1; m <= 12; m++) {
                FeeMonth month = month(member.memberId(), YearMonth.of(year, m));
                months.add(month);
                due += month.due();
                paidTotal += month.paid();
            }
            return new FeeMemberYear(
                    member.memberId(),
                    member.fullName(),
                    member.cardNumber(),
                    year,
                    months,
                    due,
                    paidTotal,
                    paidUpTo(member.memberId()));
        }

        /**
         * The last month up to which every month from the member's first basis is paid or exempt ("đã đóng đảng phí
         * đến tháng", written on transfer letters), or {@code null} when the first month is not; months after the
         * current one count only when paid in advance.
         */
        public @Nullable YearMonth paidUpTo(UUID id) {
            List<FeeBasis> own = bases(id);
            if (own.isEmpty()) {
                return null;
            }
            YearMonth limit = YearMonth.from(today).plusMonths(PREPAID_MONTHS);
            YearMonth last = null;
            for (YearMonth m = own.get(0).fromMonth(); !m.isAfter(limit); m = m.plusMonths(1)) {
                FeePolicy.Due due = due(id, m);
                FeeStatus status = FeePolicy.status(due, paid(id, m), true);
                if (status != FeeStatus.PAID && status != FeeStatus.EXEMPT) {
                    break;
                }
                // months to come count only when actually paid in advance, not for an exemption running on
                if (m.isAfter(YearMonth.from(today)) && status != FeeStatus.PAID) {
                    break;
                }
                last = m;
            }
            return last;
        }
    }

    /** Loads the members' fee data, with their 50-year dates computed within {@code scope} (optionally a subtree). */
    public Loaded load(Collection<UUID> ids, OrgScope scope, @Nullable String subtreePath, LocalDate today) {
        return new Loaded(ids, fiftyYears(scope, subtreePath, today).dates(), today);
    }

    /** Loads the members' fee data with 50-year dates found before by {@link #fiftyYears}. */
    public Loaded load(Collection<UUID> ids, FiftyYears fifty, LocalDate today) {
        return new Loaded(ids, fifty.dates(), today);
    }

    /**
     * The members of 50 years' membership or more by the book's horizon (exempt from the month they reach it, Art. 5),
     * with their cell and status: the exemption the set-based figures of {@link FeeStore} leave out.
     *
     * @param dates the day each reaches 50 years
     * @param members the members
     */
    public record FiftyYears(Map<UUID, LocalDate> dates, Map<UUID, AgedMember> members) {

        /** The first month exempt by age, if the member is one of them. */
        public @Nullable YearMonth exemptFrom(UUID id) {
            LocalDate on = dates.get(id);
            return on == null ? null : YearMonth.from(on);
        }
    }

    /** Loads one member's fee data. */
    public Loaded loadOne(UUID id, OrgScope scope, LocalDate today) {
        Map<UUID, LocalDate> fifty = new HashMap<>();
        LocalDate asOf = horizon(today);
        try {
            AgedMember aged = ages.of(id, asOf, scope);
            if (aged.age().official() && aged.age().totalMonths() >= FeePolicy.FIFTY_YEARS_MONTHS) {
                fifty.put(id, aged.age().reachesOn(FeePolicy.FIFTY_YEARS_MONTHS));
            }
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            // a record without an admission decision has no membership age: no exemption by age
        }
        return new Loaded(List.of(id), fifty, today);
    }

    /** The members of 50 years' membership within {@code scope} (optionally a subtree), found in SQL by admission. */
    public FiftyYears fiftyYears(OrgScope scope, @Nullable String subtreePath, LocalDate today) {
        LocalDate asOf = horizon(today);
        LocalDate admittedBy = asOf.minusYears(50);
        AgeWindows windows =
                new AgeWindows(List.of(new AgeWindows.Range(LocalDate.of(1900, 1, 1), admittedBy)), admittedBy, asOf);
        Map<UUID, LocalDate> result = new HashMap<>();
        Map<UUID, AgedMember> members = new HashMap<>();
        for (AgedMember aged : ages.within(windows, scope, subtreePath, asOf)) {
            if (aged.age().official() && aged.age().totalMonths() >= FeePolicy.FIFTY_YEARS_MONTHS) {
                result.put(aged.memberId(), aged.age().reachesOn(FeePolicy.FIFTY_YEARS_MONTHS));
                members.put(aged.memberId(), aged);
            }
        }
        return new FiftyYears(result, members);
    }

    private static LocalDate horizon(LocalDate today) {
        return YearMonth.from(today).plusMonths(PREPAID_MONTHS).atEndOfMonth();
    }
}
