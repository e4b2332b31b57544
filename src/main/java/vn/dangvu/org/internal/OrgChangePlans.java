package vn.dangvu.org.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.dangvu.org.OrgChangePreview;
import vn.dangvu.org.OrgChangePreview.UnitVersion;
import vn.dangvu.org.OrgSizeWarning;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.org.OrgUnitState;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.SplitOrgUnit;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgMembership;
import vn.dangvu.shared.OrgMembership.MemberCounts;
import vn.dangvu.shared.OrgScope;

/**
 * Checks a move, merge or split against the rules and works out what it would do, reading only. The write facade
 * carries out the plan it returns; the preview endpoints show it. Every unit named must lie in the caller's scope
 * (else it reads as absent) and be active; every result must follow {@link OrgNestingPolicy}.
 */
@Component
public class OrgChangePlans {

    /** A move: the unit, its old and new superior, what moves with it. */
    public record MovePlan(
            OrgUnitView unit, OrgUnitView oldParent, OrgUnitView newParent, long unitsMoving, MemberCounts members) {}

    /** An absorbed unit: its active children and active members, all of which go to the survivor. */
    public record Absorbed(OrgUnitView unit, List<OrgUnitView> children, MemberCounts members) {}

    /** A merge. */
    public record MergePlan(OrgUnitView survivor, List<Absorbed> absorbed) {}

    /** A part of a split with the children and members it takes. */
    public record Part(SplitOrgUnit.NewUnit unit, List<OrgUnitView> children, MemberCounts members) {}

    /** A split. */
    public record SplitPlan(OrgUnitView source, OrgUnitView parent, List<Part> parts) {}

    private final OrgTreeQueries queries;
    private final OrgMembership membership;

    OrgChangePlans(OrgTreeQueries queries, OrgMembership membership) {
        this.queries = queries;
        this.membership = membership;
    }

    public OrgUnitView visible(long id, OrgScope scope) {
        return queries.find(id, scope).orElseThrow(() -> DomainException.notFound("org.unit.not-found", id));
    }

    /** A unit in scope that is still in the live tree; {@code field} names the request field that chose it. */
    public OrgUnitView active(long id, OrgScope scope, String field) {
        OrgUnitView unit = visible(id, scope);
        if (unit.state() != OrgUnitState.ACTIVE) {
            DomainException e = DomainException.rule("org.unit.not-active", unit.name());
            throw field.isEmpty() ? e : e.onField(field);
        }
        return unit;
    }

    public MovePlan move(long unitId, long newParentId, OrgScope scope) {
        OrgUnitView unit = active(unitId, scope, "");
        OrgUnitView parent = active(newParentId, scope, "newParentId");
        if (parent.path().startsWith(unit.path())) {
            throw DomainException.rule("org.move.into-own-subtree", unit.name(), parent.name())
                    .onField("newParentId");
        }
        if (unit.parentId() == null) {
            throw DomainException.rule("org.unit.is-root", unit.name());
        }
        if (unit.parentId() == newParentId) {
            throw DomainException.rule("org.move.same-parent", parent.name()).onField("newParentId");
        }
        nesting(parent.kind(), unit.kind(), "newParentId");
        OrgUnitView oldParent = queries.findAny(unit.parentId());
        List<Long> subtree = queries.activeSubtreeIds(unit.path());
        return new MovePlan(unit, oldParent, parent, subtree.size(), sum(subtree));
    }

    public MergePlan merge(long survivorId, List<Long> absorbedIds, OrgScope scope) {
        OrgUnitView survivor = active(survivorId, scope, "");
        if (absorbedIds.isEmpty()) {
            throw DomainException.rule("org.merge.none").onField("absorbed");
        }
        if (new HashSet<>(absorbedIds).size() != absorbedIds.size()) {
            throw DomainException.rule("org.merge.duplicate").onField("absorbed");
        }
        List<OrgUnitView> units = new ArrayList<>();
        for (long id : absorbedIds) {
            OrgUnitView unit = active(id, scope, "absorbed");
            if (id == survivorId || survivor.path().startsWith(unit.path())) {
                throw DomainException.rule("org.merge.survivor-inside", unit.name(), survivor.name())
                        .onField("absorbed");
            }
            for (OrgUnitView other : units) {
                if (unit.path().startsWith(other.path()) || other.path().startsWith(unit.path())) {
                    throw DomainException.rule("org.merge.nested", unit.name(), other.name())
                            .onField("absorbed");
                }
            }
            units.add(unit);
        }
        List<Absorbed> absorbed = new ArrayList<>();
        for (OrgUnitView unit : units) {
            List<OrgUnitView> children = queries.activeChildren(unit.id());
            for (OrgUnitView child : children) {
                nesting(survivor.kind(), child.kind(), "absorbed");
            }
            MemberCounts members =
                    membership.countByUnit(List.of(unit.id())).getOrDefault(unit.id(), MemberCounts.NONE);
            if (members.active() > 0 && !survivor.kind().holdsMembers()) {
                throw DomainException.rule("org.merge.survivor-holds-no-members", survivor.name(), unit.name())
                        .onField("absorbed");
            }
            absorbed.add(new Absorbed(unit, children, members));
        }
        return new MergePlan(survivor, absorbed);
    }

