package vn.dangvu.org.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.org.CreateOrgUnit;
import vn.dangvu.org.OrgDecision;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.org.OrgUnitManagement;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AnyStaff;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.Role;

/** The organisation tree over HTTP; every read and write is limited to the caller's scope. */
@RestController
@RequestMapping("/api/v1/org-units")
class OrgUnitController {

    static final Role[] EDITORS = {Role.ORG_STAFF, Role.CITY_ORGANISATION};

    private final OrgTreeQueries queries;
    private final OrgUnitManagement management;

    OrgUnitController(OrgTreeQueries queries, OrgUnitManagement management) {
        this.queries = queries;
        this.management = management;
    }

    /** The roots of the caller's scope, where the tree navigator starts. */
    @GetMapping("/roots")
    @AnyStaff
    List<OrgUnitView> roots(Actor actor) {
        return queries.roots(scope(actor));
    }

    @GetMapping("/{id}")
    @AnyStaff
    OrgUnitView get(@PathVariable long id, Actor actor) {
        return visible(id, scope(actor));
    }

    @GetMapping("/{id}/children")
    @AnyStaff
    PageResult<OrgUnitView> children(
            @PathVariable long id, @Valid @org.springdoc.core.annotations.ParameterObject Paging paging, Actor actor) {
        visible(id, scope(actor));
        return queries.children(id, paging);
    }

    /** The unit's ancestors inside the caller's scope, top first: to reveal a search hit in the tree. */
    @GetMapping("/{id}/ancestors")
    @AnyStaff
    List<OrgUnitView> ancestors(@PathVariable long id, Actor actor) {
        OrgScope scope = scope(actor);
        return queries.ancestors(visible(id, scope), scope);
    }

    /** Name search ignoring case and diacritics. */
    @GetMapping
    @AnyStaff
    PageResult<OrgUnitView> search(
            @RequestParam(defaultValue = "") @Size(max = 100, message = "{org.search.q.size}") String q,
            @Valid @org.springdoc.core.annotations.ParameterObject Paging paging,
            Actor actor) {
        return queries.search(q, scope(actor), paging);
    }

    @PostMapping
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    ResponseEntity<OrgUnitView> create(@Valid @RequestBody CreateOrgUnitRequest request, Actor actor) {
        OrgUnitView created = management.create(
                new CreateOrgUnit(request.parentId(), request.kind(), request.code(), request.name()),
                request.decision(),
                actor.scopeFor(EDITORS),
                actor.username());
        return ResponseEntity.created(URI.create("/api/v1/org-units/" + created.id()))
                .body(created);
    }

    @PostMapping("/{id}/move")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    OrgUnitView move(@PathVariable long id, @Valid @RequestBody MoveOrgUnitRequest request, Actor actor) {
        return management.move(
                id,
                request.newParentId(),
                request.version(),
                request.decision(),
                actor.scopeFor(EDITORS),
                actor.username());
    }

    private OrgUnitView visible(long id, OrgScope scope) {
        return queries.find(id, scope).orElseThrow(() -> DomainException.notFound("org.unit.not-found", id));
    }

    private static OrgScope scope(Actor actor) {
        return actor.scopeFor(Allowed.STAFF);
    }

    /**
     * Body of a create.
     *
     * @param parentId the parent unit
     * @param kind kind of the new unit
     * @param code short unique code (letters, digits, dot, dash)
     * @param name full Vietnamese name
     * @param decisionNumber number of the founding decision, if at hand (then its date and issuer are required)
     * @param decisionDate date of the founding decision
     * @param issuer the body that issued it
     * @param effectiveOn the day the unit was founded (default: the decision's date)
     */
    record CreateOrgUnitRequest(
            @NotNull(message = "{org.parentId.required}") Long parentId,
            @NotNull(message = "{org.kind.required}") OrgUnitKind kind,

            @NotBlank(message = "{org.code.required}")
            @Size(max = 40, message = "{org.code.size}")
            @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{org.code.pattern}")
            String code,

            @NotBlank(message = "{org.name.required}") @Size(max = 255, message = "{org.name.size}")
            String name,

            @Nullable @Size(max = 60, message = "{org.decision.number.size}")
            String decisionNumber,

            @Nullable LocalDate decisionDate,

            @Nullable @Size(max = 255, message = "{org.decision.issuer.size}")
            String issuer,

            @Nullable LocalDate effectiveOn) {

        /** The founding decision, or {@code null} when none is given. */
        @Nullable
        OrgDecision decision() {
            if (decisionNumber == null || decisionNumber.isBlank()) {
                return null;
            }
            if (decisionDate == null) {
                throw DomainException.rule("org.decision.date.required").onField("decisionDate");
            }
            if (issuer == null || issuer.isBlank()) {
                throw DomainException.rule("org.decision.issuer.required").onField("issuer");
            }
            return new OrgDecision(
                    decisionNumber, decisionDate, issuer, effectiveOn == null ? decisionDate : effectiveOn);
        }
    }

    /**
     * Body of a move.
     *
     * @param newParentId the new parent
     * @param version the unit's version as last read
     * @param decisionNumber number and symbol of the decision, e.g. 1234-QĐ/TU
     * @param decisionDate date of the decision
     * @param issuer the body that issued it
     * @param effectiveOn the day the move takes effect
     */
    record MoveOrgUnitRequest(
            @NotNull(message = "{org.parentId.required}") Long newParentId,

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
}
