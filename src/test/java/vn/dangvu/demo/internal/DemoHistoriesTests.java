package vn.dangvu.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangvu.demo.DemoSize;
import vn.dangvu.member.LifecycleEventKind;
import vn.dangvu.member.LifecycleProjection;
import vn.dangvu.member.LifecycleReplay;
import vn.dangvu.member.MemberStatus;

/**
 * The demo city's lifecycle histories (REGULATIONS §3–4): each one replays through the lifecycle policy again, with
 * the helpers' and introducers' statuses read from the other histories, to the same rows; the mix of statuses, steps
 * and pending deadlines is that of a real city.
 */
class DemoHistoriesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final DemoTree.Root ROOT = new DemoTree.Root(1, "HN", "/1/", 0);

    private static List<DemoHistories.Life> small;
    private static List<LocalDate> occasions;

    @BeforeAll
    static void generateSmallCity() {
        small = generate(DemoSize.SMALL, 20251015);
    }

    @Test
    void everyHistoryReplaysThroughThePolicyToTheSameRows() {
        List<DemoHistories.Life> tiny = generate(DemoSize.TINY, 7);
        for (List<DemoHistories.Life> city : List.of(tiny, small)) {
            Map<UUID, List<LifecycleReplay.Step>> timelines = new HashMap<>();
            city.forEach(life -> timelines.put(life.row().id(), life.history().steps()));
            LifecycleReplay.Named named = (id, day) -> statusOn(timelines.get(id), day);
            LifecycleReplay again = new LifecycleReplay(DemoHistoriesTests::weekdays);

            assertThat(city).allSatisfy(life -> {
                List<LifecycleReplay.Step> steps = life.history().steps();
                LifecycleReplay.Replayed replayed = again.replay(
                        life.entry(),
                        steps.subList(1, steps.size()).stream()
                                .map(LifecycleReplay.Step::step)
                                .toList(),
                        named,
                        TODAY);
                assertThat(replayed).isEqualTo(life.history());
            });
        }
    }

    @Test
    void statusesHaveTheShareOfTheBaseline() {
        List<DemoHistories.Life> members =
                small.stream().filter(l -> l.cardNumber() != null).toList();
        Map<MemberStatus, Long> statuses = small.stream()
                .collect(Collectors.groupingBy(
                        DemoHistories.Life::status, () -> new EnumMap<>(MemberStatus.class), Collectors.counting()));

        assertThat(members).hasSize(DemoSize.SMALL.members());
        assertThat(share(members, s -> s == MemberStatus.OFFICIAL)).isCloseTo(0.86, within(0.02));
        assertThat(share(members, s -> s == MemberStatus.PROBATIONARY)).isCloseTo(0.035, within(0.008));
        assertThat(share(members, s -> s == MemberStatus.EXEMPTED)).isCloseTo(0.06, within(0.015));
        assertThat(share(members, s -> s == MemberStatus.IN_TRANSIT)).isCloseTo(0.017, within(0.005));
        assertThat(share(members, s -> s == MemberStatus.DECEASED)).isCloseTo(0.01, within(0.005));
        assertThat(share(members, MemberStatus::isTerminal)).isCloseTo(0.015, within(0.005));
        assertThat(statuses).containsKeys(MemberStatus.values());
        int cells = (int) DemoTree.plan(DemoSize.SMALL, ROOT, 2, new SplittableRandom(1)).stream()
                .filter(u -> u.kind().holdsMembers())
                .count();
        // a few candidates per ten cells in every stage
        for (MemberStatus stage : List.of(
                MemberStatus.OUTSTANDING_MASS,
                MemberStatus.SYMPATHISER,
                MemberStatus.VERIFYING,
                MemberStatus.PROPOSED,
                MemberStatus.ADMITTED)) {
            assertThat(statuses.get(stage).doubleValue() / cells)
                    .as(stage.name())
                    .isBetween(0.1, 0.7);
        }
        assertThat(statuses.get(MemberStatus.EXPELLED)).isPositive();
        assertThat(statuses.get(MemberStatus.LEFT)).isPositive();
        assertThat(statuses.get(MemberStatus.TRANSFERRED_AWAY)).isPositive();
    }

    @Test
    void everyKindOfStepHappensAndFewAreLate() {
        Map<LifecycleEventKind, Long> kinds = small.stream()
                .flatMap(l -> l.history().steps().stream())
                .collect(Collectors.groupingBy(
                        s -> s.step().kind(), () -> new EnumMap<>(LifecycleEventKind.class), Collectors.counting()));
        Set<LifecycleEventKind> notGenerated = EnumSet.of(
                LifecycleEventKind.RECORDED,
                LifecycleEventKind.UNIT_REORGANISED,
                LifecycleEventKind.ANNULMENT,
                LifecycleEventKind.TRANSFER_CANCELLED,
                LifecycleEventKind.EXEMPTION_ENDED);

        assertThat(kinds.keySet()).containsAll(EnumSet.complementOf(EnumSet.copyOf(notGenerated)));
        long steps = kinds.values().stream().mapToLong(Long::longValue).sum();
        long late = small.stream()
                .flatMap(l -> l.history().steps().stream())
                .filter(LifecycleReplay.Step::late)
                .count();
        assertThat(late / (double) steps).isBetween(0.002, 0.03);
        assertThat(small.stream().flatMap(l -> l.history().steps().stream()).filter(LifecycleReplay.Step::late))
                .allSatisfy(s -> assertThat(s.step().lateReason()).isNotBlank());
        assertThat(kinds.get(LifecycleEventKind.TRANSFER_RECEIVED)).isGreaterThan(DemoSize.SMALL.members() / 30);
        assertThat(kinds.get(LifecycleEventKind.READMITTED)).isBetween(1L, 50L);
    }

    /** Charter Art. 4–5, QĐ 294 §3.1, §4.2; HD 12/2022 (course valid 5 years). */
    @Test
    void admissionsFollowTheRulesAcrossTheDecades() {
        Map<Integer, Long> decades = new HashMap<>();
        for (DemoHistories.Life life : small) {
            LifecycleProjection p = life.history().projection();
            LocalDate birth = life.row().birthDate();
            for (LifecycleReplay.Step step : life.history().steps()) {
                if (step.step().kind() == LifecycleEventKind.ADMISSION_PROPOSED) {
                    long months = ChronoUnit.MONTHS.between(birth, step.effectiveDate());
                    assertThat(months).isBetween(18L * 12, 60L * 12 + 11);
                    assertThat(step.effectiveDate())
                            .isBefore(p.courseCertificateOn().plusYears(5));
                }
                if (step.step().kind() == LifecycleEventKind.OFFICIAL_RECOGNISED) {
                    assertThat(step.effectiveDate()).isAfterOrEqualTo(LocalDate.of(1940, 1, 1));
                }
            }
            if (p.status() == MemberStatus.OFFICIAL && p.readmittedOn() == null) {
                assertThat(p.officialOn()).isEqualTo(p.ceremonyDate().plusMonths(12));
            }
            if (p.firstAdmittedOn() != null) {
                decades.merge(p.firstAdmittedOn().getYear() / 10 * 10, 1L, Long::sum);
            }
            long readmissions = life.history().steps().stream()
                    .filter(s -> s.step().kind() == LifecycleEventKind.READMITTED)
                    .count();
            assertThat(readmissions).isLessThanOrEqualTo(1);
        }
        assertThat(decades.keySet()).contains(1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020);
    }

    /** HD 01-HD/TW 2021 §18: every milestone from 30 to 75 years reached around one of the next award occasions. */
    @Test
    void membersReachBadgeMilestonesAroundTheNextOccasions() {
        LocalDate last = occasions.get(occasions.size() - 1);
        for (int milestone : DemoHistories.MILESTONES) {
            long reaching = small.stream()
                    .filter(l -> l.status() == MemberStatus.OFFICIAL || l.status() == MemberStatus.EXEMPTED)
                    .map(l -> l.history().projection().firstAdmittedOn())
                    .filter(admitted -> admitted != null
                            && !admitted.plusYears(milestone).isBefore(TODAY.minusDays(60))
                            && !admitted.plusYears(milestone).isAfter(last))
                    .count();
            assertThat(reaching).as("%d years", milestone).isPositive();
        }
    }

    /** Members in transit and probation pending recognition, on time and overdue, in every committee. */
    @Test
    void everyCommitteeHasPendingDeadlinesOnTimeAndOverdue() {
        List<DemoTree.Unit> units =
                DemoTree.plan(DemoSize.TINY, ROOT, 2, tinyRandoms().tree());
        Map<Long, Long> topOf = new HashMap<>();
        units.forEach(u -> topOf.put(u.id(), Long.parseLong(u.path().split("/")[2])));
        Map<Long, Set<String>> kinds = new HashMap<>();
        for (DemoHistories.Life life : generate(DemoSize.TINY, 11)) {
            LifecycleProjection p = life.history().projection();
            String kind = switch (p.status()) {
                case PROPOSED -> "decision" + overdue(p.proposedOn(), 60);
                case ADMITTED -> "ceremony" + overdue(p.admittedOn(), 30);
                case IN_TRANSIT -> "transit" + overdue(p.transitSince(), 30);
                case PROBATIONARY ->
                    p.ceremonyDate().plusMonths(12).isAfter(TODAY)
                            ? "probation"
                            : "recognition" + overdue(p.ceremonyDate().plusMonths(12), 30);
                default -> null;
            };
            if (kind != null) {
                kinds.computeIfAbsent(topOf.get(p.orgUnitId()), t -> new java.util.TreeSet<>())
                        .add(kind);
            }
        }
        assertThat(kinds).hasSize(DemoSize.TINY.communes() + DemoSize.TINY.sectoral());
        assertThat(kinds.values())
                .allSatisfy(k -> assertThat(k)
                        .contains(
                                "decision overdue",
                                "ceremony",
                                "probation",
                                "recognition",
                                "recognition overdue",
                                "transit overdue"));
    }

    @Test
    void theSameSeedGivesTheSameHistories() {
        assertThat(generate(DemoSize.TINY, 3)).isEqualTo(generate(DemoSize.TINY, 3));
    }

    private record Randoms(SplittableRandom tree, SplittableRandom members, SplittableRandom history) {}

    private static Randoms tinyRandoms() {
        return randoms(11);
    }

    /** The streams as {@link DemoCity#generate} splits them. */
    private static Randoms randoms(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom tree = random.split();
        SplittableRandom members = random.split();
        random.split();
        return new Randoms(tree, members, random.split());
    }

    /** The members and candidates of a city, as {@link DemoCity#generate} draws them. */
    static List<DemoHistories.Life> generate(DemoSize size, long seed) {
        Randoms randoms = randoms(seed);
        List<DemoTree.Unit> units = DemoTree.plan(size, ROOT, 2, randoms.tree());
        DemoMembers people = new DemoMembers(randoms.members(), TODAY);
        DemoHistories histories = new DemoHistories(
                randoms.history(), TODAY, units, new LifecycleReplay(DemoHistoriesTests::weekdays), people);
        occasions = histories.occasions();
        List<DemoHistories.Life> lives = new ArrayList<>();
        for (DemoTree.Unit unit : units) {
            List<DemoMembers.Row> rows = new ArrayList<>();
            for (int i = 0; i < unit.members(); i++) {
                rows.add(people.next(unit.id()));
            }
            if (!rows.isEmpty()) {
                lives.addAll(histories.cell(unit, rows));
            }
        }
        return lives;
    }

    private static String overdue(LocalDate since, int workingDays) {
        return weekdays(since, workingDays).isBefore(TODAY) ? " overdue" : "";
    }

    private static MemberStatus statusOn(List<LifecycleReplay.Step> steps, LocalDate day) {
        MemberStatus status = null;
        if (steps == null) {
            return null;
        }
        for (LifecycleReplay.Step step : steps) {
            if (!step.effectiveDate().isAfter(day)) {
                status = step.statusAfter();
            }
        }
        return status;
    }

    private static double share(List<DemoHistories.Life> lives, Predicate<MemberStatus> test) {
        return lives.stream().filter(l -> test.test(l.status())).count() / (double) lives.size();
    }

    /** Working days without holidays: Monday to Friday. */
    static LocalDate weekdays(LocalDate start, int n) {
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }
}
