package vn.dangvu.member.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.calendar.WorkingDays;
import vn.dangvu.member.AgeWindows;
import vn.dangvu.member.AgedMember;
import vn.dangvu.member.LifecycleEventKind;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.SqlFragment;

/**
 * Membership ages read from the member rows and their current lifecycle steps. Lists narrow the rows in SQL on the
 * first admission date ({@link AgeWindows}, served by {@code member_first_admitted_idx}); the exact count, gaps
 * included, is {@link MembershipAgePolicy}'s, and only the narrowed members with a gap have their steps read.
 */
@Component
public class MembershipAgeQueries {

    /**
     * Steps that open or close a gap or end the count. On PostgreSQL the index of steps by kind holds only these and
     * the reorganisation steps (V134: the admission pipeline's steps, most of the history, are never looked up by
     * kind), so the list queries below name them as literals, which the planner can match to the index's condition
     * whatever plan it keeps for the statement; {@code KindIndexPostgresIntegrationTests} holds the two together.
     */
    static final List<String> STEP_KINDS = List.of(
            "REMOVED",
            "EXPELLED",
            "LEFT",
            "READMITTED",
            "TRANSFER_OUT",
            "TRANSFER_RECEIVED",
            "TRANSFER_CANCELLED",
            "TRANSFER_DEPARTED",
            "DIED");

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;
    private final MemberQueries members;
    private final WorkingDays workingDays;
    private final MembershipAgeProperties properties;

