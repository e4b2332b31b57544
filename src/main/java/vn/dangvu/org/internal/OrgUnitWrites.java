package vn.dangvu.org.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.org.CreateOrgUnit;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.org.OrgUnitState;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.text.VietnameseText;

/** Changes to the tree's rows; the write facade checks scope and publishes events around them. */
@Component
public class OrgUnitWrites {

    private final OrgUnitRepository units;
    private final JdbcClient jdbc;

    OrgUnitWrites(OrgUnitRepository units, JdbcClient jdbc) {
        this.units = units;
        this.jdbc = jdbc;
    }

    public long create(CreateOrgUnit command) {
        OrgUnit parent = units.findById(command.parentId())
                .orElseThrow(() -> DomainException.notFound("org.unit.not-found", command.parentId()));
        if (parent.state() != OrgUnitState.ACTIVE) {
            throw DomainException.rule("org.unit.not-active", parent.name()).onField("parentId");
        }
        if (codeTaken(command.code())) {
            throw DomainException.conflict("org.code.taken", command.code()).onField("code");
        }
        OrgUnit unit = units.save(OrgUnit.under(parent, command.kind(), command.code(), command.name()));
        unit.placeUnder(parent.path());
        return units.save(unit).id();
    }

    public boolean codeTaken(String code) {
        return units.existsByCode(code.strip());
    }

    public long ensureRoot(OrgUnitKind kind, String code, String name) {
        return units.findRootId().orElseGet(() -> {
            String clean = VietnameseText.clean(name);
            OrgUnit root = units.save(new OrgUnit(
                    null,
                    null,
                    null,
                    kind,
                    code,
                    clean,
                    VietnameseText.searchKey(clean),
                    "/",
                    0,
                    OrgUnitState.ACTIVE,
                    null,
                    null,
                    null));
            root.placeUnder("/");
            return units.save(root).id();
        });
    }

    /**
     * Re-parents the unit and rewrites the paths of its subtree; returns the unit's new path.
     *
     * @param expectedVersion the unit's version as the caller saw it, or {@code null} when the caller already holds
     *     the change (a merge or split moving child units along)
     */
    public String move(long unitId, long newParentId, @org.jspecify.annotations.Nullable Long expectedVersion) {
        OrgUnit unit = units.findById(unitId).orElseThrow(() -> DomainException.notFound("org.unit.not-found", unitId));
        OrgUnit parent = units.findById(newParentId)
                .orElseThrow(() -> DomainException.notFound("org.unit.not-found", newParentId));
        OrgNestingPolicy.check(parent.kind(), unit.kind());
        int updated = expectedVersion == null
                ? units.reparentAny(unitId, newParentId)
                : units.reparent(unitId, newParentId, expectedVersion);
        if (updated == 0) {
            throw stale(unitId, expectedVersion);
        }
        String oldPath = unit.path();
        String newPath = parent.path() + unitId + "/";
        units.rewriteSubtree(
                oldPath, OrgScope.rangeEnd(oldPath), oldPath.length(), newPath, parent.depth() + 1 - unit.depth());
        return newPath;
    }

    /** Takes the unit's version one step if it is still {@code expectedVersion} and the unit is active. */
    public void claim(long unitId, long expectedVersion, Instant now) {
        int updated = jdbc.sql("""
                        UPDATE org_unit SET version = version + 1, updated_at = :now
                         WHERE id = :id AND version = :v AND state = 'ACTIVE'""")
                .param("now", Timestamp.from(now))
                .param("id", unitId)
                .param("v", expectedVersion)
                .update();
        if (updated == 0) {
            throw stale(unitId, expectedVersion);
        }
    }

    public void rename(long unitId, String name, long expectedVersion, Instant now) {
        String clean = VietnameseText.clean(name);
        int updated = jdbc.sql("""
                        UPDATE org_unit SET name = :name, search_name = :search, version = version + 1,
                                            updated_at = :now
                         WHERE id = :id AND version = :v AND state = 'ACTIVE'""")
                .param("name", clean)
                .param("search", VietnameseText.searchKey(clean))
                .param("now", Timestamp.from(now))
                .param("id", unitId)
                .param("v", expectedVersion)
                .update();
        if (updated == 0) {
            throw stale(unitId, expectedVersion);
        }
    }

    /** Ends an active unit as merged or dissolved on {@code endedOn}, checking its version. */
    public void end(long unitId, OrgUnitState state, LocalDate endedOn, long expectedVersion, Instant now) {
        int updated = jdbc.sql("""
                        UPDATE org_unit SET state = :state, ended_on = :ended, version = version + 1,
                                            updated_at = :now
                         WHERE id = :id AND version = :v AND state = 'ACTIVE'""")
                .param("state", state.name())
                .param("ended", endedOn)
                .param("now", Timestamp.from(now))
                .param("id", unitId)
                .param("v", expectedVersion)
                .update();
        if (updated == 0) {
            throw stale(unitId, expectedVersion);
        }
    }

    private static OptimisticLockingFailureException stale(
            long unitId, @org.jspecify.annotations.Nullable Long version) {
        return new OptimisticLockingFailureException("org unit " + unitId + " changed since version " + version);
    }
}
