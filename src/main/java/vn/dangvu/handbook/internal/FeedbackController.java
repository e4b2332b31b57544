package vn.dangvu.handbook.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.handbook.Feedback;
import vn.dangvu.handbook.FeedbackState;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.MemberNotifications;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.Role;

/**
 * The committees' side of members' feedback: the questions and opinions from cells in the caller's scope, and the
 * answer, which the member is told about in the handbook.
 */
@RestController
@Validated
class FeedbackController {

    /** Notifications are stored in Vietnamese, the members' language. */
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    static final Role[] ANSWERERS = {
        Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.LEADERSHIP
    };

    private final FeedbackStore feedback;
    private final OrgUnits orgUnits;
    private final MemberNotifications notifications;
    private final AuditTrail audit;
    private final MessageSource messages;

    FeedbackController(
            FeedbackStore feedback,
            OrgUnits orgUnits,
            MemberNotifications notifications,
            AuditTrail audit,
            MessageSource messages) {
        this.messages = messages;
        this.feedback = feedback;
        this.orgUnits = orgUnits;
        this.notifications = notifications;
        this.audit = audit;
    }

    /** Feedback from the cells of the caller's scope (or of one unit's subtree), open first. */
    @GetMapping("/api/v1/feedback")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.LEADERSHIP})
    PageResult<Feedback> list(
            @RequestParam(required = false) @Nullable Long orgUnitId,
            @RequestParam(required = false) @Nullable FeedbackState state,
            @Valid @ParameterObject Paging paging,
            Actor actor) {
        OrgScope scope = actor.scopeFor(ANSWERERS);
        String path = null;
        if (orgUnitId != null) {
            path = orgUnits.findWithin(orgUnitId, scope)
                    .orElseThrow(() -> DomainException.notFound("org.unit.not-found", orgUnitId))
                    .path();
        }
        PageResult<Feedback> page = feedback.list(scope, path, state, paging);
        audit.record("handbook.feedback.list", "org-unit", orgUnitId, null);
        return page;
    }

    /** Answers a member's feedback; the member is notified. A stale version is a 409. */
    @PostMapping("/api/v1/feedback/{id}/answer")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.LEADERSHIP})
    @Transactional
    Feedback answer(@PathVariable UUID id, @Valid @RequestBody AnswerFeedbackRequest request, Actor actor) {
        OrgScope scope = actor.scopeFor(ANSWERERS);
        Feedback current = feedback.findWithin(id, scope)
                .orElseThrow(() -> DomainException.notFound("handbook.feedback.not-found", id));
        feedback.answer(id, request.version(), request.answer().strip(), actor.username());
        notifications.notify(
                List.of(current.memberId()),
                new MemberNotifications.Notice(
                        "feedback.answered",
                        messages.getMessage(
                                "handbook.notice.feedback-answered", new Object[] {current.subject()}, VIETNAMESE),
                        request.answer().strip(),
                        "/handbook/feedback"));
        audit.record("handbook.feedback.answer", "handbook-feedback", id, request);
        return feedback.findWithin(id, scope).orElseThrow();
    }

    /**
     * The answer to a member's feedback.
     *
     * @param answer the text
     * @param version the version the answer was written against
     */
    record AnswerFeedbackRequest(
            @NotBlank(message = "{handbook.feedback.answer.required}")
            @Size(max = 4000, message = "{handbook.feedback.answer.size}")
            String answer,

            @NotNull(message = "{version.required}") Long version) {}
}
