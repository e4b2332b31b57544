package vn.dangvu.member.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.member.MembershipAge;
import vn.dangvu.member.MembershipAges;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.Role;

/** A member's membership age (tuổi đảng) with the periods not counted, and the periods out of contact recorded. */
@RestController
class MembershipAgeController {

    private final MembershipAges ages;
    private final ActivityGaps gaps;
    private final AuditTrail audit;
    private final Clock clock;

    MembershipAgeController(MembershipAges ages, ActivityGaps gaps, AuditTrail audit, Clock clock) {
        this.ages = ages;
        this.gaps = gaps;
        this.audit = audit;
        this.clock = clock;
    }

    /** The age on {@code asOf} (default today) in years, months and days, with the gaps subtracted. */
    @GetMapping("/api/v1/members/{id}/membership-age")
    @Allowed({Role.MEMBER, Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION
    })
    MembershipAge age(
            @PathVariable UUID id,
            @RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate asOf,
            Actor actor) {
        LocalDate day = asOf == null ? LocalDate.ofInstant(clock.instant(), clock.getZone()) : asOf;
        MembershipAge age = ages.of(id, day, actor.scopeFor(readersWithSelf())).age();
        if (!id.equals(actor.memberId())) {
            audit.record("member.age.read", "member", id, null);
        }
        return age;
    }

    /** Records a period out of party activity (out of contact), not counted in the age; answers the new age. */
    @PostMapping("/api/v1/members/{id}/activity-gaps")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    ResponseEntity<MembershipAge> recordGap(
            @PathVariable UUID id, @Valid @RequestBody ActivityGapRequest request, Actor actor) {
        java.time.Instant now = clock.instant();
        MembershipAge age = gaps.record(
                id,
                java.util.Objects.requireNonNull(request.from()),
                request.until(),
                java.util.Objects.requireNonNull(request.reason()),
                actor.scopeFor(Role.ORG_STAFF, Role.CITY_ORGANISATION),
                actor.username(),
                LocalDate.ofInstant(now, clock.getZone()),
                now);
        return ResponseEntity.created(java.net.URI.create("/api/v1/members/" + id + "/membership-age"))
                .body(age);
    }

    /**
     * Body of {@code POST /api/v1/members/{id}/activity-gaps}.
     *
     * @param from first day out of activity
     * @param until first day back in activity (exclusive); empty while still out of contact
     * @param reason what happened
     */
    record ActivityGapRequest(
            @NotNull(message = "{member.gap.from.required}") @Nullable
            LocalDate from,

            @Nullable LocalDate until,

            @NotBlank(message = "{member.gap.reason.required}")
            @Size(max = 500, message = "{member.lifecycle.text.size}")
            @Nullable
            String reason) {}

    private static Role[] readersWithSelf() {
        Role[] roles = java.util.Arrays.copyOf(MemberController.READERS, MemberController.READERS.length + 1);
        roles[MemberController.READERS.length] = Role.MEMBER;
        return roles;
    }
}
