package vn.dangvu.demo.internal;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.dangvu.member.Ethnicity;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.shared.text.VietnameseText;

/**
 * Draws demo members with the distributions of PERF-BASELINE §2: 38 % women; 28 % retirees aged 61–91, the others
 * about N(40, 9) clipped to 19–60; 88 % Kinh; about 3.5 % probationary, 86 % official, 6 % exempted (mostly the old),
 * 2 % in transit, 1.5 % deceased or removed; dates by {@link MemberDates}; unique 8-digit card numbers and 12-digit
 * citizen IDs.
 */
final class DemoMembers {

    /** A member row as written to {@code member}. */
    record Row(
            UUID id,
            long cellId,
            String fullName,
            boolean female,
            LocalDate birthDate,
            Ethnicity ethnicity,
            MemberStatus status,
            LocalDate admittedOn,
            @Nullable LocalDate officialOn,
            String cardNumber,
            String citizenId,
            String phone,
            DemoProfiles.Profile profile) {

        String sex() {
            return female ? "F" : "M";
        }

        /** Living members who are not exempted use the handbook, so they get an account. */
        boolean getsAccount() {
            return status == MemberStatus.PROBATIONARY
                    || status == MemberStatus.OFFICIAL
                    || status == MemberStatus.IN_TRANSIT;
        }
    }

    private static final Draw.Weighted<Ethnicity> ETHNICITIES = new Draw.Weighted<>(
            List.of(
                    Ethnicity.KINH,
                    Ethnicity.MUONG,
                    Ethnicity.TAY,
                    Ethnicity.THAI,
                    Ethnicity.NUNG,
                    Ethnicity.DAO,
                    Ethnicity.HMONG,
                    Ethnicity.HOA,
                    Ethnicity.SAN_DIU,
                    Ethnicity.THO,
                    Ethnicity.SAN_CHAY,
                    Ethnicity.KHMER,
                    Ethnicity.GIAY,
                    Ethnicity.CHAM,
                    Ethnicity.KHO_MU),
            88,
            3,
            2.5,
            1.8,
            1.2,
            0.9,
            0.6,
            0.6,
            0.3,
            0.3,
            0.2,
            0.2,
            0.1,
            0.1,
            0.1);

    private static final Draw.Weighted<String> PHONE_PREFIXES = new Draw.Weighted<>(List.of("09", "03", "08"), 5, 3, 2);

    private static final java.util.regex.Pattern CARD = java.util.regex.Pattern.compile("\\d{8}");
    private static final int CARD_FROM = 10_000_000;
    private static final int CARD_SPAN = 90_000_000;

    private final SplittableRandom random;
    private final LocalDate referenceDate;
    private final BitSet cards = new BitSet(CARD_SPAN);
    private final Set<String> citizenIds = new HashSet<>();

    DemoMembers(SplittableRandom random, LocalDate referenceDate) {
        this.random = random;
        this.referenceDate = referenceDate;
    }

    /** Card numbers and citizen IDs already taken (by members that exist before the demo). */
    void reserve(@Nullable String cardNumber, @Nullable String citizenId) {
        if (cardNumber != null && CARD.matcher(cardNumber).matches() && Integer.parseInt(cardNumber) >= CARD_FROM) {
            cards.set(Integer.parseInt(cardNumber) - CARD_FROM);
        }
        if (citizenId != null) {
            citizenIds.add(citizenId);
        }
    }

    Row next(long cellId) {
        return next(cellId, null);
    }

    /** A member of the given age ({@code null}: drawn) in the cell. */
    Row next(long cellId, @Nullable Integer fixedAge) {
        UUID id = Draw.uuid(random);
        boolean female = Draw.chance(random, 0.38);
        String name = PersonNames.next(random, female);
        int age = fixedAge != null
                ? fixedAge
                : Draw.chance(random, 0.28)
                        ? 61 + (int) Math.floor(31 * Math.pow(random.nextDouble(), 1.6))
                        : (int) Math.round(Draw.clippedNormal(random, 40, 9, 19, 60));
        LocalDate birth = MemberDates.between(
                referenceDate.minusYears(age + 1L).plusDays(1), referenceDate.minusYears(age), random);
        MemberStatus status = status(age, random);
        if (status != MemberStatus.PROBATIONARY && !MemberDates.canBeOfficial(birth, referenceDate)) {
            status = MemberStatus.PROBATIONARY;
        }
        MemberDates.Dates dates = status == MemberStatus.PROBATIONARY
                ? MemberDates.probationary(birth, referenceDate, random)
                : MemberDates.official(birth, referenceDate, random);
        return new Row(
                id,
                cellId,
                name,
                female,
                birth,
                ETHNICITIES.next(random),
                status,
                dates.admittedOn(),
                dates.officialOn(),
                cardNumber(),
                citizenId(female, birth),
                PHONE_PREFIXES.next(random) + "%08d".formatted(random.nextInt(100_000_000)),
                DemoProfiles.draw(
                        random.split(),
                        name,
                        birth,
                        dates.admittedOn(),
                        dates.ceremony(),
                        dates.officialOn(),
                        referenceDate));
    }

    /**
     * The status by age: probation mostly for the young, exemption (old age, REGULATIONS §3.8) and death mostly for
     * retirees; the shares add up to those of PERF-BASELINE §2.
     */
    static MemberStatus status(int age, SplittableRandom random) {
        boolean retired = age > 60;
        double u = random.nextDouble();
        double probationary = retired ? 0 : age < 36 ? 0.10 : 0.023;
        double exempted = retired ? 0.17 : 0.017;
        double deceased = retired ? 0.03 : 0.002;
        double removed = 0.005;
        double transit = 0.02;
        if ((u -= probationary) < 0) {
            return MemberStatus.PROBATIONARY;
        }
        if ((u -= exempted) < 0) {
            return MemberStatus.EXEMPTED;
        }
        if ((u -= deceased) < 0) {
            return MemberStatus.DECEASED;
        }
        if ((u -= removed) < 0) {
            return MemberStatus.REMOVED;
        }
        return u - transit < 0 ? MemberStatus.IN_TRANSIT : MemberStatus.OFFICIAL;
    }

    private String cardNumber() {
        int n = random.nextInt(CARD_SPAN);
        while (cards.get(n)) {
            n = random.nextInt(CARD_SPAN);
        }
        cards.set(n);
        return Integer.toString(CARD_FROM + n);
    }

    private String citizenId(boolean female, LocalDate birth) {
        String id = CitizenIds.of(female, birth, random.nextInt(1_000_000));
        while (!citizenIds.add(id)) {
            id = CitizenIds.of(female, birth, random.nextInt(1_000_000));
        }
        return id;
    }

    static String searchName(Row row) {
        return VietnameseText.searchKey(row.fullName());
    }

    static String sortKey(Row row) {
        return VietnameseText.nameSortKey(row.fullName());
    }
}
