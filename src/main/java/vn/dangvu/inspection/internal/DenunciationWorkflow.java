package vn.dangvu.inspection.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dangvu.inspection.AcceptDenunciation;
import vn.dangvu.inspection.ConcludeDenunciation;
import vn.dangvu.inspection.DenunciationState;
import vn.dangvu.inspection.DenunciationSummary;
import vn.dangvu.inspection.DenunciationView;
import vn.dangvu.inspection.DismissDenunciation;
import vn.dangvu.inspection.ExtendDenunciation;
import vn.dangvu.inspection.NotHandledReason;
import vn.dangvu.inspection.OpenCase;
import vn.dangvu.inspection.OpenDenunciationCase;
import vn.dangvu.inspection.ReceiveDenunciation;
import vn.dangvu.member.CellRosters;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.SqlFragment;

/** The work behind {@link vn.dangvu.inspection.DenunciationManagement}; runs in the caller's transaction. */
@Component
public class DenunciationWorkflow {

    private final DenunciationStore store;
    private final DenunciationPolicy policy;
    private final CaseAccess access;
    private final Subjects subjects;
    private final CaseWorkflow cases;
    private final OrgUnits orgUnits;
    private final CellRosters rosters;
    private final Clock clock;

    DenunciationWorkflow(
            DenunciationStore store,
            DenunciationPolicy policy,
            CaseAccess access,
            Subjects subjects,
            CaseWorkflow cases,
            OrgUnits orgUnits,
            CellRosters rosters,
            Clock clock) {
        this.store = store;
        this.policy = policy;
        this.access = access;
        this.subjects = subjects;
        this.cases = cases;
        this.orgUnits = orgUnits;
        this.rosters = rosters;
        this.clock = clock;
    }

    public UUID receive(ReceiveDenunciation command, Actor actor) {
        OrgUnitRef commission =
                subjects.commission(Objects.requireNonNull(command.commissionUnitId()), access.managing(actor));
        Subjects.Subject accused;
        try {
            accused = subjects.find(
                    Objects.requireNonNull(command.accusedKind()),
                    command.accusedUnitId(),
                    command.accusedMemberId(),
                    commission);
        } catch (DomainException e) {
            throw e.onField(
                    Objects.requireNonNullElse(e.field(), "subjectUnitId").replace("subject", "accused"));
        }
        LocalDate receivedOn = Objects.requireNonNull(command.receivedOn());
        LocalDate today = today();
        if (receivedOn.isAfter(today)) {
            throw Refusals.refuse("inspection.date.future", DenunciationPolicy.RULE, "receivedOn");
        }
        String name = blankToNull(command.denouncerName());
        String address = blankToNull(command.denouncerAddress());
        boolean falseName = Boolean.TRUE.equals(command.falseName());
        boolean repeated = Boolean.TRUE.equals(command.repeated());
        NotHandledReason reason = DenunciationPolicy.notHandled(name, address, command.signers(), falseName, repeated)
                .orElse(null);
        UUID id = UUID.randomUUID();
        store.insert(
                new DenunciationStore.Row(
                        id,
                        commission.id(),
                        receivedOn,
                        Objects.requireNonNull(command.channel()),
                        name,
                        address,
                        blankToNull(command.denouncerContact()),
                        command.signers(),
                        falseName,
                        repeated,
                        command.accusedKind(),
                        accused.unitId(),
                        accused.memberId(),
                        accused.name(),
                        Objects.requireNonNull(command.content()).strip(),
                        reason == null ? DenunciationState.RECEIVED : DenunciationState.NOT_HANDLED,
                        reason,
                        reason == null ? null : receivedOn,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0),
                actor.username(),
                clock.instant());
        return id;
    }

    public void accept(UUID id, AcceptDenunciation command, Actor actor) {
        DenunciationStore.Row row = handled(id, actor);
        LocalDate on = Objects.requireNonNull(command.acceptedOn());
        policy.checkAcceptance(
                row.state(),
                row.notHandledReason(),
                on,
                row.receivedOn(),
                today(),
                command.handlerMemberId(),
                row.accusedMemberId());
        String handlerName = blankToNull(command.handlerName());
        if (command.handlerMemberId() != null) {
            handlerName = rosters.byIds(List.of(command.handlerMemberId())).stream()
                    .findFirst()
                    .map(CellRosters.RosterMember::fullName)
                    .orElseThrow(() -> DomainException.notFound("member.not-found", command.handlerMemberId())
                            .onField("handlerMemberId"));
        }
        store.accept(
                id,
                version(command.version()),
                on,
                command.handlerMemberId(),
                handlerName,
                policy.dueOn(on, central(row)),
                now());
    }

    public void extend(UUID id, ExtendDenunciation command, Actor actor) {
        DenunciationStore.Row row = handled(id, actor);
        int days = Objects.requireNonNull(command.days());
        LocalDate due = policy.extend(
                row.state(),
                row.extensionDays(),
                days,
                Objects.requireNonNullElse(row.dueOn(), today()),
                Objects.requireNonNullElse(row.acceptedOn(), row.receivedOn()),
                Objects.requireNonNull(command.noticeOn()),
                today());
        store.extend(
                id,
                version(command.version()),
                days,
                Objects.requireNonNull(command.reason()).strip(),
                command.noticeOn(),
                due,
                now());
    }