    public SplitPlan split(long sourceId, List<SplitOrgUnit.NewUnit> parts, OrgScope scope) {
        OrgUnitView source = active(sourceId, scope, "");
        if (source.parentId() == null) {
            throw DomainException.rule("org.unit.is-root", source.name());
        }
        if (parts.isEmpty()) {
            throw DomainException.rule("org.split.none").onField("parts");
        }
        OrgUnitView parent = queries.findAny(source.parentId());
        List<OrgUnitView> sourceChildren = queries.activeChildren(sourceId);
        Set<String> codes = new HashSet<>();
        Set<UUID> members = new HashSet<>();
        Set<Long> children = new HashSet<>();
        List<Part> planned = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            SplitOrgUnit.NewUnit part = parts.get(i);
            String at = "parts[" + i + "].";
            nesting(parent.kind(), part.kind(), at + "kind");
            if (!codes.add(part.code().strip())) {
                throw DomainException.conflict("org.code.taken", part.code()).onField(at + "code");
            }
            List<OrgUnitView> taken = new ArrayList<>();
            for (long childId : part.childIds()) {
                OrgUnitView child = sourceChildren.stream()
                        .filter(c -> c.id() == childId)
                        .findFirst()
                        .orElseThrow(() -> DomainException.rule("org.split.child-not-in-source", childId, source.name())
                                .onField(at + "childIds"));
                if (!children.add(childId)) {
                    throw DomainException.rule("org.split.taken-twice").onField(at + "childIds");
                }
                nesting(part.kind(), child.kind(), at + "childIds");
                taken.add(child);
            }
            for (UUID member : part.memberIds()) {
                if (!members.add(member)) {
                    throw DomainException.rule("org.split.taken-twice").onField(at + "memberIds");
                }
            }
            MemberCounts counts = membership.countAmong(sourceId, part.memberIds());
            if (counts.active() != part.memberIds().size()) {
                throw DomainException.rule("org.split.member-not-in-source", source.name())
                        .onField(at + "memberIds");
            }
            if (counts.active() > 0 && !part.kind().holdsMembers()) {
                throw DomainException.rule("org.split.part-holds-no-members", part.kind())
                        .onField(at + "memberIds");
            }
            planned.add(new Part(part, taken, counts));
        }
        return new SplitPlan(source, parent, planned);
    }

    /** Active and official members of a unit's live subtree. */
    public MemberCounts counts(OrgUnitView unit) {
        return sum(queries.activeSubtreeIds(unit.path()));
    }

    public List<OrgSizeWarning> warnings(OrgUnitView unit) {
        return OrgSizePolicy.warnings(unit.id(), unit.name(), unit.kind(), counts(unit));
    }

    public OrgChangePreview preview(MovePlan plan) {
        List<OrgSizeWarning> warnings = new ArrayList<>();
        warnings.addAll(OrgSizePolicy.warnings(
                plan.newParent().id(),
                plan.newParent().name(),
                plan.newParent().kind(),
                counts(plan.newParent()).plus(plan.members())));
        warnings.addAll(OrgSizePolicy.warnings(
                plan.oldParent().id(),
                plan.oldParent().name(),
                plan.oldParent().kind(),
                counts(plan.oldParent()).minus(plan.members())));
        warnings.addAll(warnings(plan.unit()));
        return new OrgChangePreview(
                plan.unitsMoving(),
                List.of(plan.unit().name()),
                plan.members().active(),
                queries.namePath(plan.newParent().path()),
                warnings,
                List.of(version(plan.unit()), version(plan.newParent())));
    }

    public OrgChangePreview preview(MergePlan plan) {
        MemberCounts after = counts(plan.survivor());
        long unitsAffected = 0;
        long membersMoving = 0;
        List<String> names = new ArrayList<>();
        List<UnitVersion> versions = new ArrayList<>(List.of(version(plan.survivor())));
        for (Absorbed a : plan.absorbed()) {
            after = after.plus(a.members());
            for (OrgUnitView child : a.children()) {
                after = after.plus(counts(child));
                unitsAffected += queries.activeSubtreeIds(child.path()).size();
            }
            unitsAffected += 1;
            membersMoving += a.members().active();
            names.add(a.unit().name());
            versions.add(version(a.unit()));
        }
        return new OrgChangePreview(
                unitsAffected,
                names,
                membersMoving,
                queries.namePath(plan.survivor().path()),
                OrgSizePolicy.warnings(
                        plan.survivor().id(),
                        plan.survivor().name(),
                        plan.survivor().kind(),
                        after),
                versions);
    }

    public OrgChangePreview preview(SplitPlan plan) {
        MemberCounts sourceAfter = counts(plan.source());
        List<OrgSizeWarning> warnings = new ArrayList<>();
        long unitsAffected = 0;
        long membersMoving = 0;
        List<String> names = new ArrayList<>();
        for (Part part : plan.parts()) {
            MemberCounts partCounts = part.members();
            for (OrgUnitView child : part.children()) {
                partCounts = partCounts.plus(counts(child));
                unitsAffected += queries.activeSubtreeIds(child.path()).size();
            }
            sourceAfter = sourceAfter.minus(partCounts);
            unitsAffected += 1;
            membersMoving += part.members().active();
            names.add(part.unit().name().strip());
            warnings.addAll(OrgSizePolicy.warnings(
                    0, part.unit().name().strip(), part.unit().kind(), partCounts));
        }
        warnings.addAll(
                0,
                OrgSizePolicy.warnings(
                        plan.source().id(), plan.source().name(), plan.source().kind(), sourceAfter));
        return new OrgChangePreview(
                unitsAffected,
                names,
                membersMoving,
                queries.namePath(plan.parent().path()),
                warnings,
                List.of(version(plan.source())));
    }

    private MemberCounts sum(List<Long> unitIds) {
        return membership.countByUnit(unitIds).values().stream().reduce(MemberCounts.NONE, MemberCounts::plus);
    }

    private static void nesting(OrgUnitKind parent, OrgUnitKind child, String field) {
        try {
            OrgNestingPolicy.check(parent, child);
        } catch (DomainException e) {
            throw e.onField(field);
        }
    }

    private static UnitVersion version(OrgUnitView unit) {
        return new UnitVersion(unit.id(), unit.version());
    }
}
