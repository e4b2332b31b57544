package vn.dangvu.badge.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.badge.BadgeAward;
import vn.dangvu.badge.BadgeKind;
import vn.dangvu.badge.BadgeManagement;
import vn.dangvu.badge.BadgeState;
import vn.dangvu.badge.EligibleList;
import vn.dangvu.badge.SubmitBadge;
import vn.dangvu.member.MembershipAges;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.Role;

/** Party badges over HTTP: the eligible lists of the award occasions, proposals and awards, a member's badges. */
@RestController
class BadgeController {

    static final Role[] READERS = {
        Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION
    };

    private final BadgeLists lists;
    private final BadgeManagement management;
    private final BadgeAwardStore store;
    private final MembershipAges ages;
    private final OrgUnits orgUnits;
    private final AuditTrail audit;
    private final Clock clock;

    BadgeController(
            BadgeLists lists,
            BadgeManagement management,
            BadgeAwardStore store,
            MembershipAges ages,
            OrgUnits orgUnits,
            AuditTrail audit,
            Clock clock) {
        this.lists = lists;
        this.management = management;
        this.store = store;
        this.ages = ages;
        this.orgUnits = orgUnits;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Official members of the caller's scope (or of a subtree of it) whose membership age reaches a milestone by the
     * occasion (default: the next one), not yet awarded it; with {@code early}, also those an early rule would allow.
     */
    @GetMapping("/api/v1/badges/eligible")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    EligibleList eligible(
            @RequestParam(required = false) @Nullable Long orgUnitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate occasion,
            @RequestParam(defaultValue = "false") boolean early,
            @RequestParam(required = false) @Nullable Integer milestone,
            @Valid @org.springdoc.core.annotations.ParameterObject Paging paging,
            Actor actor) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        LocalDate day = occasion == null ? BadgePolicy.nextOccasions(today, 1).get(0) : occasion;
        if (!BadgePolicy.isOccasion(day)) {
            throw BadgePolicy.refuse("badge.occasion.invalid", BadgePolicy.RULE, "occasion", day);
        }
        if (milestone != null && !BadgePolicy.MILESTONES.contains(milestone)) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "badge.milestone.invalid", milestone)
                    .onField("milestone");
        }
        OrgScope scope = actor.scopeFor(READERS);
        String path = null;
        if (orgUnitId != null) {
            path = orgUnits.findWithin(orgUnitId, scope)
                    .orElseThrow(() -> DomainException.notFound("org.unit.not-found", orgUnitId))
                    .path();
        }
        EligibleList list = lists.eligible(scope, path, day, early, milestone, paging, today);
        audit.record("badge.eligible.read", "org-unit", orgUnitId, null);
        return list;
    }

    /** Proposes a badge or records its award; early and posthumous awards are checked against their rules. */
    @PostMapping("/api/v1/badges/awards")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION})
    ResponseEntity<BadgeAward> submit(@Valid @RequestBody SubmitBadgeRequest request, Actor actor) {
        BadgeAward award = management.submit(request.toCommand(), actor);
        return ResponseEntity.created(URI.create("/api/v1/members/" + award.memberId() + "/badges"))
                .body(award);
    }

    /** The member's badges, proposed and awarded. */
    @GetMapping("/api/v1/members/{id}/badges")
    @Allowed({Role.MEMBER, Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION
    })
    List<BadgeAward> badges(@PathVariable UUID id, Actor actor) {
        Role[] roles = java.util.Arrays.copyOf(READERS, READERS.length + 1);
        roles[READERS.length] = Role.MEMBER;
        ages.requireVisible(id, actor.scopeFor(roles));
        if (!id.equals(actor.memberId())) {
            audit.record("badge.member.read", "member", id, null);
        }
        return store.ofMember(id);
    }

    /**
     * Body of {@code POST /api/v1/badges/awards}.
     *
     * @param memberId the member
     * @param milestone years (30, 40, 45 … 90)
     * @param occasion the award occasion (3/2, 19/5, 2/9, 7/11)
     * @param kind normal, illness (early) or posthumous
     * @param state PROPOSED or AWARDED
     * @param reason required for illness and posthumous awards
     * @param decisionNumber required for an award
     * @param decisionDate required for an award
     * @param decisionBody the deciding committee
     * @param version the version of the proposal last read
     */
    record SubmitBadgeRequest(
            @NotNull(message = "{badge.memberId.required}") @Nullable
            UUID memberId,

            @NotNull(message = "{badge.milestone.required}") @Nullable
            Integer milestone,

            @NotNull(message = "{badge.occasion.required}") @Nullable
            LocalDate occasion,

            @NotNull(message = "{badge.kind.required}") @Nullable
            BadgeKind kind,

            @NotNull(message = "{badge.state.required}") @Nullable
            BadgeState state,

            @Size(max = 1000, message = "{badge.text.size}") @Nullable
            String reason,

            @Size(max = 40, message = "{badge.text.size}") @Nullable
            String decisionNumber,

            @Nullable LocalDate decisionDate,

            @Size(max = 200, message = "{badge.text.size}") @Nullable
            String decisionBody,

            @Nullable Long version) {

        SubmitBadge toCommand() {
            return new SubmitBadge(
                    java.util.Objects.requireNonNull(memberId),
                    java.util.Objects.requireNonNull(milestone),
                    java.util.Objects.requireNonNull(occasion),
                    java.util.Objects.requireNonNull(kind),
                    java.util.Objects.requireNonNull(state),
                    reason,
                    decisionNumber,
                    decisionDate,
                    decisionBody,
                    version);
        }
    }
}
