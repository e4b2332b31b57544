package vn.dangvu.member.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.member.AgedMember;
import vn.dangvu.member.MembershipAge;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;

/**
 * Records a period a member was out of party activity (out of contact), which the membership age does not count
 * ({@link MembershipAgePolicy}); audited, in one transaction.
 */
@Component
class ActivityGaps {

    private final JdbcClient jdbc;
    private final MembershipAgeQueries ages;
    private final AuditTrail audit;

    ActivityGaps(JdbcClient jdbc, MembershipAgeQueries ages, AuditTrail audit) {
        this.jdbc = jdbc;
        this.ages = ages;
        this.audit = audit;
    }

    @Transactional
    MembershipAge record(
            UUID memberId,
            LocalDate from,
            @Nullable LocalDate until,
            String reason,
            OrgScope scope,
            String by,
            LocalDate today,
            Instant now) {
        AgedMember member = ages.find(memberId, scope, today);
        if (until != null && !until.isAfter(from)) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "member.gap.until-before").onField("until");
        }
        if (from.isAfter(today) || (until != null && until.isAfter(today))) {
            throw LifecyclePolicy.refuse("member.gap.future", MembershipAgePolicy.RULE, "from");
        }
        if (from.isBefore(member.age().countedFrom())) {
            throw LifecyclePolicy.refuse(
                    "member.gap.before-admission",
                    MembershipAgePolicy.RULE,
                    "from",
                    member.age().countedFrom());
        }
        jdbc.sql("""
                        INSERT INTO member_activity_gap (member_id, from_date, until_date, reason, recorded_by, recorded_at)
                        VALUES (:m, :from, :until, :reason, :by, :at)""")
                .param("m", memberId)
                .param("from", from)
                .param("until", until)
                .param("reason", reason.strip())
                .param("by", by)
                .param("at", Timestamp.from(now))
                .update();
        audit.record(
                "member.gap.record",
                "member",
                memberId,
                Map.of("from", from.toString(), "until", until == null ? "" : until.toString()));
        return ages.find(memberId, scope, today).age();
    }
}
