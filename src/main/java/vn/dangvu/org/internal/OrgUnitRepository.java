package vn.dangvu.org.internal;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** Persistence of {@link OrgUnit}. */
public interface OrgUnitRepository extends ListCrudRepository<OrgUnit, Long> {

    /** Rewrites the path prefix and depth of a whole subtree (the moved unit included) in one statement. */
    @Modifying
    @Query("""
            UPDATE org_unit
               SET path = :newPrefix || SUBSTRING(path FROM :oldLength + 1),
                   depth = depth + :depthDelta,
                   version = version + 1
             WHERE path >= :oldPrefix AND path < :oldEnd
            """)
    int rewriteSubtree(
            @Param("oldPrefix") String oldPrefix,
            @Param("oldEnd") String oldEnd,
            @Param("oldLength") int oldLength,
            @Param("newPrefix") String newPrefix,
            @Param("depthDelta") int depthDelta);

    /** Sets the parent of a unit if nobody changed it since {@code expectedVersion}; 0 rows means a stale write. */
    @Modifying
    @Query("UPDATE org_unit SET parent_id = :parentId WHERE id = :id AND version = :expectedVersion")
    int reparent(
            @Param("id") long id, @Param("parentId") long parentId, @Param("expectedVersion") long expectedVersion);

    /** Sets the parent of a unit whose change the caller already holds (child units moved by a merge or split). */
    @Modifying
    @Query("UPDATE org_unit SET parent_id = :parentId WHERE id = :id")
    int reparentAny(@Param("id") long id, @Param("parentId") long parentId);

    boolean existsByCode(String code);

    @Query("SELECT id FROM org_unit WHERE parent_id IS NULL ORDER BY id LIMIT 1")
    java.util.Optional<Long> findRootId();
}
