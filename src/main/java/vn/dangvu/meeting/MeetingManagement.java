package vn.dangvu.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.meeting.internal.AgendaTemplate;
import vn.dangvu.meeting.internal.MaterialStore;
import vn.dangvu.meeting.internal.MeetingRow;
import vn.dangvu.meeting.internal.MeetingRules;
import vn.dangvu.meeting.internal.MeetingStore;
import vn.dangvu.meeting.internal.ScheduleStore;
import vn.dangvu.member.CellRosters;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.MemberNotifications;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.files.BlobStore;

/**
 * Plans and runs cell meetings: the secretary (or the organisation staff over their subtree) plans, invites, publishes
 * materials, takes attendance and writes the minutes; members reply and check in to their own invitations. Each call
 * is one audited transaction; a refusal names its rule and changes nothing.
 */
@Service
@Transactional
public class MeetingManagement {

    /** Who plans and runs meetings. */
    public static final Role[] ORGANISERS = {Role.CELL_SECRETARY, Role.ORG_STAFF};

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MeetingStore meetings;
    private final MaterialStore materials;
    private final ScheduleStore schedules;
    private final MeetingRules rules;
    private final CellRosters rosters;
    private final OrgUnits orgUnits;
    private final BlobStore blobs;
    private final MemberNotifications notifications;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    MeetingManagement(
            MeetingStore meetings,
            MaterialStore materials,
            ScheduleStore schedules,
            MeetingRules rules,
            CellRosters rosters,
            OrgUnits orgUnits,
            BlobStore blobs,
            MemberNotifications notifications,
            MessageSource messages,
            AuditTrail audit,
            Clock clock) {
        this.meetings = meetings;
        this.materials = materials;
        this.schedules = schedules;
        this.rules = rules;
        this.rosters = rosters;
        this.orgUnits = orgUnits;
        this.blobs = blobs;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** Plans a meeting of a cell in the caller's scope; an empty agenda takes the template. */
    public UUID plan(PlanMeeting command, Actor actor) {
        OrgUnitView cell = cell(command.orgUnitId(), organisers(actor));
        Instant now = clock.instant();
        rules.checkPlan(command, now);
        UUID id = UUID.randomUUID();
        meetings.insert(row(id, cell.id(), command, MeetingState.PLANNED, null), actor.username(), now);
        audit.record("meeting.plan", "meeting", id, command);
        return id;
    }

    /** Changes a meeting not yet held; invited members are told. */
    public void update(UUID id, PlanMeeting command, long version, Actor actor) {
        OrgScope scope = organisers(actor);
        MeetingRow m = meetings.require(id, scope);
        rules.checkChangeable(m);
        Instant now = clock.instant();
        rules.checkPlan(command, now);
        if (command.orgUnitId() != m.orgUnitId()) {
            throw DomainException.rule("meeting.cell.fixed").onField("orgUnitId");
        }
        MeetingRow changed = new MeetingRow(
                m.id(),
                m.orgUnitId(),
                command.kind(),
                command.title().strip(),
                command.plannedStart(),
                blank(command.place()),
                agenda(command.agenda()),
                m.state(),
                m.scheduleId(),
                m.invitedAt(),
                null,
                null,
                null,
                m.version());
        meetings.update(changed, version, now);
        if (m.state() == MeetingState.INVITED) {
            tell(id, "meeting.changed", changed);
        }
        audit.record("meeting.update", "meeting", id, command);
    }

    /** Cancels a meeting not yet held; invited members are told. */
    public void cancel(UUID id, String reason, long version, Actor actor) {
        MeetingRow m = meetings.require(id, organisers(actor));
        rules.checkChangeable(m);
        MeetingRow cancelled = withState(m, MeetingState.CANCELLED, m.startedAt(), m.endedAt(), reason.strip());
        meetings.update(cancelled, version, clock.instant());
        if (m.state() == MeetingState.INVITED) {
            tell(id, "meeting.cancelled", cancelled);
        }
        audit.record("meeting.cancel", "meeting", id, Map.of("reason", reason));
    }

    /**
     * Invites the cell's current members (probationary, official, exempted: HD 42 notice to members) and the guests
     * (the superior committee member who monitors the cell), and tells the members. Sending again invites those who
     * joined the cell since and new guests; nobody is invited twice.
     *
     * @return how many were newly invited
     */
    public int sendInvitations(UUID id, List<Guest> guests, Actor actor) {
        try {
            return invite(id, guests, actor);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // two secretaries sending at the same moment: the second is refused and changes nothing
            throw DomainException.conflict("conflict.stale");
        }
    }

    private int invite(UUID id, List<Guest> guests, Actor actor) {
        MeetingRow m = meetings.require(id, organisers(actor));
        rules.checkChangeable(m);
        List<UUID> told = new ArrayList<>();
        for (CellRosters.RosterMember r : rosters.of(m.orgUnitId())) {
            if (meetings.invite(id, r.memberId(), r.fullName(), null, r.status().name())) {
                told.add(r.memberId());
            }
        }
        int guestCount = 0;
        for (Guest g : guests) {
            if (g.memberId() != null) {
                CellRosters.RosterMember r = rosters.byIds(List.of(g.memberId())).stream()
                        .filter(x -> x.status().isActive())
                        .findFirst()
                        .orElseThrow(() -> DomainException.notFound("member.not-found", g.memberId())
                                .onField("guests"));
                if (meetings.invite(
                        id,
                        r.memberId(),
                        r.fullName(),
                        g.role().strip(),
                        r.status().name())) {
                    told.add(r.memberId());
                    guestCount++;
                }
            } else {
                String name = blank(g.name());
                if (name == null) {
                    throw new DomainException(DomainException.Kind.BAD_REQUEST, "meeting.guest.name-required")
                            .onField("guests");
                }
                meetings.invite(id, null, name, g.role().strip(), null);
                guestCount++;
            }
        }
        Instant now = clock.instant();
        if (m.state() == MeetingState.PLANNED) {
            MeetingRow invited = new MeetingRow(
                    m.id(),
                    m.orgUnitId(),
                    m.kind(),
                    m.title(),
                    m.plannedStart(),
                    m.place(),
                    m.agenda(),
                    MeetingState.INVITED,
                    m.scheduleId(),
                    now,
                    null,
                    null,
                    null,
                    m.version());
            meetings.update(invited, m.version(), now);
        }
        notifications.notify(told, notice("meeting.invited", m));
        audit.record("meeting.invite", "meeting", id, Map.of("members", told.size(), "guests", guestCount));
        return told.size() + guestCount;
    }

    /** Stores a file of the meeting (a material, or the minutes or resolution as signed documents), unpublished. */
    public UUID upload(
            UUID id, String purpose, String title, String fileName, String contentType, byte[] bytes, Actor actor) {
        MeetingRow m = meetings.require(id, organisers(actor));
        rules.checkNotCancelled(m);
        rules.checkFile(purpose, title, bytes);
        BlobStore.StoredBlob blob = blobs.put(bytes);
        UUID materialId = UUID.randomUUID();
        materials.insert(
                materialId,
                id,
                purpose,
                title.strip(),
                fileName,
                contentType,
                blob.sha256(),
                blob.size(),
                actor.username(),
                clock.instant());
        audit.record(
                "meeting.material.upload", "meeting", id, Map.of("materialId", materialId, "sha256", blob.sha256()));
        return materialId;
    }

    /** Publishes a material to the invited members (once: publishing again keeps the first time) and tells them. */
    public void publish(UUID id, UUID materialId, Actor actor) {
        MeetingRow m = meetings.require(id, organisers(actor));
        rules.checkNotCancelled(m);
        Instant now = clock.instant();
        materials
                .find(id, materialId, m.plannedStart(), now)
                .orElseThrow(() -> DomainException.notFound("meeting.material.not-found", materialId));
        if (materials.publish(id, materialId, now)) {
            notifications.notify(meetings.invitedMembers(id), notice("meeting.materials", m));
            audit.record("meeting.material.publish", "meeting", id, Map.of("materialId", materialId));
        }
    }

    /** The member's reply to their own invitation. */
    public void reply(UUID id, Reply reply, @Nullable String reason, Actor actor) {
        UUID memberId = self(actor);
        MeetingRow m = meetings.find(id).orElseThrow(() -> DomainException.notFound("meeting.not-found", id));
        meetings.invitationOf(id, memberId).orElseThrow(() -> DomainException.notFound("meeting.not-found", id));
        rules.checkReply(m, reply, reason);
        meetings.reply(id, memberId, reply, blank(reason), clock.instant());
        audit.record("meeting.reply", "meeting", id, Map.of("reply", reply.name()));
    }

    /** The member checks in from the handbook, within the window; a second check-in keeps the first time. */
    public InvitationView checkInSelf(UUID id, Actor actor) {
        UUID memberId = self(actor);
        MeetingRow m = meetings.find(id).orElseThrow(() -> DomainException.notFound("meeting.not-found", id));
        InvitationView invitation = meetings.invitationOf(id, memberId)
                .orElseThrow(() -> DomainException.notFound("meeting.not-found", id));
        if (invitation.checkedInAt() != null) {
            return invitation;
        }
        Instant now = clock.instant();
        rules.checkSelfCheckIn(m, now);
        checkIn(m, memberId, CheckInBy.SELF, actor, now);
        return meetings.invitationOf(id, memberId).orElseThrow();
    }

    /**
     * The secretary checks in an invited member by id or by the party card's QR payload ({@code DANGVU-CARD:<no>}).
     */
    public InvitationView checkIn(UUID id, @Nullable UUID memberId, @Nullable String card, Actor actor) {
        MeetingRow m = meetings.require(id, organisers(actor));
        rules.checkLive(m);
        UUID who;
        CheckInBy by;
        if (memberId != null) {
            who = memberId;
            by = CheckInBy.SECRETARY;
        } else if (card != null && !card.isBlank()) {
            String number = card.strip();
            if (number.startsWith(MeetingRules.CARD_PREFIX)) {
                number = number.substring(MeetingRules.CARD_PREFIX.length()).strip();
            }
            String cardNumber = number;
            who = rosters.byCardNumber(cardNumber)
                    .orElseThrow(() -> DomainException.notFound("meeting.card.unknown", cardNumber)
                            .onField("cardNumber"))
                    .memberId();
            by = CheckInBy.CARD;
        } else {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "meeting.check-in.who").onField("memberId");
        }
        UUID member = who;
        meetings.invitationOf(id, member)
                .orElseThrow(() -> DomainException.notFound("meeting.invitation.not-found", member));
        checkIn(m, member, by, actor, clock.instant());
        return meetings.invitationOf(id, member).orElseThrow();
    }

