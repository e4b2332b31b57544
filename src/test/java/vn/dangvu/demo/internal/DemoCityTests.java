package vn.dangvu.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dangvu.demo.DemoLogin;
import vn.dangvu.demo.DemoSize;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.shared.Role;

class DemoCityTests {

    private static final LocalDate REFERENCE = LocalDate.of(2025, 10, 15);
    private static final DemoTree.Root ROOT = new DemoTree.Root(1, "HN", "/1/", 0);

    @Test
    void namesAreNfcVietnameseWithDiacritics() {
        SplittableRandom random = new SplittableRandom(1);
        List<String> names = IntStream.range(0, 20_000)
                .mapToObj(i -> PersonNames.next(random, i % 2 == 0))
                .toList();

        assertThat(names).allSatisfy(name -> {
            assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).isTrue();
            assertThat(name.split(" ")).hasSizeBetween(3, 4);
            assertThat(name).matches("(\\p{Lu}\\p{Ll}* )+\\p{Lu}\\p{Ll}*");
        });
        assertThat(names.stream().filter(name -> !name.equals(Normalizer.normalize(name, Normalizer.Form.NFD))))
                .hasSizeGreaterThan(names.size() * 9 / 10);
        assertThat(share(names, name -> name.startsWith("Nguyễn "))).isCloseTo(0.38, within(0.02));
        List<String> women = IntStream.range(0, names.size())
                .filter(i -> i % 2 == 0)
                .mapToObj(names::get)
                .toList();
        assertThat(share(women, name -> name.contains(" Thị "))).isCloseTo(0.5, within(0.02));
        assertThat(new HashSet<>(names)).hasSizeGreaterThan(5_000);
    }

    @Test
    void citizenIdsHaveTheShapeOfAHanoiCard() {
        assertThat(CitizenIds.of(false, LocalDate.of(1985, 3, 2), 42)).isEqualTo("001085000042");
        assertThat(CitizenIds.of(true, LocalDate.of(1985, 3, 2), 42)).isEqualTo("001185000042");
        assertThat(CitizenIds.of(false, LocalDate.of(2003, 1, 9), 123_456)).isEqualTo("001203123456");
        assertThat(CitizenIds.of(true, LocalDate.of(2003, 1, 9), 999_999)).isEqualTo("001303999999");
        assertThat(CitizenIds.fits("001303999999", true, LocalDate.of(2003, 1, 9)))
                .isTrue();
        assertThat(CitizenIds.fits("001203999999", true, LocalDate.of(2003, 1, 9)))
                .isFalse();
    }

    /** REGULATIONS §3.2 (18–60 full years at admission) and §3.4 (official 12 months after the ceremony). */
    @Test
    void admissionDatesFollowTheRules() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            int age = 19 + random.nextInt(73);
            LocalDate birth = REFERENCE.minusYears(age).minusDays(random.nextInt(365));
            if (MemberDates.canBeOfficial(birth, REFERENCE)) {
                MemberDates.Dates dates = MemberDates.official(birth, REFERENCE, random);
                assertThat(MemberDates.admissibleAge(birth, dates.admittedOn())).isTrue();
                assertThat(dates.ceremony())
                        .isBetween(
                                dates.admittedOn().plusDays(5),
                                dates.admittedOn().plusDays(25));
                assertThat(dates.officialOn())
                        .isEqualTo(dates.ceremony().plusMonths(12))
                        .isBeforeOrEqualTo(REFERENCE);
            }
            if (MemberDates.canBeProbationary(birth, REFERENCE)) {
                MemberDates.Dates dates = MemberDates.probationary(birth, REFERENCE, random);
                assertThat(MemberDates.admissibleAge(birth, dates.admittedOn())).isTrue();
                assertThat(dates.admittedOn()).isAfter(REFERENCE.minusMonths(12));
                assertThat(dates.ceremony()).isBeforeOrEqualTo(REFERENCE);
                assertThat(dates.officialOn()).isNull();
            }
        }
    }

    @Test
    void admissibleAgeIsCountedInFullYears() {
        LocalDate birth = LocalDate.of(2000, 5, 20);
        assertThat(MemberDates.admissibleAge(birth, LocalDate.of(2018, 5, 19))).isFalse();
        assertThat(MemberDates.admissibleAge(birth, LocalDate.of(2018, 5, 20))).isTrue();
        assertThat(MemberDates.admissibleAge(birth, LocalDate.of(2061, 5, 19))).isTrue();
        assertThat(MemberDates.admissibleAge(birth, LocalDate.of(2061, 5, 20))).isFalse();
    }

    @Test
    void membersFollowTheBaselineDistributions() {
        DemoMembers people = new DemoMembers(new SplittableRandom(3), REFERENCE);
        List<DemoMembers.Row> rows =
                IntStream.range(0, 50_000).mapToObj(i -> people.next(9)).toList();

        Map<MemberStatus, Long> statuses = rows.stream()
                .collect(Collectors.groupingBy(
                        DemoMembers.Row::status, () -> new EnumMap<>(MemberStatus.class), Collectors.counting()));
        assertThat(statuses.get(MemberStatus.PROBATIONARY) / 50_000.0).isCloseTo(0.035, within(0.006));
        assertThat(statuses.get(MemberStatus.OFFICIAL) / 50_000.0).isCloseTo(0.86, within(0.015));
        assertThat(statuses.get(MemberStatus.EXEMPTED) / 50_000.0).isCloseTo(0.06, within(0.01));
        assertThat(statuses.get(MemberStatus.IN_TRANSIT) / 50_000.0).isCloseTo(0.02, within(0.004));
        assertThat((statuses.get(MemberStatus.DECEASED) + statuses.get(MemberStatus.REMOVED)) / 50_000.0)
                .isCloseTo(0.015, within(0.004));
        assertThat(share(rows, DemoMembers.Row::female)).isCloseTo(0.38, within(0.01));
        assertThat(share(rows, row -> age(row) > 60)).isCloseTo(0.28, within(0.01));
        assertThat(share(rows, row -> row.ethnicity().name().equals("KINH"))).isCloseTo(0.88, within(0.01));
        assertThat(rows).allSatisfy(row -> {
            assertThat(age(row)).isBetween(19, 91);
            assertThat(row.cardNumber()).matches("[1-9]\\d{7}");
            assertThat(CitizenIds.fits(row.citizenId(), row.female(), row.birthDate()))
                    .isTrue();
            assertThat(row.phone()).matches("0[938]\\d{8}");
            assertThat(MemberDates.admissibleAge(row.birthDate(), row.admittedOn()))
                    .isTrue();
        });
        assertThat(rows.stream().map(DemoMembers.Row::cardNumber).distinct()).hasSize(rows.size());
        assertThat(rows.stream().map(DemoMembers.Row::citizenId).distinct()).hasSize(rows.size());
        assertThat(share(
                        rows.stream()
                                .filter(row -> row.status() == MemberStatus.EXEMPTED)
                                .toList(),
                        row -> age(row) > 60))
                .isGreaterThan(0.7);
    }

    @ParameterizedTest
    // NATIONAL is 34 such cities under a national root, planned by the benchmark loader (bench/search.sh) only
    @EnumSource(value = DemoSize.class, names = "NATIONAL", mode = EnumSource.Mode.EXCLUDE)
    void planHasTheShapeOfTheCity(DemoSize size) {
        List<DemoTree.Unit> units = DemoTree.plan(size, ROOT, 2, new SplittableRandom(20251015));
        Map<Long, DemoTree.Unit> byId = units.stream().collect(Collectors.toMap(DemoTree.Unit::id, u -> u));
        Map<OrgUnitKind, Long> kinds = units.stream()
                .collect(Collectors.groupingBy(
                        DemoTree.Unit::kind, () -> new EnumMap<>(OrgUnitKind.class), Collectors.counting()));

        assertThat(kinds.get(OrgUnitKind.COMMUNE)).isEqualTo(size.communes());
        assertThat(kinds.get(OrgUnitKind.SECTORAL)).isEqualTo(size.sectoral());
        assertThat(kinds.get(OrgUnitKind.GRASSROOTS_COMMITTEE) + kinds.get(OrgUnitKind.GRASSROOTS_CELL))
                .isEqualTo(size.grassroots());
        assertThat(kinds.get(OrgUnitKind.CELL).doubleValue()).isCloseTo(size.cells(), within(size.cells() * 0.1));
        assertThat(kinds).containsKeys(OrgUnitKind.PARTIAL_COMMITTEE);
        assertThat(units.stream().mapToInt(DemoTree.Unit::members).sum()).isEqualTo(size.members());
        assertThat(units.stream().map(DemoTree.Unit::code).distinct()).hasSize(units.size());
        assertThat(units).allSatisfy(unit -> {
            String parentKind = unit.parentId() == ROOT.id()
                    ? "PROVINCIAL"
                    : byId.get(unit.parentId()).kind().name();
            assertThat(NestingRules.allows(parentKind, unit.kind().name()))
                    .as(unit.code())
                    .isTrue();
            assertThat(unit.members() > 0).isEqualTo(unit.kind().holdsMembers());
            if (unit.kind() == OrgUnitKind.GRASSROOTS_CELL) {
                assertThat(unit.members()).isBetween(DemoTree.CELL_MIN, DemoTree.COMMITTEE_MIN - 1);
            }
            if (unit.kind() == OrgUnitKind.CELL) {
                assertThat(unit.members()).isGreaterThanOrEqualTo(DemoTree.CELL_MIN);
            }
            assertThat(Normalizer.isNormalized(unit.name(), Normalizer.Form.NFC))
                    .isTrue();
        });
    }

    @Test
    void sameSeedGivesTheSamePlan() {
        assertThat(DemoTree.plan(DemoSize.SMALL, ROOT, 2, new SplittableRandom(5)))
                .isEqualTo(DemoTree.plan(DemoSize.SMALL, ROOT, 2, new SplittableRandom(5)))
                .isNotEqualTo(DemoTree.plan(DemoSize.SMALL, ROOT, 2, new SplittableRandom(6)));
    }

    @Test
    void apportionKeepsTheTotalAndTheMinimum() {
        int[] parts = Draw.apportion(100, new double[] {1, 1, 1, 10}, 5);
        assertThat(IntStream.of(parts).sum()).isEqualTo(100);
        assertThat(parts).containsExactly(11, 11, 11, 67);
    }

    @Test
    void bannerNamesEveryRoleAndTheUrl() {
        String banner = DemoCityRunner.banner(
                8080,
                List.of(
                        new DemoLogin(Role.MEMBER, "12345678", "demo-2026"),
                        new DemoLogin(Role.CELL_SECRETARY, "bithu", "demo-2026")));

        assertThat(banner)
                .contains("http://localhost:8080/")
                .contains("http://localhost:8080/handbook")
                .containsPattern("Đảng viên \\(MEMBER\\) +12345678 +demo-2026")
                .containsPattern("Bí thư chi bộ \\(CELL_SECRETARY\\) +bithu +demo-2026")
                .contains("admin", "DANGVU_ADMIN_PASSWORD");
    }

    private static int age(DemoMembers.Row row) {
        return Period.between(row.birthDate(), REFERENCE).getYears();
    }

    private static <T> double share(List<T> values, java.util.function.Predicate<T> test) {
        return values.stream().filter(test).count() / (double) values.size();
    }
}
