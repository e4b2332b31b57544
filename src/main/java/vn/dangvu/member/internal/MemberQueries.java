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
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.member.AcademicTitle;
import vn.dangvu.member.Ethnicity;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.MemberView;
import vn.dangvu.member.ProfessionalLevel;
import vn.dangvu.member.Religion;
import vn.dangvu.member.TheoryLevel;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.SqlFragment;

/**
 * Member records, always limited to a scope in SQL. The list and its filters are {@link MemberSearch}.
 */
@Component
public class MemberQueries {

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;

    MemberQueries(JdbcClient jdbc, OrgUnits orgUnits) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
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

    static @Nullable String mask(@Nullable String citizenId) {
        if (citizenId == null || citizenId.length() < 4) {
            return citizenId;
        }
        return "*".repeat(citizenId.length() - 4) + citizenId.substring(citizenId.length() - 4);
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
