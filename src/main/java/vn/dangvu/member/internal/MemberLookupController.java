package vn.dangvu.member.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.member.MemberLookup;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.Role;

/**
 * Names for the pickers of staff who must name a member without reading member records: the city office adding the
 * members of a committee to its conference, or the person in charge of a programme task. Only the name and the cell,
 * the first {@value #LIMIT} matches of the caller's scope (the member list's search, diacritics ignored). Audited as a
 * search of the register.
 */
@RestController
@Validated
class MemberLookupController {

    static final int LIMIT = 20;

    static final Role[] PICKERS = {
        Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.LEADERSHIP, Role.INSPECTION
    };

    private final MemberSearch search;
    private final AuditTrail audit;

    MemberLookupController(MemberSearch search, AuditTrail audit) {
        this.search = search;
        this.audit = audit;
    }

    /** Members of the caller's scope (optionally of a subtree) whose name, card number or citizen ID matches. */
    @GetMapping("/api/v1/member-lookup")
    @Allowed({
        Role.CELL_SECRETARY,
        Role.ORG_STAFF,
        Role.CITY_ORGANISATION,
        Role.CITY_OFFICE,
        Role.LEADERSHIP,
        Role.INSPECTION
    })
    List<MemberLookup> lookup(
            @RequestParam
                    @NotBlank(message = "{member.lookup.q.required}")
                    @Size(min = 2, max = 100, message = "{member.lookup.q.size}")
                    String q,
            @RequestParam(required = false) @Nullable Long orgUnitId,
            Actor actor) {
        MemberFilter filter = MemberFilter.text(q.strip(), orgUnitId).checked();
        List<MemberLookup> found =
                search.search(filter, actor.scopeFor(PICKERS), new Paging(0, LIMIT)).content().stream()
                        .map(m -> new MemberLookup(m.id(), m.fullName(), m.cellName()))
                        .toList();
        audit.record("member.lookup", "member", null, filter);
        return found;
    }
}
