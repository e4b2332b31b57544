package vn.dangvu.meeting.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.meeting.InvitationView;
import vn.dangvu.meeting.MeetingManagement;
import vn.dangvu.meeting.Meetings;
import vn.dangvu.meeting.MyMeeting;
import vn.dangvu.meeting.Reply;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.Role;

/** The member's own side: their invitations, reply and check-in from the handbook. */
@RestController
@RequestMapping("/api/v1/meetings")
class MemberMeetingController {

    private final MeetingManagement management;
    private final Meetings meetings;

    MemberMeetingController(MeetingManagement management, Meetings meetings) {
        this.management = management;
        this.meetings = meetings;
    }

    /** The caller's invitations: upcoming (default) or held, with published materials, reply and check-in state. */
    @GetMapping("/mine")
    @Allowed(Role.MEMBER)
    List<MyMeeting> mine(@RequestParam(defaultValue = "true") boolean upcoming, Actor actor) {
        UUID self = self(actor);
        return upcoming ? meetings.upcomingFor(self, 20) : meetings.historyFor(self, 50);
    }

    /** The caller's reply to their own invitation; an absence needs a reason. */
    @PostMapping("/{id}/reply")
    @Allowed(Role.MEMBER)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reply(@PathVariable UUID id, @Valid @RequestBody ReplyRequest request, Actor actor) {
        management.reply(id, Objects.requireNonNull(request.reply()), request.reason(), actor);
    }

    /** The caller checks in to their own invitation within the window; a second check-in keeps the first time. */
    @PostMapping("/{id}/check-in")
    @Allowed(Role.MEMBER)
    InvitationView checkIn(@PathVariable UUID id, Actor actor) {
        return management.checkInSelf(id, actor);
    }

    private static UUID self(Actor actor) {
        if (actor.memberId() == null) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "auth.forbidden");
        }
        return actor.memberId();
    }

    /**
     * Body of a reply.
     *
     * @param reply ATTENDING or ABSENT
     * @param reason the reason of an absence
     */
    record ReplyRequest(
            @NotNull(message = "{meeting.reply.required}") @Nullable
            Reply reply,

            @Size(max = 1000, message = "{meeting.text.size}") @Nullable
            String reason) {}
}
