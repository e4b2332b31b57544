package vn.dangvu.org.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.org.MergeOrgUnits;
import vn.dangvu.org.OrgChangePreview;
import vn.dangvu.org.OrgSizeWarning;
import vn.dangvu.org.OrgTerm;
import vn.dangvu.org.OrgUnitEvent;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.org.OrgUnitManagement;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.SplitOrgUnit;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AnyStaff;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;

/**
 * Organisation changes over HTTP: rename, merge, split, dissolve (each with its decision), the previews of a move,
 * merge or split, a unit's history, terms and size warnings. Every unit named must lie in the caller's scope.
 */
@RestController
@RequestMapping("/api/v1/org-units/{id}")
class OrgChangeController {

    private final OrgUnitManagement management;
    private final OrgChangePlans plans;
    private final OrgHistory history;
    private final OrgTermRules terms;

    OrgChangeController(OrgUnitManagement management, OrgChangePlans plans, OrgHistory history, OrgTermRules terms) {
        this.management = management;
        this.plans = plans;
        this.history = history;
        this.terms = terms;
    }

    /** The unit's history, latest change first. */
    @GetMapping("/history")
    @AnyStaff
    List<OrgUnitEvent> history(@PathVariable long id, Actor actor) {
        plans.visible(id, readScope(actor));
        return history.of(id);
    }

    /** Size rules that apply to the unit now (Điều lệ Đảng Art 21, 24(4)). */
    @GetMapping("/warnings")
    @AnyStaff
    List<OrgSizeWarning> warnings(@PathVariable long id, Actor actor) {
        OrgUnitView unit = plans.visible(id, readScope(actor));
        return unit.state() == vn.dangvu.org.OrgUnitState.ACTIVE ? plans.warnings(unit) : List.of();
    }

    /** The unit's terms, latest first, and the lengths a new one may have. */
    @GetMapping("/terms")
    @AnyStaff
    TermsView terms(@PathVariable long id, Actor actor) {
        OrgUnitView unit = plans.visible(id, readScope(actor));
        return new TermsView(terms.of(id), terms.allowedLengths(unit));
    }

    @PostMapping("/terms")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    ResponseEntity<OrgTerm> addTerm(@PathVariable long id, @Valid @RequestBody AddTermRequest request, Actor actor) {
        OrgTerm term = management.addTerm(
                id,
                request.congressNumber(),
                request.startsOn(),
                request.lengthMonths(),
                editScope(actor),
                actor.username());
        return ResponseEntity.created(URI.create("/api/v1/org-units/" + id + "/terms"))
                .body(term);
    }

    @PostMapping("/rename")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    OrgUnitView rename(@PathVariable long id, @Valid @RequestBody RenameRequest request, Actor actor) {
        return management.rename(
                id, request.name(), request.version(), request.decision(), editScope(actor), actor.username());
    }

    /** What moving the unit would do; writes nothing. */
    @PostMapping("/move/preview")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    OrgChangePreview previewMove(@PathVariable long id, @Valid @RequestBody MovePreviewRequest request, Actor actor) {
        return plans.preview(plans.move(id, request.newParentId(), editScope(actor)));
    }

    /** What merging the absorbed units into this one would do; writes nothing. */
    @PostMapping("/merge/preview")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    OrgChangePreview previewMerge(@PathVariable long id, @Valid @RequestBody MergePreviewRequest request, Actor actor) {
        return plans.preview(plans.merge(id, request.absorbedIds(), editScope(actor)));
    }

    /** Merges the absorbed units into this one (the survivor). */
    @PostMapping("/merge")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    OrgUnitView merge(@PathVariable long id, @Valid @RequestBody MergeRequest request, Actor actor) {
        return management.merge(
                new MergeOrgUnits(
                        id,
                        request.version(),
                        request.absorbed().stream()
                                .map(a -> new OrgChangePreview.UnitVersion(a.id(), a.version()))
                                .toList(),
                        request.decision()),
                editScope(actor),
                actor.username());
    }

