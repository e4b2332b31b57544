package vn.dangvu.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The part of the organisation tree a caller may see for a purpose: the subtree roots (as materialised paths) in
 * which they hold one of the roles the operation accepts, plus, for the member role, their own record. Queries
 * apply it in SQL with {@link #sqlCondition(String, String)}; nothing is filtered in Java.
 *
 * @param paths subtree roots, none nested in another
 * @param selfMemberId the caller's own member record when the member role is accepted
 */
public record OrgScope(List<String> paths, @Nullable UUID selfMemberId) {

    public OrgScope {
        paths = List.copyOf(paths);
    }

    public static OrgScope of(Actor actor, Role... roles) {
        List<Role> accepted = Arrays.asList(roles);
        List<String> all = actor.grants().stream()
                .filter(g -> accepted.contains(g.role()) && g.role() != Role.MEMBER)
                .map(RoleGrant::orgPath)
                .distinct()
                .sorted(Comparator.comparingInt(String::length))
                .toList();
        List<String> roots = new ArrayList<>();
        for (String path : all) {
            if (roots.stream().noneMatch(path::startsWith)) {
                roots.add(path);
            }
        }
        UUID self = accepted.contains(Role.MEMBER) && actor.has(Role.MEMBER) ? actor.memberId() : null;
        return new OrgScope(roots, self);
    }

    public boolean isEmpty() {
        return paths.isEmpty() && selfMemberId == null;
    }

    /** Whether the unit with this path lies inside one of the scope's subtrees. */
    public boolean covers(String path) {
        return paths.stream().anyMatch(path::startsWith);
    }

    /** The exclusive upper bound of the path range of a subtree: {@code /1/23/} → {@code /1/230}. */
    public static String rangeEnd(String path) {
        return path.substring(0, path.length() - 1) + '0';
    }

    /**
     * A SQL condition that is true when {@code pathColumn} lies in one of the subtrees, as ranges an index can use.
     * Parameters are named {@code <prefix>0}, {@code <prefix>0e}, … and bound by {@link #bind}.
     */
    public String sqlCondition(String pathColumn, String prefix) {
        if (paths.isEmpty()) {
            return "1 = 0";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            parts.add("(" + pathColumn + " >= :" + prefix + i + " AND " + pathColumn + " < :" + prefix + i + "e)");
        }
        return "(" + String.join(" OR ", parts) + ")";
    }

    /** Binds the parameters of {@link #sqlCondition}. */
    public void bind(java.util.function.BiConsumer<String, Object> binder, String prefix) {
        for (int i = 0; i < paths.size(); i++) {
            binder.accept(prefix + i, paths.get(i));
            binder.accept(prefix + i + "e", rangeEnd(paths.get(i)));
        }
    }
}
