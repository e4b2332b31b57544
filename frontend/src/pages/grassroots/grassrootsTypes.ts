import type { BodyOf, ResponseOf } from '../../api/types';

/** `T` with the properties `K` possibly `null` (the server's @Nullable record components). */
type NullableProps<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };

export type CommitteeMember = ResponseOf<'/api/v1/grassroots-work/committee-members/mine', 'get'>[number];
type RawVisit = ResponseOf<'/api/v1/grassroots-work/committee-members/{id}/visits', 'get'>[number];
export type FollowUp = NullableProps<
  RawVisit['followUps'][number],
  'owner' | 'dueOn' | 'programmeTaskId' | 'programmeTask'
>;
export type Visit = Omit<NullableProps<RawVisit, 'findings'>, 'followUps'> & { followUps: FollowUp[] };
export type LogVisitBody = BodyOf<'/api/v1/grassroots-work/visits', 'post'>;
export type ReviseVisitBody = BodyOf<'/api/v1/grassroots-work/visits/{id}', 'put'>;
export type ProgrammeTaskBody = BodyOf<'/api/v1/grassroots-work/follow-ups/{id}/programme-task', 'post'>;
export type VisitDuration = RawVisit['duration'];
export type VisitPurpose = RawVisit['purpose'];
export type FollowUpStatus = RawVisit['followUps'][number]['status'];
type RawReport = ResponseOf<'/api/v1/grassroots-work/compliance', 'get'>;
export type ComplianceRow = NullableProps<
  RawReport['members'][number],
  'receptionDays' | 'receptionDaysRequired'
>;
export type ComplianceReport = Omit<NullableProps<RawReport, 'receptionDaysPerMonth'>, 'members'> & {
  members: ComplianceRow[];
};