    private void checkIn(MeetingRow m, UUID memberId, CheckInBy by, Actor actor, Instant now) {
        if (meetings.checkIn(m.id(), memberId, by, actor.username(), now)) {
            audit.record("meeting.check-in", "meeting", m.id(), Map.of("memberId", memberId, "by", by.name()));
        }
    }

    /** Records the secretary's attendance of one invitation (present, excused, unexcused; base exclusion). */
    public void mark(UUID id, UUID invitationId, MarkAttendance command, Actor actor) {
        MeetingRow m = meetings.require(id, organisers(actor));
        rules.checkAttendance(m, command);
        meetings.invitation(id, invitationId)
                .orElseThrow(() -> DomainException.notFound("meeting.invitation.not-found", invitationId));
        meetings.mark(
                invitationId,
                command.attendance(),
                blank(command.absenceReason()),
                command.baseExclusion(),
                actor.username(),
                clock.instant());
        audit.record("meeting.attendance", "meeting", id, Map.of("invitationId", invitationId, "command", command));
    }

    /** Starts an invited meeting now. */
    public void start(UUID id, long version, Actor actor) {
        MeetingRow m = meetings.require(id, organisers(actor));
        rules.checkStart(m);
        Instant now = clock.instant();
        meetings.update(withState(m, MeetingState.HELD, now, null, null), version, now);
        audit.record("meeting.start", "meeting", id, null);
    }

