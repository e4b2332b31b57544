package vn.dangvu.member.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.member.AcademicTitle;
import vn.dangvu.member.Ethnicity;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.member.MemberView;
import vn.dangvu.member.ProfessionalLevel;
import vn.dangvu.member.Religion;
import vn.dangvu.member.TheoryLevel;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.SqlFragment;
import vn.dangvu.shared.text.VietnameseText;

/**
 * Member reads, always limited to a scope in SQL. Lists sort the Vietnamese way (by given name) through the stored
 * sort key; name search matches the stored search key by prefix, or anywhere from three characters on.
 */
@Component
public class MemberQueries {

    private static final Pattern DIGITS = Pattern.compile("\\d{6,12}");

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;

    MemberQueries(JdbcClient jdbc, OrgUnits orgUnits) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
    }

    /** Search criteria: free text (name, card number or citizen ID) and a subtree. */
    public record Criteria(@Nullable String q, @Nullable Long orgUnitId) {}

    public PageResult<MemberSummary> search(Criteria criteria, OrgScope scope, Paging paging) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add(scopeCondition(scope, params));
        if (criteria.orgUnitId() != null) {
            Optional<String> path =
                    orgUnits.findWithin(criteria.orgUnitId(), scope).map(u -> u.path());
            if (path.isEmpty()) {
                return new PageResult<>(List.of(), paging.pageOrDefault(), paging.sizeOrDefault(), 0);
            }
            SqlFragment subtree = orgUnits.unitInSubtree("m.org_unit_id", path.get(), "sub");
            where.add(subtree.sql());
            params.putAll(subtree.params());
        }
        String q = criteria.q() == null ? "" : criteria.q().strip();
        if (!q.isEmpty()) {
            if (DIGITS.matcher(q).matches()) {
                where.add("(m.card_number = :q OR m.citizen_id = :q)");
                params.put("q", q);
            } else {
                String key = VietnameseText.searchKey(q);
                String pattern = key.length() >= 3 ? "%" + escapeLike(key) + "%" : escapeLike(key) + "%";
                where.add("m.search_name LIKE :name ESCAPE '\\'");
                params.put("name", pattern);
            }
        }
        String condition = String.join(" AND ", where);
        long total = jdbc.sql("SELECT COUNT(*) FROM member m WHERE " + condition)
                .params(params)
                .query(Long.class)
                .single();
        List<MemberSummary> rows = jdbc.sql("""
                        SELECT m.id, m.full_name, m.sex, m.birth_date, m.status, m.org_unit_id, m.card_number, d.name AS cell_name
                          FROM member m JOIN org_unit_directory d ON d.id = m.org_unit_id
                         WHERE """ + condition + """
                          ORDER BY m.sort_key, m.id LIMIT :limit OFFSET :offset""")
                .params(params)
                .param("limit", paging.sizeOrDefault())
                .param("offset", paging.offset())
                .query(MemberQueries::summary)
                .list();
        return new PageResult<>(rows, paging.pageOrDefault(), paging.sizeOrDefault(), total);
    }

    public Optional<MemberView> find(UUID id, OrgScope scope) {
        Map<String, Object> params = new HashMap<>();
        String condition = scopeCondition(scope, params);
        return jdbc.sql("""
                        SELECT m.*, d.name AS cell_name,
                               CASE WHEN EXISTS (SELECT 1 FROM member_photo p WHERE p.member_id = m.id)
                                    THEN 1 ELSE 0 END AS has_photo
                          FROM member m JOIN org_unit_directory d ON d.id = m.org_unit_id
                         WHERE m.id = :id AND """ + condition)
                .params(params)
                .param("id", id)
                .query(MemberQueries::view)
                .optional();
    }

    /** Unscoped: for the member's own card and for login. */
    public Optional<MemberView> findAny(UUID id) {
        return find(id, new OrgScope(List.of("/"), null));
    }

    public Optional<UUID> findByLogin(String login) {
        return jdbc.sql("SELECT id FROM member WHERE card_number = :login OR citizen_id = :login")
                .param("login", login.strip())
                .query(UUID.class)
                .optional();
    }

    String scopeCondition(OrgScope scope, Map<String, Object> params) {
        List<String> parts = new ArrayList<>();
        if (!scope.paths().isEmpty()) {
            SqlFragment within = orgUnits.unitWithin("m.org_unit_id", scope, "scope");
            parts.add(within.sql());
            params.putAll(within.params());
        }
        if (scope.selfMemberId() != null) {
            parts.add("m.id = :self");
            params.put("self", scope.selfMemberId());
        }
        return parts.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", parts) + ")";
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static @Nullable String mask(@Nullable String citizenId) {
        if (citizenId == null || citizenId.length() < 4) {
            return citizenId;
        }
        return "*".repeat(citizenId.length() - 4) + citizenId.substring(citizenId.length() - 4);
    }

    private static MemberSummary summary(ResultSet rs, int rowNum) throws SQLException {
        return new MemberSummary(
                rs.getObject("id", UUID.class),
                rs.getString("full_name"),
                rs.getString("sex"),
                rs.getObject("birth_date", java.time.LocalDate.class),
                MemberStatus.valueOf(rs.getString("status")),
                rs.getLong("org_unit_id"),
                rs.getString("cell_name"),
                rs.getString("card_number"));
    }

    private static MemberView view(ResultSet rs, int rowNum) throws SQLException {
        return new MemberView(
                rs.getObject("id", UUID.class),
                rs.getString("full_name"),
                rs.getString("birth_name"),
                rs.getString("aliases"),
                rs.getString("sex"),
                rs.getObject("birth_date", LocalDate.class),
                rs.getString("birth_place"),
                rs.getString("home_town"),
                rs.getString("permanent_address"),
                rs.getString("temporary_address"),
                Ethnicity.valueOf(rs.getString("ethnicity")),
                code(Religion.class, rs.getString("religion")),
                rs.getString("occupation"),
                rs.getString("general_education"),
                code(ProfessionalLevel.class, rs.getString("professional_level")),
                code(AcademicTitle.class, rs.getString("academic_title")),
                code(TheoryLevel.class, rs.getString("theory_level")),
                MemberStatus.valueOf(rs.getString("status")),
                rs.getObject("admitted_on", LocalDate.class),
                rs.getString("admission_decision_number"),
                rs.getString("admission_decision_body"),
                rs.getObject("ceremony_date", LocalDate.class),
                rs.getString("ceremony_place"),
                rs.getObject("official_on", LocalDate.class),
                rs.getString("official_place"),
                rs.getString("card_number"),
                rs.getString("history_number"),
                mask(rs.getString("citizen_id")),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getString("party_posts"),
                rs.getString("workplace"),
                rs.getInt("has_photo") == 1,
                rs.getLong("org_unit_id"),
                rs.getString("cell_name"),
                rs.getLong("version"));
    }

    private static <E extends Enum<E>> @Nullable E code(Class<E> type, @Nullable String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
