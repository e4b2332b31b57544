package vn.dangvu.member.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.member.RemovalProposal;
import vn.dangvu.member.RemovalProposalState;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;

/** Open proposals of removal from the list, and their dismissal by the organisation staff. */
@RestController
class RemovalProposalController {

    static final Role[] DISMISSERS = {Role.ORG_STAFF, Role.CITY_ORGANISATION};

    private final RemovalProposalStore store;
    private final AuditTrail audit;
    private final Clock clock;

    RemovalProposalController(RemovalProposalStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The open proposals of the members of the caller's scope. */
    @GetMapping("/api/v1/removal-proposals")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    List<RemovalProposal> open(Actor actor) {
        List<RemovalProposal> open = store.open(actor.scopeFor(MemberController.READERS));
        audit.record("member.removal.read", "member", null, null);
        return open;
    }

    /** Dismisses an open proposal with a reason (a good reason was shown, the arrears were paid …). */
    @PostMapping("/api/v1/removal-proposals/{id}/dismissal")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    @Transactional
    RemovalProposal dismiss(@PathVariable long id, @Valid @RequestBody DismissRequest request, Actor actor) {
        OrgScope scope = actor.scopeFor(DISMISSERS);
        RemovalProposal proposal =
                store.findWithin(id, scope).orElseThrow(() -> DomainException.notFound("member.removal.not-found", id));
        String reason = Objects.requireNonNull(request.reason());
        store.close(
                id,
                Objects.requireNonNull(request.version()),
                RemovalProposalState.DISMISSED,
                reason,
                actor.username(),
                clock.instant());
        audit.record(
                "member.removal.dismiss", "member", proposal.memberId(), Map.of("proposalId", id, "reason", reason));
        return store.get(id);
    }

    /**
     * Body of the dismissal.
     *
     * @param reason why the proposal is dismissed
     * @param version the version last read
     */
    record DismissRequest(
            @NotBlank(message = "{member.removal.reason.required}")
            @Size(max = 1000, message = "{member.removal.reason.size}")
            @Nullable
            String reason,

            @NotNull(message = "{member.removal.version.required}") @Nullable
            Long version) {}
}
