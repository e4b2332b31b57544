package vn.dangvu.inspection.internal;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dangvu.inspection.CaseSubjectKind;
import vn.dangvu.inspection.DisciplineSubject;
import vn.dangvu.member.CellRosters;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;

/**
 * Finds the owning commission's unit in the caller's inspection scope and the subject inside the commission's subtree
 * (a commission inspects its own level and those below). Anything else reads as absent (404).
 */
@Component
class Subjects {

    /**
     * The subject as recorded.
     *
     * @param unitId the organisation, or the member's cell
     * @param memberId the member
     * @param name the organisation's or member's name
     * @param memberStatus the member's status
     */
    record Subject(
            long unitId,
            @Nullable UUID memberId,
            String name,
            @Nullable MemberStatus memberStatus) {}

    private final OrgUnits orgUnits;
    private final CellRosters rosters;

    Subjects(OrgUnits orgUnits, CellRosters rosters) {
        this.orgUnits = orgUnits;
        this.rosters = rosters;
    }

    OrgUnitRef commission(long unitId, OrgScope inspection) {
        return orgUnits.find(unitId)
                .filter(u -> inspection.covers(u.path()))
                .orElseThrow(() ->
                        DomainException.notFound("org.unit.not-found", unitId).onField("commissionUnitId"));
    }

    Subject find(CaseSubjectKind kind, @Nullable Long unitId, @Nullable UUID memberId, OrgUnitRef commission) {
        OrgScope within = new OrgScope(List.of(commission.path()), null);
        if (kind == CaseSubjectKind.ORGANISATION) {
            if (unitId == null) {
                throw Refusals.invalid("inspection.subject.unit-required", "subjectUnitId");
            }
            OrgUnitRef unit = orgUnits.find(unitId)
                    .filter(u -> within.covers(u.path()))
                    .orElseThrow(() -> DomainException.notFound("org.unit.not-found", unitId)
                            .onField("subjectUnitId"));
            return new Subject(unit.id(), null, unit.name(), null);
        }
        if (memberId == null) {
            throw Refusals.invalid("inspection.subject.member-required", "subjectMemberId");
        }
        CellRosters.RosterMember member = rosters.byIds(List.of(memberId)).stream()
                .filter(m -> orgUnits.find(m.orgUnitId())
                        .map(u -> within.covers(u.path()))
                        .orElse(false))
                .findFirst()
                .orElseThrow(() ->
                        DomainException.notFound("member.not-found", memberId).onField("subjectMemberId"));
        return new Subject(member.orgUnitId(), member.memberId(), member.fullName(), member.status());
    }

    /** Official or probationary, read from the registry; anyone else cannot be disciplined as a member. */
    static DisciplineSubject disciplineSubject(Subject subject) {
        MemberStatus status = subject.memberStatus();
        if (subject.memberId() == null || status == null) {
            return DisciplineSubject.ORGANISATION;
        }
        return switch (status) {
            case OFFICIAL, EXEMPTED -> DisciplineSubject.OFFICIAL_MEMBER;
            case PROBATIONARY -> DisciplineSubject.PROBATIONARY_MEMBER;
            default ->
                throw Refusals.refuse(
                        "inspection.discipline.not-a-member",
                        DisciplineFormPolicy.RULE,
                        "subjectMemberId",
                        subject.name());
        };
    }
}
