package vn.dangvu.meeting;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One invitation: a member of the cell, a member of another unit or a free-text guest (the superior committee
 * member who monitors the cell).
 *
 * @param id the invitation
 * @param memberId the invited member, {@code null} for a free-text guest
 * @param fullName the person's name
 * @param guestRole a guest's role (e.g. "Đảng ủy viên phụ trách chi bộ"), {@code null} for the cell's members
 * @param memberStatus the member's status when invited (PROBATIONARY, OFFICIAL, EXEMPTED …), {@code null} for guests
 * @param reply ATTENDING or ABSENT, {@code null} before a reply
 * @param replyReason the reason given with an absence
 * @param repliedAt when they replied
 * @param attendance PRESENT, ABSENT_EXCUSED or ABSENT_UNEXCUSED once taken
 * @param absenceReason the reason recorded with an absence
 * @param baseExclusion why an official member is out of the quorum base, if they are
 * @param checkedInAt the first check-in
 * @param checkedInBy SELF, SECRETARY or CARD
 */
public record InvitationView(
        UUID id,
        @Nullable UUID memberId,
        String fullName,
        @Nullable String guestRole,
        @Nullable String memberStatus,
        @Nullable Reply reply,
        @Nullable String replyReason,
        @Nullable Instant repliedAt,
        @Nullable Attendance attendance,
        @Nullable String absenceReason,
        @Nullable BaseExclusion baseExclusion,
        @Nullable Instant checkedInAt,
        @Nullable CheckInBy checkedInBy) {}