    /** What splitting this unit would do; writes nothing. */
    @PostMapping("/split/preview")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    OrgChangePreview previewSplit(@PathVariable long id, @Valid @RequestBody SplitPreviewRequest request, Actor actor) {
        return plans.preview(plans.split(id, parts(request.parts()), editScope(actor)));
    }

    /** Forms new units from this one; returns them. */
    @PostMapping("/split")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    List<OrgUnitView> split(@PathVariable long id, @Valid @RequestBody SplitRequest request, Actor actor) {
        return management.split(
                new SplitOrgUnit(id, request.version(), parts(request.parts()), request.decision()),
                editScope(actor),
                actor.username());
    }

    /** Dissolves the unit; refused while it has members or child units. */
    @PostMapping("/dissolve")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    OrgUnitView dissolve(@PathVariable long id, @Valid @RequestBody DissolveRequest request, Actor actor) {
        return management.dissolve(id, request.version(), request.decision(), editScope(actor), actor.username());
    }

    private static List<SplitOrgUnit.NewUnit> parts(List<PartRequest> parts) {
        return parts.stream()
                .map(p -> new SplitOrgUnit.NewUnit(
                        p.kind(),
                        p.code(),
                        p.name(),
                        p.memberIds() == null ? List.of() : p.memberIds(),
                        p.childIds() == null ? List.of() : p.childIds()))
                .toList();
    }

    private static OrgScope readScope(Actor actor) {
        return actor.scopeFor(Allowed.STAFF);
    }

    private static OrgScope editScope(Actor actor) {
        return actor.scopeFor(OrgUnitController.EDITORS);
    }

    /**
     * A unit's terms.
     *
     * @param terms latest first; {@code current} marks the running one
     * @param allowedLengths lengths in months a new term may have (empty: the unit has no terms)
     */
    record TermsView(List<OrgTerm> terms, List<Integer> allowedLengths) {}

    /**
     * A term begun by a congress.
     *
     * @param congressNumber the congress's number ("lần thứ")
     * @param startsOn the day the congress was held
     * @param lengthMonths 60, or 30 for a cell with a 2.5-year term
     */
    record AddTermRequest(
            @NotNull(message = "{org.term.number.required}")
            @Min(value = 1, message = "{org.term.number.range}")
            @Max(value = 99, message = "{org.term.number.range}")
            @Nullable
            Integer congressNumber,

            @NotNull(message = "{org.term.starts.required}") @Nullable
            LocalDate startsOn,

            @NotNull(message = "{org.term.length.required}") @Nullable
            Integer lengthMonths) {}

    /**
     * A rename.
     *
     * @param name the new name
     * @param version the unit's version as last read
     */
    record RenameRequest(
            @NotBlank(message = "{org.name.required}") @Size(max = 255, message = "{org.name.size}")
            String name,

            @NotNull(message = "{version.required}") @Nullable
            Long version,

            @NotBlank(message = "{org.decision.number.required}")
            @Size(max = 60, message = "{org.decision.number.size}")
            String decisionNumber,

            @NotNull(message = "{org.decision.date.required}") @Nullable
            LocalDate decisionDate,

            @NotBlank(message = "{org.decision.issuer.required}")
            @Size(max = 255, message = "{org.decision.issuer.size}")
            String issuer,

            @NotNull(message = "{org.decision.effective.required}") @Nullable
            LocalDate effectiveOn)
            implements DecisionFields {}

    /**
     * A dissolution.
     *
     * @param version the unit's version as last read
     */
    record DissolveRequest(
            @NotNull(message = "{version.required}") @Nullable
            Long version,

            @NotBlank(message = "{org.decision.number.required}")
            @Size(max = 60, message = "{org.decision.number.size}")
            String decisionNumber,

            @NotNull(message = "{org.decision.date.required}") @Nullable
            LocalDate decisionDate,

            @NotBlank(message = "{org.decision.issuer.required}")
            @Size(max = 255, message = "{org.decision.issuer.size}")
            String issuer,

            @NotNull(message = "{org.decision.effective.required}") @Nullable
            LocalDate effectiveOn)
            implements DecisionFields {}

