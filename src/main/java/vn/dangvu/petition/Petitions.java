package vn.dangvu.petition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.petition.internal.PetitionDeadlinePolicy;
import vn.dangvu.petition.internal.PetitionQueries;
import vn.dangvu.petition.internal.PetitionRow;
import vn.dangvu.petition.internal.PetitionStore;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;

/** Read API of petitions: the inbox, one petition, the ageing report and reception days, always within a scope. */
@Service
@Transactional(readOnly = true)
public class Petitions {

    private final PetitionStore store;
    private final PetitionQueries queries;
    private final PetitionDeadlinePolicy deadlines;
    private final OrgUnits orgUnits;
    private final Clock clock;

    Petitions(
            PetitionStore store,
            PetitionQueries queries,
            PetitionDeadlinePolicy deadlines,
            OrgUnits orgUnits,
            Clock clock) {
        this.store = store;
        this.queries = queries;
        this.deadlines = deadlines;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    /** The inbox of the scope, optionally of the subtree of one unit of it (404 when outside). */
    public PageResult<PetitionSummary> inbox(
            OrgScope scope,
            @Nullable Long orgUnitId,
            @Nullable PetitionState state,
            @Nullable PetitionKind kind,
            boolean openOnly,
            boolean overdueOnly,
            Paging paging) {
        String path = orgUnitId == null ? null : unit(orgUnitId, scope).path();
        return queries.inbox(scope, path, state, kind, openOnly, overdueOnly, paging);
    }

    /** A petition visible in the scope with its history and files; otherwise {@code petition.not-found}. */
    public PetitionView detail(UUID id, OrgScope scope) {
        PetitionRow p = store.require(id, scope);
        LocalDate today = LocalDate.now(clock);
        PetitionKind kind = p.kind();
        String rule = switch (p.state()) {
            case RECEIVED, ROUTED -> "Luật Khiếu nại 2011, Điều 27";
            case ACCEPTED -> kind == null ? null : deadlines.settleRule(kind, p.secondInstance());
            case GUIDED, SETTLED -> null;
        };
        return new PetitionView(
                p.id(),
                p.receivedUnitId(),
                queries.unitName(p.receivedUnitId()),
                p.handlingUnitId(),
                queries.unitName(p.handlingUnitId()),
                p.petitionerName(),
                p.petitionerAddress(),
                p.petitionerPhone(),
                p.petitionerIdNo(),
                p.channel(),
                p.receivedOn(),
                p.subject(),
                p.content(),
                kind,
                p.competence(),
                p.complex(),
                p.secondInstance(),
                p.duplicateOf(),
                store.duplicatesOf(id),
                p.state(),
                p.acceptDue(),
                p.acceptedOn(),
                p.settleDue(),
                p.extensions(),
                p.state() == PetitionState.ACCEPTED ? deadlines.extensionsLeft(kind, p.extensions()) : 0,
                p.due(),
                deadlines.status(p.due(), today),
                rule,
                p.guidance(),
                p.replyText(),
                p.repliedOn(),
                store.steps(id),
                store.attachments(id),
                p.version());
    }

    /** A file of a petition visible in the scope. */
    public PetitionStore.StoredFile attachment(UUID id, UUID attachmentId, OrgScope scope) {
        store.require(id, scope);
        return store.attachment(id, attachmentId)
                .orElseThrow(() -> DomainException.notFound("petition.attachment.not-found", attachmentId));
    }

    /** Open petitions handled in the subtree of a unit of the scope, by unit and age band. */
    public PetitionAgeing ageing(long orgUnitId, OrgScope scope) {
        return queries.ageing(unit(orgUnitId, scope).path());
    }

    /** Reception days held in the subtree of a unit of the scope in one month. */
    public List<ReceptionDay> receptionDays(long orgUnitId, YearMonth month, OrgScope scope) {
        return queries.receptionDays(
                unit(orgUnitId, scope).path(),
                month.atDay(1),
                month.plusMonths(1).atDay(1));
    }

    /**
     * Reception days held in exactly one unit by any of the given heads between {@code from} and {@code to}
     * (inclusive), for the grassroots work of committee members. The caller has checked its scope.
     */
    public List<ReceptionDay> heldBy(long orgUnitId, java.util.Collection<UUID> heads, LocalDate from, LocalDate to) {
        return queries.receptionDaysOf(orgUnitId, heads, from, to.plusDays(1));
    }

    private OrgUnitView unit(long id, OrgScope scope) {
        return orgUnits.findWithin(id, scope).orElseThrow(() -> DomainException.notFound("org.unit.not-found", id));
    }
}