    MembershipAgeQueries(
            JdbcClient jdbc,
            OrgUnits orgUnits,
            MemberQueries members,
            WorkingDays workingDays,
            MembershipAgeProperties properties) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.members = members;
        this.workingDays = workingDays;
        this.properties = properties;
    }

    /** Whether the member lies in the scope (404 when not). */
    public void requireVisible(UUID id, OrgScope scope) {
        if (members.find(id, scope).isEmpty()) {
            throw DomainException.notFound("member.not-found", id);
        }
    }

    /** The member's age on {@code asOf}; 404 outside the scope, 422 for a record without an admission decision. */
    public AgedMember find(UUID id, OrgScope scope, LocalDate asOf) {
        Map<String, Object> params = new HashMap<>();
        String condition = members.scopeCondition(scope, params);
        Row row = jdbc.sql(SELECT + " WHERE m.id = :id AND " + condition)
                .params(params)
                .param("id", id)
                .query(MembershipAgeQueries::row)
                .optional()
                .orElseThrow(() -> DomainException.notFound("member.not-found", id));
        if (row.firstAdmittedOn() == null) {
            throw DomainException.rule("member.age.not-admitted", id);
        }
        List<MembershipAgePolicy.Step> steps = jdbc.sql("""
                        SELECT e.member_id, e.kind, e.effective_date FROM member_event e
                         WHERE e.member_id = :id AND e.kind IN (:kinds) AND\s""" + MemberEventStore.CURRENT + " " + """
                         ORDER BY e.effective_date, e.id""")
                .param("id", id)
                .param("kinds", STEP_KINDS)
                .query((rs, n) -> new MembershipAgePolicy.Step(
                        LifecycleEventKind.valueOf(rs.getString("kind")),
                        rs.getObject("effective_date", LocalDate.class)))
                .list();
        List<MembershipAgePolicy.Recorded> recorded = jdbc.sql(
                        "SELECT member_id, from_date, until_date FROM member_activity_gap"
                                + " WHERE member_id = :id ORDER BY from_date")
                .param("id", id)
                .query((rs, n) -> recorded(rs))
                .list();
        return aged(row, steps, recorded, policy(), asOf);
    }

    private static MembershipAgePolicy.Recorded recorded(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new MembershipAgePolicy.Recorded(
                rs.getObject("from_date", LocalDate.class), rs.getObject("until_date", LocalDate.class));
    }

    /** Kinds of step, which are constants of this class, as SQL literals. */
    private static String literals(List<String> kinds) {
        return kinds.stream()
                .map(k -> "'" + LifecycleEventKind.valueOf(k).name() + "'")
                .collect(Collectors.joining(", "));
    }

    /** The members the windows select in the scope (and subtree), with their ages on {@code asOf}. */
    public List<AgedMember> within(AgeWindows windows, OrgScope scope, @Nullable String subtreePath, LocalDate asOf) {
        Map<String, Object> params = new HashMap<>();
        List<String> ranges = new ArrayList<>();
        for (int i = 0; i < windows.ranges().size(); i++) {
            ranges.add("m.first_admitted_on BETWEEN :wf" + i + " AND :wt" + i);
            params.put("wf" + i, windows.ranges().get(i).from());
            params.put("wt" + i, windows.ranges().get(i).to());
        }
        List<String> gapKinds = properties.transitGaps()
                ? List.of("REMOVED", "EXPELLED", "LEFT", "TRANSFER_OUT")
                : List.of("REMOVED", "EXPELLED", "LEFT");
        params.put("by", windows.admittedBy());
        params.put("diedSince", windows.diedSince());
        String gapMembers = "(m.id IN (SELECT g.member_id FROM member_event g WHERE g.kind IN (" + literals(gapKinds)
                + ")) OR m.id IN (SELECT a.member_id FROM member_activity_gap a))";
        SqlFragment within = orgUnits.unitWithin("m.org_unit_id", scope, "scope");
        params.putAll(within.params());
        String where =
                """
                 WHERE m.official_on IS NOT NULL AND m.first_admitted_on IS NOT NULL
                   AND ((m.status IN ('OFFICIAL', 'EXEMPTED', 'IN_TRANSIT')
                         AND (%s OR (m.first_admitted_on <= :by AND %s)))
                        OR (m.status = 'DECEASED' AND m.ended_on >= :diedSince AND m.first_admitted_on <= :by))
                   AND %s""".formatted(ranges.isEmpty() ? "1 = 0" : String.join(" OR ", ranges), gapMembers, within.sql());
        if (subtreePath != null) {
            SqlFragment sub = orgUnits.unitInSubtree("m.org_unit_id", subtreePath, "sub");
            where += " AND " + sub.sql();
            params.putAll(sub.params());
        }
        List<Row> rows = jdbc.sql(SELECT + where)
                .params(params)
                .query(MembershipAgeQueries::row)
                .list();
        Map<UUID, List<MembershipAgePolicy.Step>> steps = new HashMap<>();
        jdbc.sql("""
                        SELECT e.member_id, e.kind, e.effective_date FROM member_event e
                         WHERE e.kind IN (""" + literals(STEP_KINDS) + ") AND " + MemberEventStore.CURRENT + " " + """
                           AND e.member_id IN (SELECT g.member_id FROM member_event g WHERE g.kind IN (""" + literals(gapKinds)
                        + "))" + """
                           AND e.member_id IN (SELECT m.id FROM member m""" + " " + where + " " + """
                        )
                         ORDER BY e.member_id, e.effective_date, e.id""")
                .params(params)
                .query((rs, n) -> {
                    steps.computeIfAbsent(rs.getObject("member_id", UUID.class), k -> new ArrayList<>())
                            .add(new MembershipAgePolicy.Step(
                                    LifecycleEventKind.valueOf(rs.getString("kind")),
                                    rs.getObject("effective_date", LocalDate.class)));
                    return 0;
                })
                .list();
        Map<UUID, List<MembershipAgePolicy.Recorded>> recorded = new HashMap<>();
        jdbc.sql("SELECT a.member_id, a.from_date, a.until_date FROM member_activity_gap a"
                        + " WHERE a.member_id IN (SELECT m.id FROM member m " + where + ") ORDER BY a.from_date")
                .params(params)
                .query((rs, n) -> {
                    recorded.computeIfAbsent(rs.getObject("member_id", UUID.class), k -> new ArrayList<>())
                            .add(recorded(rs));
                    return 0;
                })
                .list();
        MembershipAgePolicy policy = policy();
        Map<UUID, AgedMember> result = new LinkedHashMap<>();
        for (Row row : rows) {
            List<MembershipAgePolicy.Step> own = steps.getOrDefault(row.id(), List.of());
            result.put(row.id(), aged(row, own, recorded.getOrDefault(row.id(), List.of()), policy, asOf));
        }
        return List.copyOf(result.values());
    }

    private MembershipAgePolicy policy() {
        WorkingDays.Snapshot days = workingDays.snapshot();
        return new MembershipAgePolicy(days::plusWorkingDays, properties.transitGaps());
    }

    private static AgedMember aged(
            Row row,
            List<MembershipAgePolicy.Step> steps,
            List<MembershipAgePolicy.Recorded> recorded,
            MembershipAgePolicy policy,
            LocalDate asOf) {
        LocalDate ended = row.status().isTerminal() ? row.endedOn() : null;
        MembershipAgePolicy.Input input = new MembershipAgePolicy.Input(
                row.id(),
                java.util.Objects.requireNonNull(row.firstAdmittedOn()),
                row.officialOn() != null,
                ended,
                steps,
                recorded);
        return new AgedMember(
                row.id(), row.fullName(), row.orgUnitId(), row.unitName(), row.status(), policy.age(input, asOf));
    }

    private static final String SELECT = """
            SELECT m.id, m.full_name, m.org_unit_id, d.name AS unit_name, m.status, m.first_admitted_on,
                   m.official_on, m.ended_on
              FROM member m JOIN org_unit_directory d ON d.id = m.org_unit_id
            """;

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("full_name"),
                rs.getLong("org_unit_id"),
                rs.getString("unit_name"),
                MemberStatus.valueOf(rs.getString("status")),
                rs.getObject("first_admitted_on", LocalDate.class),
                rs.getObject("official_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class));
    }

    private record Row(
            UUID id,
            String fullName,
            long orgUnitId,
            String unitName,
            MemberStatus status,
            @Nullable LocalDate firstAdmittedOn,
            @Nullable LocalDate officialOn,
            @Nullable LocalDate endedOn) {}
}
