package vn.dangvu.inspection;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.inspection.internal.DenunciationWorkflow;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;

/**
 * Denunciations against party organisations and members handled inside the Party (REGULATIONS §10.6): recorded by the
 * handling commission (those the rule excludes as not handled, with the rule), accepted with a deadline, extended
 * once, concluded, and turned into an inspection case on the accused. Read only by the INSPECTION role over the
 * commission and never by the accused; every read and write is audited. Each call is one transaction.
 */
@Service
@Transactional
public class DenunciationManagement {

    private final DenunciationWorkflow workflow;
    private final AuditTrail audit;

    DenunciationManagement(DenunciationWorkflow workflow, AuditTrail audit) {
        this.workflow = workflow;
        this.audit = audit;
    }

    /** Records a denunciation; returns its id. */
    public UUID receive(ReceiveDenunciation command, Actor actor) {
        UUID id = workflow.receive(command, actor);
        audit.record("denunciation.receive", "denunciation", id, Map.of("commission", command.commissionUnitId()));
        return id;
    }

    /** Accepts it for handling (422 naming the rule when it is not handled or the accused would lead it). */
    public void accept(UUID id, AcceptDenunciation command, Actor actor) {
        workflow.accept(id, command, actor);
        audit.record("denunciation.accept", "denunciation", id, command);
    }

    /** Extends the deadline once. */
    public void extend(UUID id, ExtendDenunciation command, Actor actor) {
        workflow.extend(id, command, actor);
        audit.record("denunciation.extend", "denunciation", id, command);
    }

    /** Stops handling it (false name, repetition without new evidence). */
    public void dismiss(UUID id, DismissDenunciation command, Actor actor) {
        workflow.dismiss(id, command, actor);
        audit.record("denunciation.dismiss", "denunciation", id, command);
    }

    /** Concludes it. */
    public void conclude(UUID id, ConcludeDenunciation command, Actor actor) {
        workflow.conclude(id, command, actor);
        audit.record("denunciation.conclude", "denunciation", id, Map.of("finding", String.valueOf(command.finding())));
    }

    /** Opens an inspection case on the accused; returns the case's id. */
    public UUID openCase(UUID id, OpenDenunciationCase command, Actor actor) {
        UUID caseId = workflow.openCase(id, command, actor);
        audit.record("denunciation.open-case", "denunciation", id, Map.of("case", caseId));
        return caseId;
    }

    /** The file, if the caller handles it (404 otherwise); audited. */
    public DenunciationView read(UUID id, Actor actor) {
        DenunciationView view = workflow.view(id, actor);
        audit.record("denunciation.read", "denunciation", id, null);
        return view;
    }

    /** The register of the caller's commissions, newest first; audited. */
    public PageResult<DenunciationSummary> list(
            @Nullable DenunciationState state, @Nullable String query, Paging paging, Actor actor) {
        PageResult<DenunciationSummary> page = workflow.list(state, query, paging, actor);
        audit.record(
                "denunciation.list",
                "denunciation",
                null,
                Map.of("state", state == null ? "" : state.name(), "page", paging.pageOrDefault()));
        return page;
    }
}
