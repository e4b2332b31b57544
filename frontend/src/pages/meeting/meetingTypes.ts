import type { BodyOf, QueryOf, ResponseOf } from '../../api/types';

/** `T` with the properties `K` possibly `null` (the server's @Nullable record components). */
type NullableProps<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };

type RawMeetingPage = ResponseOf<'/api/v1/meetings', 'get'>;
export type MeetingSummary = NullableProps<RawMeetingPage['content'][number], 'place' | 'durationMinutes'>;
export type MeetingPage = Omit<RawMeetingPage, 'content'> & { content: MeetingSummary[] };
type RawMeetingView = ResponseOf<'/api/v1/meetings/{id}', 'get'>;
export type MaterialView = NullableProps<RawMeetingView['materials'][number], 'publishedAt'>;
export type InvitationView = NullableProps<
  RawMeetingView['invitations'][number],
  | 'memberId'
  | 'guestRole'
  | 'memberStatus'
  | 'reply'
  | 'replyReason'
  | 'repliedAt'
  | 'attendance'
  | 'absenceReason'
  | 'baseExclusion'
  | 'checkedInAt'
  | 'checkedInBy'
>;
export type MinutesView = NullableProps<NonNullable<RawMeetingView['minutes']>, 'resolutionText'>;
export type MeetingView = Omit<
  NullableProps<
    RawMeetingView,
    'place' | 'scheduleId' | 'invitedAt' | 'startedAt' | 'endedAt' | 'cancelReason' | 'durationMinutes'
  >,
  'materials' | 'invitations' | 'minutes'
> & { materials: MaterialView[]; invitations: InvitationView[]; minutes: MinutesView | null };
export type MeetingKind = RawMeetingView['kind'];
export type MeetingState = RawMeetingView['state'];
export type Attendance = NonNullable<RawMeetingView['invitations'][number]['attendance']>;
export type BaseExclusion = NonNullable<RawMeetingView['invitations'][number]['baseExclusion']>;
export type AttendanceStatistics = ResponseOf<'/api/v1/meetings/attendance', 'get'>;
export type AttendanceRow = AttendanceStatistics['cells'][number];
export type MemberAttendanceRow = AttendanceStatistics['members'][number];
export type ScheduleView = NullableProps<
  ResponseOf<'/api/v1/meetings/schedules', 'get'>[number],
  'dayOfMonth' | 'weekOfMonth' | 'dayOfWeek' | 'place'
>;
export type PlanMeetingBody = BodyOf<'/api/v1/meetings', 'post'>;
export type ScheduleBody = BodyOf<'/api/v1/meetings/schedules', 'post'>;
export type MeetingQuery = QueryOf<'/api/v1/meetings', 'get'>;

export const MEETING_KINDS: readonly MeetingKind[] = ['REGULAR', 'THEMATIC', 'COMBINED', 'EXTRAORDINARY'];
export const MEETING_STATES: readonly MeetingState[] = ['PLANNED', 'INVITED', 'HELD', 'MINUTED', 'CANCELLED'];
export const ATTENDANCES: readonly Attendance[] = ['PRESENT', 'ABSENT_EXCUSED', 'ABSENT_UNEXCUSED'];
export const EXCLUSIONS: readonly BaseExclusion[] = ['TEMPORARILY_ELSEWHERE', 'SUSPENDED', 'PROSECUTED'];
