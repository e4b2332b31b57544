package vn.dangvu.member.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.member.MemberView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.Role;

/** Member search and records over HTTP, limited to the caller's scope; every read of personal data is audited. */
@RestController
@RequestMapping("/api/v1/members")
class MemberController {

    static final Role[] READERS = {
        Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION
    };

    private final MemberQueries queries;
    private final AuditTrail audit;

    MemberController(MemberQueries queries, AuditTrail audit) {
        this.queries = queries;
        this.audit = audit;
    }

    /** Search by name (ignoring diacritics), card number or citizen ID, within a subtree; sorted by given name. */
    @GetMapping
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    PageResult<MemberSummary> search(
            @RequestParam(required = false) @Size(max = 100, message = "{member.search.q.size}") @Nullable String q,
            @RequestParam(required = false) @Nullable Long orgUnitId,
            @Valid @org.springdoc.core.annotations.ParameterObject Paging paging,
            Actor actor) {
        MemberQueries.Criteria criteria = new MemberQueries.Criteria(q, orgUnitId);
        PageResult<MemberSummary> page = queries.search(criteria, actor.scopeFor(READERS), paging);
        audit.record("member.search", "member", null, criteria);
        return page;
    }

    /** A member's record: staff in scope, or the member themself. */
    @GetMapping("/{id}")
    @Allowed({Role.MEMBER, Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION
    })
    MemberView get(@PathVariable UUID id, Actor actor) {
        MemberView member = queries.find(id, actor.scopeFor(withSelf()))
                .orElseThrow(() -> DomainException.notFound("member.not-found", id));
        if (!id.equals(actor.memberId())) {
            audit.record("member.read", "member", id, null);
        }
        return member;
    }

    private static Role[] withSelf() {
        Role[] roles = java.util.Arrays.copyOf(READERS, READERS.length + 1);
        roles[READERS.length] = Role.MEMBER;
        return roles;
    }
}