    /** Ends a started meeting now; members not yet marked are absent (excused when they replied with a reason). */
    public void end(UUID id, long version, Actor actor) {
        MeetingRow m = meetings.require(id, organisers(actor));
        rules.checkEnd(m);
        Instant now = clock.instant();
        meetings.update(withState(m, MeetingState.HELD, m.startedAt(), now, null), version, now);
        meetings.closeAttendance(id);
        audit.record("meeting.end", "meeting", id, null);
    }

    /** Records the minutes and the resolution's vote; validity is the quorum rule's. */
    public MinutesView recordMinutes(UUID id, RecordMinutes command, long version, Actor actor) {
        MeetingRow m = meetings.require(id, organisers(actor));
        Instant now = clock.instant();
        MinutesView minutes = rules.minutes(m, command, meetings.invitations(id), actor.username(), now);
        meetings.saveMinutes(id, minutes);
        meetings.update(withState(m, MeetingState.MINUTED, m.startedAt(), m.endedAt(), null), version, now);
        audit.record("meeting.minutes", "meeting", id, command);
        return minutes;
    }

    /** Creates a recurring schedule of a cell in scope. */
    public UUID createSchedule(SaveSchedule command, Actor actor) {
        OrgUnitView cell = cell(command.orgUnitId(), organisers(actor));
        rules.checkSchedule(command);
        UUID id = UUID.randomUUID();
        schedules.insert(schedule(id, cell.id(), command, 0), actor.username(), clock.instant());
        audit.record("meeting.schedule.create", "meeting-schedule", id, command);
        return id;
    }

