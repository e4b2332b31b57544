package vn.dangvu.org.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnitState;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.text.VietnameseText;

/** Reads of the tree, always inside a scope: a unit outside it reads as absent. */
@Component
public class OrgTreeQueries {

    private static final String COLUMNS = """
            o.id, o.parent_id, o.kind, o.code, o.name, o.path, o.depth, o.version, o.state, o.ended_on,
            (SELECT COUNT(*) FROM org_unit c WHERE c.parent_id = o.id AND c.state = 'ACTIVE') AS child_count
            """;

    private final JdbcClient jdbc;

    OrgTreeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OrgUnitView> find(long id, OrgScope scope) {
        return statement("SELECT " + COLUMNS + " FROM org_unit o WHERE o.id = :id AND ", scope, "")
                .param("id", id)
                .query(OrgTreeQueries::view)
                .optional();
    }

    /** A unit regardless of scope (the superior of a unit already found in scope). */
    public OrgUnitView findAny(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_unit o WHERE o.id = :id")
                .param("id", id)
                .query(OrgTreeQueries::view)
                .single();
    }

    public Optional<OrgUnitRef> ref(long id) {
        return jdbc.sql("SELECT id, kind, name, path FROM org_unit WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new OrgUnitRef(
                        rs.getLong("id"),
                        OrgUnitKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("path")))
                .optional();
    }

    public List<OrgUnitView> roots(OrgScope scope) {
        if (scope.paths().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM org_unit o WHERE o.path IN (:paths) AND o.state = 'ACTIVE' ORDER BY o.search_name")
                .param("paths", scope.paths())
                .query(OrgTreeQueries::view)
                .list();
    }

    public PageResult<OrgUnitView> children(long parentId, Paging paging) {
        long total = jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE parent_id = :id AND state = 'ACTIVE'")
                .param("id", parentId)
                .query(Long.class)
                .single();
        List<OrgUnitView> rows = jdbc.sql("SELECT " + COLUMNS + """
                         FROM org_unit o WHERE o.parent_id = :id AND o.state = 'ACTIVE'
                        ORDER BY o.search_name, o.id LIMIT :limit OFFSET :offset""")
                .param("id", parentId)
                .param("limit", paging.sizeOrDefault())
                .param("offset", paging.offset())
                .query(OrgTreeQueries::view)
                .list();
        return new PageResult<>(rows, paging.pageOrDefault(), paging.sizeOrDefault(), total);
    }

    /** Ancestors of a unit that lie inside the scope, top first (the unit itself excluded). */
    public List<OrgUnitView> ancestors(OrgUnitView unit, OrgScope scope) {
        List<Long> ids = Arrays.stream(unit.path().split("/"))
                .filter(s -> !s.isEmpty())
                .map(Long::valueOf)
                .filter(id -> id != unit.id())
                .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return statement("SELECT " + COLUMNS + " FROM org_unit o WHERE o.id IN (:ids) AND ", scope, " ORDER BY o.depth")
                .param("ids", ids)
                .query(OrgTreeQueries::view)
                .list();
    }

    /** Name search ignoring case and diacritics, inside the scope; shallower units first. */
    public PageResult<OrgUnitView> search(String q, OrgScope scope, Paging paging) {
        String pattern = "%" + escapeLike(VietnameseText.searchKey(q)) + "%";
        long total = statement(
                        "SELECT COUNT(*) FROM org_unit o WHERE o.state = 'ACTIVE' AND o.search_name LIKE :q ESCAPE '\\' AND ",
                        scope,
                        "")
                .param("q", pattern)
                .query(Long.class)
                .single();
        List<OrgUnitView> rows = statement(
                        "SELECT " + COLUMNS
                                + " FROM org_unit o WHERE o.state = 'ACTIVE' AND o.search_name LIKE :q ESCAPE '\\' AND ",
                        scope,
                        " ORDER BY o.depth, o.search_name, o.id LIMIT :limit OFFSET :offset")
                .param("q", pattern)
                .param("limit", paging.sizeOrDefault())
                .param("offset", paging.offset())
                .query(OrgTreeQueries::view)
                .list();
        return new PageResult<>(rows, paging.pageOrDefault(), paging.sizeOrDefault(), total);
    }

    private JdbcClient.StatementSpec statement(String head, OrgScope scope, String tail) {
        Map<String, Object> params = new HashMap<>();
        String sql = head + scope.sqlCondition("o.path", "scope") + tail;
        scope.bind(params::put, "scope");
        return jdbc.sql(sql).params(params);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static OrgUnitView view(ResultSet rs, int rowNum) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new OrgUnitView(
                rs.getLong("id"),
                parentId,
                OrgUnitKind.valueOf(rs.getString("kind")),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("path"),
                rs.getInt("depth"),
                rs.getLong("child_count"),
                rs.getLong("version"),
                OrgUnitState.valueOf(rs.getString("state")),
                rs.getObject("ended_on", LocalDate.class));
    }

    /** The active direct children of a unit (all of them: for merges and splits, which name few). */
    public List<OrgUnitView> activeChildren(long parentId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM org_unit o WHERE o.parent_id = :id AND o.state = 'ACTIVE' ORDER BY o.search_name, o.id""")
                .param("id", parentId)
                .query(OrgTreeQueries::view)
                .list();
    }

    /** The active units of the subtree rooted at {@code path}, its root included, in path order. */
    public List<OrgUnitView> activeSubtree(String path) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM org_unit o WHERE o.path >= :p AND o.path < :e AND o.state = 'ACTIVE' ORDER BY o.path""")
                .param("p", path)
                .param("e", OrgScope.rangeEnd(path))
                .query(OrgTreeQueries::view)
                .list();
    }

    /** Ids of the active units of the subtree rooted at {@code path}, its root included. */
    public List<Long> activeSubtreeIds(String path) {
        return jdbc.sql("SELECT id FROM org_unit WHERE path >= :p AND path < :e AND state = 'ACTIVE'")
                .param("p", path)
                .param("e", OrgScope.rangeEnd(path))
                .query(Long.class)
                .list();
    }

    /** Names from the top of the tree down to the unit with this path, joined by " › ". */
    public String namePath(String path) {
        List<Long> ids = Arrays.stream(path.split("/"))
                .filter(s -> !s.isEmpty())
                .map(Long::valueOf)
                .toList();
        if (ids.isEmpty()) {
            return "";
        }
        return String.join(
                " › ",
                jdbc.sql("SELECT name FROM org_unit WHERE id IN (:ids) ORDER BY depth")
                        .param("ids", ids)
                        .query(String.class)
                        .list());
    }

    /** Paths of units by id (for building scopes). */
    public Map<Long, String> pathsOf(List<Long> ids) {
        Map<Long, String> paths = new HashMap<>();
        if (ids.isEmpty()) {
            return paths;
        }
        jdbc.sql("SELECT id, path FROM org_unit WHERE id IN (:ids)")
                .param("ids", new ArrayList<>(ids))
                .query((rs, n) -> paths.put(rs.getLong("id"), rs.getString("path")))
                .list();
        return paths;
    }

    public Map<Long, String> namesOf(java.util.Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += 1000) {
            jdbc.sql("SELECT id, name FROM org_unit WHERE id IN (:ids)")
                    .param("ids", all.subList(i, Math.min(all.size(), i + 1000)))
                    .query((rs, n) -> names.put(rs.getLong("id"), rs.getString("name")))
                    .list();
        }
        return names;
    }
}
