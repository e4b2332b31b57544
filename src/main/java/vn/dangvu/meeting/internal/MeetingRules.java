package vn.dangvu.meeting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dangvu.meeting.Attendance;
import vn.dangvu.meeting.InvitationView;
import vn.dangvu.meeting.MarkAttendance;
import vn.dangvu.meeting.MeetingState;
import vn.dangvu.meeting.MinutesView;
import vn.dangvu.meeting.PlanMeeting;
import vn.dangvu.meeting.RecordMinutes;
import vn.dangvu.meeting.Reply;
import vn.dangvu.meeting.SaveSchedule;
import vn.dangvu.meeting.ScheduleView;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.shared.DomainException;

/** The state checks of the write facade, and the policies applied to its inputs. */
@Component
public class MeetingRules {

    /** The payload prefix of the party card's QR code. */
    public static final String CARD_PREFIX = "DANGVU-CARD:";

    static final Set<String> PURPOSES = Set.of("MATERIAL", "MINUTES", "RESOLUTION");
    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    private final MeetingProperties properties;

    MeetingRules(MeetingProperties properties) {
        this.properties = properties;
    }

    public void checkPlan(PlanMeeting c, Instant now) {
        if (c.title().isBlank()) {
            throw bad("meeting.title.required", "title");
        }
        if (c.plannedStart().isBefore(now.minus(java.time.Duration.ofDays(366)))) {
            throw bad("meeting.start.too-old", "plannedStart");
        }
    }

    public void checkChangeable(MeetingRow m) {
        if (m.state() != MeetingState.PLANNED && m.state() != MeetingState.INVITED) {
            throw DomainException.rule("meeting.state.not-changeable", m.state().name());
        }
    }

    public void checkNotCancelled(MeetingRow m) {
        if (m.state() == MeetingState.CANCELLED) {
            throw DomainException.rule("meeting.state.cancelled");
        }
    }

    public void checkLive(MeetingRow m) {
        if (m.state() != MeetingState.INVITED && m.state() != MeetingState.HELD) {
            throw DomainException.rule("meeting.state.not-live", m.state().name());
        }
    }

    public void checkFile(String purpose, String title, byte[] bytes) {
        if (!PURPOSES.contains(purpose)) {
            throw bad("meeting.material.purpose", "purpose");
        }
        if (title.isBlank()) {
            throw bad("meeting.material.title-required", "title");
        }
        if (bytes.length == 0 || bytes.length > MAX_FILE_BYTES) {
            throw bad("meeting.material.size", "file");
        }
    }

    public void checkReply(MeetingRow m, Reply reply, @Nullable String reason) {
        if (m.state() != MeetingState.INVITED || m.startedAt() != null) {
            throw DomainException.rule("meeting.reply.closed");
        }
        if (reply == Reply.ABSENT && (reason == null || reason.isBlank())) {
            throw bad("meeting.reply.reason-required", "reason");
        }
    }

    public void checkSelfCheckIn(MeetingRow m, Instant now) {
        CheckInWindow window = CheckInWindow.of(m, properties);
        if (!window.open(m, now)) {
            throw DomainException.rule(
                    "meeting.check-in.closed",
                    window.opens().toString(),
                    window.closes().toString());
        }
    }

    public void checkAttendance(MeetingRow m, MarkAttendance c) {
        checkLiveOrHeld(m);
        if (c.attendance() == Attendance.ABSENT_EXCUSED
                && (c.absenceReason() == null || c.absenceReason().isBlank())) {
            throw bad("meeting.attendance.reason-required", "absenceReason");
        }
    }

    private static void checkLiveOrHeld(MeetingRow m) {
        if (m.state() == MeetingState.PLANNED || m.state() == MeetingState.CANCELLED) {
            throw DomainException.rule("meeting.state.not-live", m.state().name());
        }
    }

    public void checkStart(MeetingRow m) {
        if (m.state() != MeetingState.INVITED) {
            throw DomainException.rule("meeting.start.not-invited");
        }
    }

    public void checkEnd(MeetingRow m) {
        if (m.state() != MeetingState.HELD || m.endedAt() != null) {
            throw DomainException.rule("meeting.end.not-started");
        }
    }

    /** The minutes with the validity found by {@link QuorumPolicy}; the votes cannot exceed the voters present. */
    public MinutesView minutes(
            MeetingRow m, RecordMinutes c, List<InvitationView> invitations, String by, Instant now) {
        if (m.endedAt() == null || (m.state() != MeetingState.HELD && m.state() != MeetingState.MINUTED)) {
            throw DomainException.rule("meeting.minutes.not-ended");
        }
        if (c.minutesText().isBlank()) {
            throw bad("meeting.minutes.text-required", "minutesText");
        }
        if (c.votesFor() < 0 || c.votesAgainst() < 0 || c.votesAbstain() < 0) {
            throw bad("meeting.votes.negative", "votesFor");
        }
        QuorumPolicy.Result result = QuorumPolicy.evaluate(
                invitations.stream()
                        .filter(i -> i.memberId() != null && i.guestRole() == null)
                        .map(i -> new QuorumPolicy.Summoned(
                                i.memberStatus() == null ? null : MemberStatus.valueOf(i.memberStatus()),
                                i.attendance(),
                                i.baseExclusion()))
                        .toList(),
                c.votesFor());
        if (c.votesFor() + c.votesAgainst() + c.votesAbstain() > result.votersPresent()) {
            throw DomainException.rule("meeting.votes.exceed-present", result.votersPresent())
                    .onField("votesFor");
        }
        return new MinutesView(
                c.minutesText().strip(),
                c.resolutionText() == null || c.resolutionText().isBlank()
                        ? null
                        : c.resolutionText().strip(),
                c.votesFor(),
                c.votesAgainst(),
                c.votesAbstain(),
                result.base(),
                result.votersPresent(),
                result.quorate(),
                result.resolutionValid(),
                QuorumPolicy.RULE,
                now,
                by);
    }

    public void checkSchedule(SaveSchedule c) {
        if (c.title().isBlank()) {
            throw bad("meeting.title.required", "title");
        }
        if (!ScheduleRule.valid(c.dayOfMonth(), c.weekOfMonth(), c.dayOfWeek())) {
            throw bad("meeting.schedule.rule", "dayOfMonth");
        }
    }

    public static LocalDate scheduledDay(YearMonth month, ScheduleView s) {
        return ScheduleRule.dayIn(month, s.dayOfMonth(), s.weekOfMonth(), s.dayOfWeek());
    }

    private static DomainException bad(String code, String field) {
        return new DomainException(DomainException.Kind.BAD_REQUEST, code).onField(field);
    }
}
