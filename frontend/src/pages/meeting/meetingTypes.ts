import type { BodyOf, QueryOf, ResponseOf } from '../../api/types';

export type MeetingPage = ResponseOf<'/api/v1/meetings', 'get'>;
export type MeetingSummary = MeetingPage['content'][number];
export type MeetingView = ResponseOf<'/api/v1/meetings/{id}', 'get'>;
export type MaterialView = MeetingView['materials'][number];
export type InvitationView = MeetingView['invitations'][number];
export type MinutesView = NonNullable<MeetingView['minutes']>;
export type MeetingKind = MeetingView['kind'];
export type MeetingState = MeetingView['state'];
export type Attendance = NonNullable<InvitationView['attendance']>;
export type BaseExclusion = NonNullable<InvitationView['baseExclusion']>;
export type AttendanceStatistics = ResponseOf<'/api/v1/meetings/attendance', 'get'>;
export type AttendanceRow = AttendanceStatistics['cells'][number];
export type MemberAttendanceRow = AttendanceStatistics['members'][number];
export type ScheduleView = ResponseOf<'/api/v1/meetings/schedules', 'get'>[number];
export type PlanMeetingBody = BodyOf<'/api/v1/meetings', 'post'>;
export type ScheduleBody = BodyOf<'/api/v1/meetings/schedules', 'post'>;
export type MeetingQuery = QueryOf<'/api/v1/meetings', 'get'>;

export const MEETING_KINDS: readonly MeetingKind[] = ['REGULAR', 'THEMATIC', 'COMBINED', 'EXTRAORDINARY'];
export const MEETING_STATES: readonly MeetingState[] = ['PLANNED', 'INVITED', 'HELD', 'MINUTED', 'CANCELLED'];
export const ATTENDANCES: readonly Attendance[] = ['PRESENT', 'ABSENT_EXCUSED', 'ABSENT_UNEXCUSED'];
export const EXCLUSIONS: readonly BaseExclusion[] = ['TEMPORARILY_ELSEWHERE', 'SUSPENDED', 'PROSECUTED'];
