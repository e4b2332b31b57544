package vn.dangvu.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.DangVuApplication;
import vn.dangvu.election.CandidateSource;
import vn.dangvu.election.CreateElection;
import vn.dangvu.election.ElectedBody;
import vn.dangvu.election.ElectionManagement;
import vn.dangvu.election.ElectionOccasion;
import vn.dangvu.election.ElectionView;
import vn.dangvu.election.Elections;
import vn.dangvu.election.ElectronicVoting;
import vn.dangvu.election.VoterExclusion;
import vn.dangvu.election.VoterKind;
import vn.dangvu.election.VotingCode;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.RoleGrant;

/**
 * The electronic-voting benchmark (issue 6, point 7): on a fresh PostgreSQL database with the TINY demo city, starts
 * the application in this JVM, prepares a delegates' congress of 550 delegates electing a 75-seat committee from 85
 * names, issues the 550 one-time codes, and has every delegate cast a ballot at once through {@link ElectronicVoting}
 * (the service behind {@code POST /api/v1/elections/{id}/e-ballot}: token check, the one-time use, the ballot row) from
 * {@code bench.threads} threads; then replays 50 used codes (each must be refused), closes the vote and times the
 * tally ({@link Elections#managedView}, which counts every ballot) and the announcement. Checks: 550 used codes, 550
 * ballot rows, no refusal of a first vote, no second vote. Prints a Markdown table. Not a test: run by {@code
 * bench/election.sh}.
 */
public final class ElectionBenchmark {

    private static final int DELEGATES = 550;
    private static final int SEATS = 75;
    private static final int NAMES = 85;

