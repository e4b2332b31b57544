package vn.dangvu.inspection;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.inspection.internal.PlanWorkflow;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;

/**
 * Inspection and supervision plans (REGULATIONS §10.2; QĐ 296-QĐ/TW 2025): the yearly or whole-term plan of a
 * commission, a committee or a cell, its items (subject, content, planned period, who carries it out) and the progress
 * of the cases opened from them ({@code PlanProgressPolicy}). A commission's plan is managed by the INSPECTION role over
 * its unit; a committee's or a cell's own plan by its organisation staff or secretary; the INSPECTION role over the unit
 * reads both. Every read and write is audited. Each call is one transaction.
 */
@Service
@Transactional
public class InspectionPlanManagement {

    private final PlanWorkflow workflow;
    private final AuditTrail audit;

    InspectionPlanManagement(PlanWorkflow workflow, AuditTrail audit) {
        this.workflow = workflow;
        this.audit = audit;
    }

    /** Creates a plan; returns its id (404 on the owning unit when outside the caller's scope for that owner). */
    public UUID create(CreatePlan command, Actor actor) {
        UUID id = workflow.create(command, actor);
        audit.record("inspection-plan.create", "inspection-plan", id, command);
        return id;
    }

    /** Edits the plan's header (409 when the version is stale). */
    public void edit(UUID id, EditPlan command, Actor actor) {
        workflow.edit(id, command, actor);
        audit.record("inspection-plan.edit", "inspection-plan", id, command);
    }

    /** Adds an item; returns its id. */
    public UUID addItem(UUID planId, SavePlanItem command, Actor actor) {
        UUID itemId = workflow.addItem(planId, command, actor);
        audit.record("inspection-plan.item-add", "inspection-plan", planId, command);
        return itemId;
    }

    /** Edits an item (409 when stale, or when a case already opened from it would lose its subject). */
    public void editItem(UUID planId, UUID itemId, SavePlanItem command, Actor actor) {
        workflow.editItem(planId, itemId, command, actor);
        audit.record("inspection-plan.item-edit", "inspection-plan", planId, command);
    }

    /** Deletes an item from which no case was opened (409 otherwise). */
    public void deleteItem(UUID planId, UUID itemId, Actor actor) {
        workflow.deleteItem(planId, itemId, actor);
        audit.record("inspection-plan.item-delete", "inspection-plan", planId, Map.of("itemId", itemId));
    }

    /** The plan with its items and progress, if the caller may read it (404 otherwise); audited. */
    public PlanView read(UUID id, Actor actor) {
        PlanView view = workflow.view(id, actor);
        audit.record("inspection-plan.read", "inspection-plan", id, null);
        return view;
    }

    /** The plans the caller may read covering {@code year}, latest period first; audited. */
    public PageResult<PlanSummary> list(
            @Nullable Integer year, CaseType.@Nullable Activity activity, Paging paging, Actor actor) {
        PageResult<PlanSummary> page = workflow.list(year, activity, paging, actor);
        Map<String, Object> details = new HashMap<>();
        details.put("year", year == null ? "" : year);
        details.put("activity", activity == null ? "" : activity.name());
        details.put("page", paging.pageOrDefault());
        audit.record("inspection-plan.list", "inspection-plan", null, details);
        return page;
    }
}
