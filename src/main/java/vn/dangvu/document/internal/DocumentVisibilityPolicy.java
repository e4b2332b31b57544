package vn.dangvu.document.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dangvu.document.Confidentiality;
import vn.dangvu.document.DocumentScope;
import vn.dangvu.document.ScopeKind;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.SqlFragment;

/**
 * Who a published document reaches. A scope row reaches: CITY everyone; SUBTREE whoever belongs to a unit inside it;
 * UNIT whoever belongs to that very unit; ROLE whoever holds the role. Confidential documents (mật) reach only the
 * people their scope names explicitly, i.e. through UNIT and ROLE rows, never through CITY or SUBTREE (QĐ 379-QĐ/TW
 * 22/10/2025: secret content follows the State-secret law, REGULATIONS §11.1; "confidential documents only reach the
 * people their scope names" is the product's reading of it). Internal documents (lưu hành nội bộ) travel like public
 * ones inside the Party. The same rule is written here twice, as a Java predicate and as the SQL that applies it.
 */
public final class DocumentVisibilityPolicy {

    /** The regulation this policy implements. */
    public static final String RULE = "QĐ 379-QĐ/TW 2025; REGULATIONS §11.1";

    private DocumentVisibilityPolicy() {}

    /**
     * The caller as a reader of documents.
     *
     * @param units the units the reader belongs to: their cell, the roots of their staff roles
     * @param enclosing those units and all their ancestors
     * @param roles the roles they hold
     */
    public record Reader(Set<Long> units, Set<Long> enclosing, Set<Role> roles) {

        public Reader {
            units = Set.copyOf(units);
            enclosing = Set.copyOf(enclosing);
            roles = Set.copyOf(roles);
        }

        /** A reader belonging to the units with these materialised paths ({@code /1/23/45/}), holding the roles. */
        public static Reader of(Collection<String> paths, Collection<Role> roles) {
            Set<Long> units = new LinkedHashSet<>();
            Set<Long> enclosing = new LinkedHashSet<>();
            for (String path : paths) {
                List<Long> ids = new ArrayList<>();
                for (String part : path.split("/")) {
                    if (!part.isEmpty()) {
                        ids.add(Long.parseLong(part));
                    }
                }
                if (!ids.isEmpty()) {
                    units.add(ids.get(ids.size() - 1));
                    enclosing.addAll(ids);
                }
            }
            return new Reader(units, enclosing, Set.copyOf(roles));
        }
    }

    /** Whether a scope row of this kind counts for a document of this level. */
    public static boolean counts(Confidentiality level, ScopeKind kind) {
        return level != Confidentiality.CONFIDENTIAL || kind == ScopeKind.UNIT || kind == ScopeKind.ROLE;
    }

    /** Whether a published document with this level and scope reaches the reader. */
    public static boolean reaches(Confidentiality level, List<DocumentScope> scope, Reader reader) {
        return scope.stream().filter(row -> counts(level, row.kind())).anyMatch(row -> switch (row.kind()) {
            case CITY -> true;
            case SUBTREE -> reader.enclosing().contains(row.orgUnitId());
            case UNIT -> reader.units().contains(row.orgUnitId());
            case ROLE -> reader.roles().contains(row.role());
        });
    }

    /**
     * The SQL of {@link #reaches}: true when the document aliased {@code d} is published and reaches the reader.
     * Parameters are prefixed {@code rch}.
     */
    public static SqlFragment reachSql(Reader reader) {
        Map<String, Object> params = new HashMap<>();
        params.put("rchUnits", reader.units().isEmpty() ? List.of(-1L) : List.copyOf(reader.units()));
        params.put("rchEnclosing", reader.enclosing().isEmpty() ? List.of(-1L) : List.copyOf(reader.enclosing()));
        params.put(
                "rchRoles",
                reader.roles().isEmpty()
                        ? List.of("-")
                        : reader.roles().stream().map(Enum::name).toList());
        return new SqlFragment("""
                (d.status = 'PUBLISHED' AND EXISTS (SELECT 1 FROM document_scope rs WHERE rs.document_id = d.id AND (
                   (d.confidentiality <> 'CONFIDENTIAL'
                      AND (rs.kind = 'CITY' OR (rs.kind = 'SUBTREE' AND rs.org_unit_id IN (:rchEnclosing))))
                   OR (rs.kind = 'UNIT' AND rs.org_unit_id IN (:rchUnits))
                   OR (rs.kind = 'ROLE' AND rs.role IN (:rchRoles)))))""", params);
    }
}
