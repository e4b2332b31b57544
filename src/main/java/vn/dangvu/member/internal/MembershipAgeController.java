package vn.dangvu.member.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.member.MembershipAge;
import vn.dangvu.member.MembershipAges;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.Role;

/** A member's membership age (tuổi đảng) with the periods not counted. */
@RestController
class MembershipAgeController {

    private final MembershipAges ages;
    private final AuditTrail audit;
    private final Clock clock;

    MembershipAgeController(MembershipAges ages, AuditTrail audit, Clock clock) {
        this.ages = ages;
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

    private static Role[] readersWithSelf() {
        Role[] roles = java.util.Arrays.copyOf(MemberController.READERS, MemberController.READERS.length + 1);
        roles[MemberController.READERS.length] = Role.MEMBER;
        return roles;
    }
}