    private ElectionBenchmark() {}

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/dangvu_election");
        int threads = Integer.getInteger("bench.threads", 16);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DangVuApplication.class)
                .profiles("postgres")
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + System.getProperty("bench.user", "postgres"),
                        "--server.port=0",
                        "--dangvu.demo.enabled=true",
                        "--dangvu.demo.size=TINY",
                        "--dangvu.reports.count-at-start=false",
                        "--logging.level.root=WARN")) {
            ElectionManagement management = context.getBean(ElectionManagement.class);
            Elections elections = context.getBean(Elections.class);
            ElectronicVoting voting = context.getBean(ElectronicVoting.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long root = jdbc.sql("SELECT id FROM org_unit WHERE parent_id IS NULL ORDER BY id LIMIT 1")
                    .query(Long.class)
                    .single();
            String rootPath = jdbc.sql("SELECT path FROM org_unit WHERE id = :id")
                    .param("id", root)
                    .query(String.class)
                    .single();
            Actor staff = new Actor(
                    UUID.randomUUID(),
                    "bench",
                    null,
                    null,
                    List.of(new RoleGrant(Role.CITY_ORGANISATION, root, rootPath)));
            UUID id = management.create(
                    new CreateElection(
                            root,
                            "Bầu Ban Chấp hành Đảng bộ Thành phố (benchmark)",
                            ElectionOccasion.DELEGATES_CONGRESS,
                            ElectedBody.EXECUTIVE_COMMITTEE,
                            SEATS,
                            LocalDate.now(),
                            false),
                    staff);
            List<UUID> members = new ArrayList<>();
            List<ElectionManagement.VoterInput> roll = new ArrayList<>();
            for (int i = 0; i < DELEGATES; i++) {
                UUID member = UUID.randomUUID();
                members.add(member);
                roll.add(new ElectionManagement.VoterInput(
                        member, "Đại biểu " + (i + 1), VoterKind.OFFICIAL_DELEGATE, VoterExclusion.NONE, true, i < 2));
            }
            management.replaceVoters(id, roll, version(elections, id, staff), staff);
            List<ElectionManagement.CandidateInput> list = new ArrayList<>();
            for (int i = 0; i < NAMES; i++) {
                list.add(new ElectionManagement.CandidateInput(
                        null, "Ứng cử viên " + (i + 1), CandidateSource.CONVENING, null));
            }
            management.replaceCandidates(id, list, version(elections, id, staff), staff);
            management.adoptList(id, version(elections, id, staff), staff);
            long t0 = System.nanoTime();
            List<VotingCode> codes = voting.issue(id, staff);
            double issueSeconds = (System.nanoTime() - t0) / 1e9;
            management.openVoting(id, DELEGATES, version(elections, id, staff), staff);
            Map<String, UUID> memberOfVoter = new ConcurrentHashMap<>();
            ElectionView view = elections.managedView(id, staff);
            view.voters().forEach(v -> memberOfVoter.put(v.id().toString(), v.memberId()));

            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger refused = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < codes.size(); i++) {
                VotingCode code = codes.get(i);
                String marks = marks(new SplittableRandom(i));
                UUID member = memberOfVoter.get(code.voterId().toString());
                futures.add(pool.submit(() -> {
                    long s = System.nanoTime();
                    try {
                        voting.cast(id, code.code(), marks, voter(member, root, rootPath));
                    } catch (DomainException e) {
                        refused.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - s);
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double castSeconds = (System.nanoTime() - start) / 1e9;
            AtomicInteger doubles = new AtomicInteger();
            futures.clear();
            for (int i = 0; i < 50; i++) {
                VotingCode code = codes.get(i * 11);
                UUID member = memberOfVoter.get(code.voterId().toString());
                futures.add(pool.submit(() -> {
                    try {
                        voting.cast(id, code.code(), "K".repeat(NAMES), voter(member, root, rootPath));
                        doubles.incrementAndGet();
                    } catch (DomainException e) {
                        // refused, as it must be
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            long used = jdbc.sql("SELECT COUNT(*) FROM election_token WHERE election_id = :e AND used")
                    .param("e", id)
                    .query(Long.class)
                    .single();
            long ballots = jdbc.sql("""
                            SELECT COUNT(*) FROM election_evote b JOIN election_round r ON r.id = b.round_id
                             WHERE r.election_id = :e""").param("e", id).query(Long.class).single();
            management.closeVoting(id, 0, version(elections, id, staff), staff);
            List<Long> tallies = new ArrayList<>();
            ElectionView counted = null;
            for (int i = 0; i < 5; i++) {
                long s = System.nanoTime();
                counted = elections.managedView(id, staff);
                tallies.add(System.nanoTime() - s);
            }
            long s = System.nanoTime();
            management.announce(id, version(elections, id, staff), staff);
            double announceMs = (System.nanoTime() - s) / 1e6;
            int elected = (int) elections.managedView(id, staff).rounds().get(0).results().stream()
                    .filter(r -> r.elected())
                    .count();
            List<Long> baseline = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long b = System.nanoTime();
                jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE id = :id")
                        .param("id", root)
                        .query(Long.class)
                        .single();
                baseline.add(System.nanoTime() - b);
            }
            Collections.sort(baseline);
            Collections.sort(latencies);
            Collections.sort(tallies);
            System.out.println("| What | Result |");
            System.out.println("|---|---|");
            row(
                    "baseline: one-row read, p50 / max (20 runs)",
                    "%.2f / %.2f ms".formatted(ms(baseline, 0.5), ms(baseline, 1.0)));
            row("codes issued (550)", "%.2f s".formatted(issueSeconds));
            row("550 ballots cast, " + threads + " threads", "**%.1f s** wall".formatted(castSeconds));
            row(
                    "cast latency p50 / p95 / max",
                    "%.0f / %.0f / %.0f ms".formatted(ms(latencies, 0.5), ms(latencies, 0.95), ms(latencies, 1.0)));
            row("first votes refused", Integer.toString(refused.get()));
            row("used codes / ballot rows", used + " / " + ballots);
            row("second votes accepted (50 replays)", Integer.toString(doubles.get()));
            row("tally p50 / max (5 runs)", "**%.0f ms** / %.0f ms".formatted(ms(tallies, 0.5), ms(tallies, 1.0)));
            row(
                    "valid ballots counted",
                    Integer.toString(counted.rounds().get(0).valid()));
            row("announce", "%.0f ms; %d elected".formatted(announceMs, elected));
        }
    }

    private static Actor voter(UUID member, long root, String rootPath) {
        return new Actor(
                UUID.randomUUID(), "dai-bieu", member, root, List.of(new RoleGrant(Role.MEMBER, root, rootPath)));
    }

    /** A ballot striking 10 to 30 of the 85 names (so at most 75 kept). */
    private static String marks(SplittableRandom random) {
        char[] marks = "K".repeat(NAMES).toCharArray();
        int strike = 10 + random.nextInt(21);
        int struck = 0;
        while (struck < strike) {
            int i = random.nextInt(NAMES);
            if (marks[i] == 'K') {
                marks[i] = 'S';
                struck++;
            }
        }
        return new String(marks);
    }

    private static long version(Elections elections, UUID id, Actor staff) {
        return elections.managedView(id, staff).version();
    }

    private static double ms(List<Long> sorted, double q) {
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    private static void row(String what, String result) {
        System.out.println("| " + what + " | " + result + " |");
    }
}