    public void dismiss(UUID id, DismissDenunciation command, Actor actor) {
        DenunciationStore.Row row = handled(id, actor);
        NotHandledReason reason = Objects.requireNonNull(command.reason());
        LocalDate on = Objects.requireNonNull(command.on());
        DenunciationPolicy.checkDismissal(row.state(), reason, on, row.receivedOn(), today());
        store.dismiss(id, version(command.version()), reason, on, now());
    }

    public void conclude(UUID id, ConcludeDenunciation command, Actor actor) {
        DenunciationStore.Row row = handled(id, actor);
        LocalDate on = Objects.requireNonNull(command.concludedOn());
        DenunciationPolicy.checkConclusion(
                row.state(), on, Objects.requireNonNullElse(row.acceptedOn(), row.receivedOn()), today());
        store.conclude(
                id,
                version(command.version()),
                on,
                Objects.requireNonNull(command.finding()),
                Objects.requireNonNull(command.conclusion()).strip(),
                now());
    }

    /** Opens an inspection case on the accused; the case carries neither the denouncer nor the denunciation's text. */
    public UUID openCase(UUID id, OpenDenunciationCase command, Actor actor) {
        DenunciationStore.Row row = handled(id, actor);
        DenunciationPolicy.requireState(row.state(), DenunciationState.HANDLING, "type");
        if (row.caseId() != null) {
            throw Refusals.refuse("denunciation.case-exists", DenunciationPolicy.RULE, "type");
        }
        UUID caseId = cases.open(
                new OpenCase(
                        row.commissionUnitId(),
                        command.type(),
                        row.accusedKind(),
                        row.accusedUnitId(),
                        row.accusedMemberId(),
                        command.title(),
                        null,
                        List.of(),
                        null),
                actor);
        // a stale version fails here, and the transaction takes the case back with it
        store.linkCase(id, version(command.version()), caseId, now());
        return caseId;
    }

    public DenunciationView view(UUID id, Actor actor) {
        DenunciationStore.Row row = handled(id, actor);
        LocalDate today = today();
        return new DenunciationView(
                row.id(),
                row.commissionUnitId(),
                orgUnits.find(row.commissionUnitId()).map(OrgUnitRef::name).orElse(""),
                row.receivedOn(),
                row.channel(),
                row.denouncerName(),
                row.denouncerAddress(),
                row.denouncerContact(),
                row.signerCount(),
                row.falseName(),
                row.repeated(),
                row.accusedKind(),
                row.accusedUnitId(),
                row.accusedMemberId(),
                row.accusedName(),
                row.content(),
                row.state(),
                row.notHandledReason(),
                row.notHandledOn(),
                DenunciationPolicy.RULE,
                row.acceptedOn(),
                row.handlerName(),
                row.dueOn(),
                daysLeft(row, today),
                row.extensionDays(),
                row.extensionReason(),
                row.extensionNoticeOn(),
                policy.maxExtensionDays(),
                row.concludedOn(),
                row.finding(),
                row.conclusion(),
                row.caseId(),
                row.version());
    }

    public PageResult<DenunciationSummary> list(
            @Nullable DenunciationState state, @Nullable String query, Paging paging, Actor actor) {
        PageResult<DenunciationStore.Row> page = store.list(readable(actor), state, query, paging);
        LocalDate today = today();
        return new PageResult<>(
                page.content().stream()
                        .map(row -> new DenunciationSummary(
                                row.id(),
                                row.commissionUnitId(),
                                row.receivedOn(),
                                row.channel(),
                                row.accusedKind(),
                                row.accusedName(),
                                row.state(),
                                row.notHandledReason(),
                                row.dueOn(),
                                daysLeft(row, today),
                                row.caseId()))
                        .toList(),
                page.page(),
                page.size(),
                page.totalElements());
    }

    private DenunciationStore.Row handled(UUID id, Actor actor) {
        return store.find(id, readable(actor))
                .orElseThrow(() -> DomainException.notFound("denunciation.not-found", id));
    }

    private SqlFragment readable(Actor actor) {
        return access.handling("d.commission_unit_id", "d.accused_member_id", actor);
    }

    private boolean central(DenunciationStore.Row row) {
        return orgUnits.find(row.commissionUnitId())
                .map(u -> u.kind() == OrgUnitKind.NATIONAL)
                .orElse(false);
    }

    private @Nullable Integer daysLeft(DenunciationStore.Row row, LocalDate today) {
        if (row.state() != DenunciationState.HANDLING || row.dueOn() == null) {
            return null;
        }
        return policy.workingDaysLeft(today, row.dueOn());
    }

    private static long version(@Nullable Long version) {
        return Objects.requireNonNull(version);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
