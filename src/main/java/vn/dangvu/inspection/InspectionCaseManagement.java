package vn.dangvu.inspection;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.inspection.internal.CaseWorkflow;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;

/**
 * Inspection and supervision cases (REGULATIONS §10.2): opened by the INSPECTION role for a commission in its scope,
 * steps recorded in order ({@code CaseStepPolicy}), concluded with the finding and the categories of violation.
 * Confidential: read only by that role over the commission and by members the case names; every read and write is
 * audited. Each call is one transaction.
 */
@Service
@Transactional
public class InspectionCaseManagement {

    private final CaseWorkflow workflow;
    private final AuditTrail audit;

    InspectionCaseManagement(CaseWorkflow workflow, AuditTrail audit) {
        this.workflow = workflow;
        this.audit = audit;
    }

    /** Opens a case; returns its id. */
    public UUID open(OpenCase command, Actor actor) {
        UUID id = workflow.open(command, actor);
        audit.record("inspection-case.open", "inspection-case", id, command);
        return id;
    }

    /** Records the next step (409 when the version is stale; 422 naming the rule when out of order). */
    public void recordStep(UUID id, RecordCaseStep command, Actor actor) {
        workflow.recordStep(id, command, actor);
        audit.record("inspection-case.step", "inspection-case", id, command);
    }

    /** The case file, if the caller may read it (404 otherwise); audited. */
    public CaseView read(UUID id, Actor actor) {
        CaseView view = workflow.view(id, actor);
        audit.record("inspection-case.read", "inspection-case", id, null);
        return view;
    }

    /** The cases the caller may read, newest first; audited. */
    public PageResult<CaseSummary> list(@Nullable CaseType type, @Nullable String query, Paging paging, Actor actor) {
        PageResult<CaseSummary> page = workflow.list(type, query, paging, actor);
        audit.record(
                "inspection-case.list",
                "inspection-case",
                null,
                Map.of("type", type == null ? "" : type.name(), "page", paging.pageOrDefault()));
        return page;
    }
}
