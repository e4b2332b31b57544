package vn.dangvu.org.internal;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import vn.dangvu.org.CreateOrgUnit;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;

/** Changes to the tree's rows; the write facade checks scope and publishes events around them. */
@Component
public class OrgUnitWrites {

    private final OrgUnitRepository units;

    OrgUnitWrites(OrgUnitRepository units) {
        this.units = units;
    }

    public long create(CreateOrgUnit command) {
        OrgUnit parent = units.findById(command.parentId())
                .orElseThrow(() -> DomainException.notFound("org.unit.not-found", command.parentId()));
        if (units.existsByCode(command.code().strip())) {
            throw DomainException.conflict("org.code.taken", command.code());
        }
        OrgUnit unit = units.save(OrgUnit.under(parent, command.kind(), command.code(), command.name()));
        unit.placeUnder(parent.path());
        return units.save(unit).id();
    }

    public long ensureRoot(vn.dangvu.org.OrgUnitKind kind, String code, String name) {
        return units.findRootId().orElseGet(() -> {
            String clean = vn.dangvu.shared.text.VietnameseText.clean(name);
            OrgUnit root = units.save(new OrgUnit(
                    null,
                    null,
                    null,
                    kind,
                    code,
                    clean,
                    vn.dangvu.shared.text.VietnameseText.searchKey(clean),
                    "/",
                    0,
                    null,
                    null));
            root.placeUnder("/");
            return units.save(root).id();
        });
    }

    /** Re-parents the unit and rewrites the paths of its subtree; returns the unit's new path. */
    public String move(long unitId, long newParentId, long expectedVersion) {
        OrgUnit unit = units.findById(unitId).orElseThrow(() -> DomainException.notFound("org.unit.not-found", unitId));
        OrgUnit parent = units.findById(newParentId)
                .orElseThrow(() -> DomainException.notFound("org.unit.not-found", newParentId));
        OrgNestingPolicy.check(parent.kind(), unit.kind());
        if (units.reparent(unitId, newParentId, expectedVersion) == 0) {
            throw new OptimisticLockingFailureException(
                    "org unit " + unitId + " changed since version " + expectedVersion);
        }
        String oldPath = unit.path();
        String newPath = parent.path() + unitId + "/";
        units.rewriteSubtree(
                oldPath, OrgScope.rangeEnd(oldPath), oldPath.length(), newPath, parent.depth() + 1 - unit.depth());
        return newPath;
    }
}