    /** Changes a schedule (409 when stale). */
    public void updateSchedule(UUID id, SaveSchedule command, long version, Actor actor) {
        ScheduleView s = schedules.require(id, organisers(actor));
        rules.checkSchedule(command);
        if (command.orgUnitId() != s.orgUnitId()) {
            throw DomainException.rule("meeting.cell.fixed").onField("orgUnitId");
        }
        schedules.update(schedule(id, s.orgUnitId(), command, version), version);
        audit.record("meeting.schedule.update", "meeting-schedule", id, command);
    }

    /** Deletes a schedule; the meetings it generated stay. */
    public void deleteSchedule(UUID id, long version, Actor actor) {
        schedules.require(id, organisers(actor));
        schedules.delete(id, version);
        audit.record("meeting.schedule.delete", "meeting-schedule", id, null);
    }

    /**
     * Plans the schedule's meetings of the coming months ({@code months}, from the current month) that lie ahead and
     * were not generated before; running it again adds nothing.
     *
     * @return the meetings planned
     */
    public List<UUID> generate(UUID id, int months, Actor actor) {
        ScheduleView s = schedules.require(id, organisers(actor));
        if (!s.active()) {
            throw DomainException.rule("meeting.schedule.inactive");
        }
        if (months < 1 || months > 12) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "meeting.schedule.months").onField("months");
        }
        Instant now = clock.instant();
        YearMonth first = YearMonth.from(LocalDate.ofInstant(now, clock.getZone()));
        List<UUID> planned = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            LocalDate day = MeetingRules.scheduledDay(first.plusMonths(i), s);
            Instant start =
                    LocalDateTime.of(day, s.startTime()).atZone(clock.getZone()).toInstant();
            if (start.isAfter(now) && !schedules.generated(id, start)) {
                UUID meetingId = UUID.randomUUID();
                PlanMeeting plan = new PlanMeeting(s.orgUnitId(), s.kind(), s.title(), start, s.place(), List.of());
                meetings.insert(row(meetingId, s.orgUnitId(), plan, MeetingState.PLANNED, id), actor.username(), now);
                planned.add(meetingId);
            }
        }
        audit.record("meeting.schedule.generate", "meeting-schedule", id, Map.of("planned", planned.size()));
        return planned;
    }

    /**
     * Reminds the invited members of the meetings starting in the next day (between 12 and 36 hours ahead, so a
     * daily run covers every meeting once). Each meeting is claimed with a conditional update, so running the job
     * twice, or on two nodes, reminds once.
     *
     * @return the meetings reminded of
     */
    public int sendReminders() {
        Instant now = clock.instant();
        int sent = 0;
        for (UUID id : meetings.dueForReminder(
                now.plus(java.time.Duration.ofHours(12)), now.plus(java.time.Duration.ofHours(36)))) {
            if (meetings.claimReminder(id, now)) {
                MeetingRow m = meetings.find(id).orElseThrow();
                notifications.notify(meetings.invitedMembers(id), notice("meeting.reminder", m));
                sent++;
            }
        }
        return sent;
    }

    private void tell(UUID id, String kind, MeetingRow m) {
        notifications.notify(meetings.invitedMembers(id), notice(kind, m));
    }

    private MemberNotifications.Notice notice(String kind, MeetingRow m) {
        String when = java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
                .format(m.plannedStart().atZone(clock.getZone()));
        String title = messages.getMessage("notice." + kind, new Object[] {m.title(), when}, VIETNAMESE);
        String body = m.place() == null ? null : m.place();
        return new MemberNotifications.Notice(kind, title, body, "/handbook/meetings/" + m.id());
    }

    private static MeetingRow withState(
            MeetingRow m,
            MeetingState state,
            @Nullable Instant started,
            @Nullable Instant ended,
            @Nullable String cancel) {
        return new MeetingRow(
                m.id(),
                m.orgUnitId(),
                m.kind(),
                m.title(),
                m.plannedStart(),
                m.place(),
                m.agenda(),
                state,
                m.scheduleId(),
                m.invitedAt(),
                started,
                ended,
                cancel,
                m.version());
    }

    private static MeetingRow row(UUID id, long cellId, PlanMeeting c, MeetingState state, @Nullable UUID scheduleId) {
        return new MeetingRow(
                id,
                cellId,
                c.kind(),
                c.title().strip(),
                c.plannedStart(),
                blank(c.place()),
                agenda(c.agenda()),
                state,
                scheduleId,
                null,
                null,
                null,
                null,
                0);
    }

    private static ScheduleView schedule(UUID id, long cellId, SaveSchedule c, long version) {
        return new ScheduleView(
                id,
                cellId,
                c.kind(),
                c.title().strip(),
                c.dayOfMonth(),
                c.weekOfMonth(),
                c.dayOfWeek(),
                c.startTime(),
                blank(c.place()),
                c.active(),
                version);
    }

    private static List<String> agenda(List<String> items) {
        List<String> cleaned = items.stream()
                .map(s -> s.replace('\n', ' ').strip())
                .filter(s -> !s.isEmpty())
                .toList();
        return cleaned.isEmpty() ? AgendaTemplate.ITEMS : cleaned;
    }

    private OrgUnitView cell(long orgUnitId, OrgScope scope) {
        OrgUnitView unit = orgUnits.findWithin(orgUnitId, scope)
                .orElseThrow(() -> DomainException.notFound("org.unit.not-found", orgUnitId));
        if (!unit.kind().holdsMembers()) {
            throw DomainException.rule("meeting.cell.not-cell", unit.name()).onField("orgUnitId");
        }
        return unit;
    }

    private static OrgScope organisers(Actor actor) {
        OrgScope scope = actor.scopeFor(ORGANISERS);
        if (scope.isEmpty()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "auth.forbidden");
        }
        return scope;
    }

    private static UUID self(Actor actor) {
        if (actor.memberId() == null || !actor.has(Role.MEMBER)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "auth.forbidden");
        }
        return Objects.requireNonNull(actor.memberId());
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
