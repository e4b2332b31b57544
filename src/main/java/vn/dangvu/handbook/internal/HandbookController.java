package vn.dangvu.handbook.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.document.Documents;
import vn.dangvu.handbook.Feedback;
import vn.dangvu.handbook.FeedbackKind;
import vn.dangvu.handbook.HandbookCard;
import vn.dangvu.handbook.HandbookHome;
import vn.dangvu.handbook.MyData;
import vn.dangvu.handbook.Notification;
import vn.dangvu.meeting.Meetings;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.MemberCard;
import vn.dangvu.shared.MemberDirectory;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.Role;

/** The member's own handbook: card, notifications, feedback. Every call reads and writes the caller's rows only. */
@RestController
@Validated
class HandbookController {

    private final MemberDirectory members;
    private final NotificationQueries notifications;
    private final FeedbackStore feedback;
    private final AuditTrail audit;
    private final Meetings meetings;
    private final Documents documents;
    private final MyDataExport myData;

    HandbookController(
            MemberDirectory members,
            NotificationQueries notifications,
            FeedbackStore feedback,
            AuditTrail audit,
            Meetings meetings,
            Documents documents,
            MyDataExport myData) {
        this.myData = myData;
        this.meetings = meetings;
        this.documents = documents;
        this.members = members;
        this.notifications = notifications;
        this.feedback = feedback;
        this.audit = audit;
    }

    /**
     * My party card (QĐ 339-QĐ/TW §2.4 fields) with the check-in QR payload. A member reading their own card is not
     * audited (see docs/architecture.md, "The member's handbook"); every read of a record by someone else is.
     */
    @GetMapping("/api/v1/handbook/card")
    @Allowed(Role.MEMBER)
    HandbookCard card(Actor actor) {
        return HandbookCard.of(myCard(actor));
    }

    /** The start screen in one call: my card, my next meeting and what is new. */
    @GetMapping("/api/v1/handbook/home")
    @Allowed(Role.MEMBER)
    HandbookHome home(Actor actor) {
        MemberCard card = myCard(actor);
        return new HandbookHome(
                HandbookCard.of(card),
                meetings.nextFor(card.id()).orElse(null),
                notifications.unread(card.id()),
                documents.unreadCount(actor));
    }

    /** My notifications, newest first, with the unread count. */
    @GetMapping("/api/v1/handbook/notifications")
    @Allowed(Role.MEMBER)
    NotificationPage notifications(@Valid @ParameterObject Paging paging, Actor actor) {
        UUID me = memberOf(actor);
        return new NotificationPage(notifications.list(me, paging), notifications.unread(me));
    }

    @PostMapping("/api/v1/handbook/notifications/{id}/read")
    @Allowed(Role.MEMBER)
    @Transactional
    ResponseEntity<Void> read(@PathVariable UUID id, Actor actor) {
        if (!notifications.markRead(memberOf(actor), id)) {
            throw DomainException.notFound("handbook.notification.not-found", id);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/handbook/notifications/read-all")
    @Allowed(Role.MEMBER)
    @Transactional
    ResponseEntity<Void> readAll(Actor actor) {
        notifications.markAllRead(memberOf(actor));
        return ResponseEntity.noContent().build();
    }

    /** My questions and opinions with the committee's answers. */
    @GetMapping("/api/v1/handbook/feedback")
    @Allowed(Role.MEMBER)
    List<Feedback> myFeedback(Actor actor) {
        return feedback.mine(memberOf(actor));
    }

    /** Sends a question or an opinion to the committee of my cell. */
    @PostMapping("/api/v1/handbook/feedback")
    @Allowed(Role.MEMBER)
    @Transactional
    ResponseEntity<Feedback> send(@Valid @RequestBody SendFeedbackRequest request, Actor actor) {
        MemberCard card = myCard(actor);
        UUID id = feedback.send(
                card.id(),
                card.fullName(),
                card.cellId(),
                request.kind(),
                request.subject().strip(),
                request.body().strip());
        audit.record("handbook.feedback.send", "handbook-feedback", id, request);
        Feedback sent = feedback.mine(card.id()).stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/handbook/feedback/" + id))
                .body(sent);
    }

    /**
     * A copy of everything held about me, as data (the codes as stored): the data subject's right of access
     * (Nghị định 13/2023/NĐ-CP Art. 14). Audited, like every export of personal data.
     */
    @GetMapping("/api/v1/handbook/my-data")
    @Allowed(Role.MEMBER)
    MyData myData(Actor actor) {
        MemberCard card = myCard(actor);
        audit.record("handbook.my-data.export", "member", card.id(), "json");
        return myData.of(card);
    }

    /** The same copy as a PDF to read and keep, the codes in words. */
    @GetMapping("/api/v1/handbook/my-data.pdf")
    @Allowed(Role.MEMBER)
    ResponseEntity<byte[]> myDataPdf(Actor actor) {
        MemberCard card = myCard(actor);
        audit.record("handbook.my-data.export", "member", card.id(), "pdf");
        byte[] pdf = myData.pdf(card, myData.of(card));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("du-lieu-ca-nhan.pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    private MemberCard myCard(Actor actor) {
        return members.card(memberOf(actor))
                .orElseThrow(() -> DomainException.notFound("handbook.member.not-found", actor.memberId()));
    }

    private static UUID memberOf(Actor actor) {
        UUID memberId = actor.memberId();
        if (memberId == null) {
            throw DomainException.notFound("handbook.member.not-found", actor.username());
        }
        return memberId;
    }

    /**
     * A page of notifications and the number not yet read.
     *
     * @param page the page
     * @param unread notifications not yet read, over all pages
     */
    record NotificationPage(PageResult<Notification> page, long unread) {}

    /**
     * A question or opinion to send.
     *
     * @param kind question or opinion
     * @param subject one line
     * @param body the text
     */
    record SendFeedbackRequest(
            @NotNull(message = "{handbook.feedback.kind.required}")
            FeedbackKind kind,

            @NotBlank(message = "{handbook.feedback.subject.required}")
            @Size(max = 200, message = "{handbook.feedback.subject.size}")
            String subject,

            @NotBlank(message = "{handbook.feedback.body.required}")
            @Size(max = 4000, message = "{handbook.feedback.body.size}")
            String body) {}
}
