package vn.dangvu.inspection;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.inspection.internal.DisciplineWorkflow;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;

/**
 * Discipline decisions and their appeals (REGULATIONS §10.3–10.5). A decision is refused, with the rule named, when
 * the form is not allowed for the subject ({@code DisciplineFormPolicy}) or a violation's limitation period has ended
 * ({@code DisciplineLimitationPolicy}); once recorded it ends membership (expulsion), rates the year "not completed"
 * and records a dissolution ({@code DisciplineEffects}). Appeals follow {@code AppealPolicy}; an annulment restores
 * rights where the other modules allow and records the rest. Confidential like the cases; every read is audited.
 */
@Service
@Transactional
public class DisciplineManagement {

    private final DisciplineWorkflow workflow;
    private final AuditTrail audit;

    DisciplineManagement(DisciplineWorkflow workflow, AuditTrail audit) {
        this.workflow = workflow;
        this.audit = audit;
    }

    /** Records a decision and applies its effects; returns its id. */
    public UUID decide(DecideDiscipline command, Actor actor) {
        UUID id = workflow.decide(command, actor);
        audit.record("discipline.decide", "discipline", id, command);
        return id;
    }

    /** Files an appeal against a decision; returns the appeal's id. */
    public UUID fileAppeal(UUID id, FileAppeal command, Actor actor) {
        UUID appealId = workflow.fileAppeal(id, command, actor);
        audit.record("discipline.appeal.file", "discipline", id, command);
        return appealId;
    }

    /** Records an appeal's outcome and what it changed. */
    public void decideAppeal(UUID id, UUID appealId, DecideAppeal command, Actor actor) {
        workflow.decideAppeal(id, appealId, command, actor);
        audit.record("discipline.appeal.decide", "discipline", id, Map.of("appealId", appealId, "body", command));
    }

    /** A decision, if the caller may read it (404 otherwise); audited. */
    public DisciplineView read(UUID id, Actor actor) {
        DisciplineView view = workflow.view(id, actor);
        audit.record("discipline.read", "discipline", id, null);
        return view;
    }

    /** The decisions the caller may read, newest first; audited. */
    public PageResult<DisciplineSummary> list(Paging paging, Actor actor) {
        PageResult<DisciplineSummary> page = workflow.list(paging, actor);
        audit.record("discipline.list", "discipline", null, Map.of("page", paging.pageOrDefault()));
        return page;
    }
}
