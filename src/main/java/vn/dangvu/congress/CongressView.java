package vn.dangvu.congress;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.dangvu.org.OrgUnitKind;

/**
 * A congress as the API shows it.
 *
 * @param id congress id
 * @param orgUnitId the organisation
 * @param unitName its name
 * @param unitKind its kind
 * @param season the first year of the term the congress opens
 * @param termTo the last year of that term
 * @param kind members' or delegates' congress
 * @param congressNumber the number "lần thứ" recorded
 * @param computedNumber the number the policy computes (HD 06-HD/TW)
 * @param numberReason why the recorded number differs from the computed one
 * @param title e.g. "Đại hội đại biểu Đảng bộ Thành phố lần thứ XVIII, nhiệm kỳ 2025–2030"
 * @param pilot a pilot congress (thí điểm)
 * @param directSecretary the congress elects the secretary directly
 * @param plannedOn the planned day
 * @param announcedOn the day the opening date was announced
 * @param opensOn the opening date announced
 * @param noticeWorkingDays working days between announcement and opening
 * @param noticeRequired working days required (QĐ 24 §11.1)
 * @param latestAnnouncement the last day to announce the opening in time (from the planned or announced opening)
 * @param heldFrom first day held
 * @param heldTo last day held
 * @param attendanceSummoned members (or delegates) summoned
 * @param attendancePresent present
 * @param attendance "X/Y đại biểu được triệu tập có mặt" once held
 * @param termMonths length of the term begun
 * @param approvalNumber the superior's decision approving the results (chuẩn y)
 * @param approvalDate its date
 * @param status the milestone reached
 * @param seasonStatus held, planned or overdue in the season
 * @param deadline the season's deadline for the organisation's kind, if set
 * @param version optimistic-lock version
 */
public record CongressView(
        UUID id,
        long orgUnitId,
        String unitName,
        OrgUnitKind unitKind,
        int season,
        int termTo,
        CongressKind kind,
        int congressNumber,
        int computedNumber,
        @Nullable String numberReason,
        String title,
        boolean pilot,
        boolean directSecretary,
        LocalDate plannedOn,
        @Nullable LocalDate announcedOn,
        @Nullable LocalDate opensOn,
        @Nullable Integer noticeWorkingDays,
        int noticeRequired,
        LocalDate latestAnnouncement,
        @Nullable LocalDate heldFrom,
        @Nullable LocalDate heldTo,
        @Nullable Integer attendanceSummoned,
        @Nullable Integer attendancePresent,
        @Nullable String attendance,
        @Nullable Integer termMonths,
        @Nullable String approvalNumber,
        @Nullable LocalDate approvalDate,
        CongressStatus status,
        SeasonStatus seasonStatus,
        @Nullable LocalDate deadline,
        long version) {}