    /**
     * A move to preview.
     *
     * @param newParentId the new superior
     */
    record MovePreviewRequest(
            @NotNull(message = "{org.parentId.required}") @Nullable
            Long newParentId) {}

    /**
     * A merge to preview.
     *
     * @param absorbedIds the units to absorb into this one
     */
    record MergePreviewRequest(
            @NotEmpty(message = "{org.merge.absorbed.required}") @Size(max = 20, message = "{org.merge.absorbed.size}")
            List<Long> absorbedIds) {}

    /**
     * An absorbed unit.
     *
     * @param id unit id
     * @param version its version as last read
     */
    record AbsorbedRequest(
            @NotNull(message = "{org.merge.absorbed.required}") @Nullable
            Long id,

            @NotNull(message = "{version.required}") @Nullable
            Long version) {}

    /**
     * A merge into this unit (the survivor).
     *
     * @param version the survivor's version as last read
     * @param absorbed the units absorbed, with their versions
     */
    record MergeRequest(
            @NotNull(message = "{version.required}") @Nullable
            Long version,

            @NotEmpty(message = "{org.merge.absorbed.required}") @Size(max = 20, message = "{org.merge.absorbed.size}")
            List<@Valid AbsorbedRequest> absorbed,

            @NotBlank(message = "{org.decision.number.required}")
            @Size(max = 60, message = "{org.decision.number.size}")
            String decisionNumber,

            @NotNull(message = "{org.decision.date.required}") @Nullable
            LocalDate decisionDate,

            @NotBlank(message = "{org.decision.issuer.required}")
            @Size(max = 255, message = "{org.decision.issuer.size}")
            String issuer,

            @NotNull(message = "{org.decision.effective.required}") @Nullable
            LocalDate effectiveOn)
            implements DecisionFields {}

    /**
     * A unit to form by a split.
     *
     * @param kind its kind
     * @param code unique code
     * @param name name
     * @param memberIds active members of the source who move to it
     * @param childIds direct child units of the source that move under it
     */
    record PartRequest(
            @NotNull(message = "{org.kind.required}") @Nullable
            OrgUnitKind kind,

            @NotBlank(message = "{org.code.required}")
            @Size(max = 40, message = "{org.code.size}")
            @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{org.code.pattern}")
            String code,

            @NotBlank(message = "{org.name.required}") @Size(max = 255, message = "{org.name.size}")
            String name,

            @Nullable @Size(max = 500, message = "{org.split.members.size}")
            List<UUID> memberIds,

            @Nullable @Size(max = 200, message = "{org.split.children.size}")
            List<Long> childIds) {}

    /**
     * A split to preview.
     *
     * @param parts the units to form
     */
    record SplitPreviewRequest(
            @NotEmpty(message = "{org.split.parts.required}") @Size(max = 10, message = "{org.split.parts.size}")
            List<@Valid PartRequest> parts) {}

    /**
     * A split.
     *
     * @param version the source's version as last read
     * @param parts the units to form
     */
    record SplitRequest(
            @NotNull(message = "{version.required}") @Nullable
            Long version,

            @NotEmpty(message = "{org.split.parts.required}") @Size(max = 10, message = "{org.split.parts.size}")
            List<@Valid PartRequest> parts,

            @NotBlank(message = "{org.decision.number.required}")
            @Size(max = 60, message = "{org.decision.number.size}")
            String decisionNumber,

            @NotNull(message = "{org.decision.date.required}") @Nullable
            LocalDate decisionDate,

            @NotBlank(message = "{org.decision.issuer.required}")
            @Size(max = 255, message = "{org.decision.issuer.size}")
            String issuer,

            @NotNull(message = "{org.decision.effective.required}") @Nullable
            LocalDate effectiveOn)
            implements DecisionFields {}
}
