import type { BodyOf, ResponseOf } from '../../api/types';

/** `T` with the properties `K` possibly `null` (the server's @Nullable record components). */
type NullableProps<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };

type RawPage = ResponseOf<'/api/v1/programmes', 'get'>;
export type ProgrammeSummary = NullableProps<RawPage['content'][number], 'parentProgrammeId'>;
export type ProgrammePage = Omit<RawPage, 'content'> & { content: ProgrammeSummary[] };

type RawView = ResponseOf<'/api/v1/programmes/{id}', 'get'>;
export type IndicatorView = NullableProps<
  RawView['indicators'][number],
  'target' | 'targetDate' | 'parentIndicatorId' | 'value' | 'period' | 'valueAsOf' | 'achievedOn' | 'progress'
>;
export type TaskView = NullableProps<
  RawView['tasks'][number],
  'ownerMemberId' | 'ownerPerson' | 'progressAsOf' | 'parentTaskId' | 'origin' | 'remindedOn'
>;
export type CommitteeSeat = NullableProps<RawView['committee'][number], 'memberId' | 'position'>;
export type LinkedDocument = NullableProps<RawView['documents'][number], 'documentId'>;
export type ProgrammeView = Omit<
  NullableProps<RawView, 'parentProgrammeId' | 'parentCode' | 'goals'>,
  'indicators' | 'tasks' | 'committee' | 'documents' | 'children'
> & {
  indicators: IndicatorView[];
  tasks: TaskView[];
  committee: CommitteeSeat[];
  documents: LinkedDocument[];
  children: ProgrammeSummary[];
};

export type IndicatorStatus = IndicatorView['status'];
export type TaskStatus = TaskView['status'];
export type IndicatorDirection = IndicatorView['direction'];

type RawReport = ResponseOf<'/api/v1/programmes/{id}/indicators/{indicatorId}/reports', 'get'>[number];
export type ProgressReport = NullableProps<
  RawReport,
  | 'period'
  | 'value'
  | 'achievedOn'
  | 'progress'
  | 'reportingUnitName'
  | 'evidenceDocumentId'
  | 'evidenceText'
  | 'comment'
>;

type RawCascade = ResponseOf<'/api/v1/programmes/{id}/cascade', 'get'>[number];
export type Contribution = NullableProps<
  RawCascade['contributions'][number],
  'target' | 'value' | 'progress' | 'asOf'
>;
export type CascadeRow = Omit<NullableProps<RawCascade, 'total'>, 'contributions'> & {
  contributions: Contribution[];
};

type RawReview = ResponseOf<'/api/v1/programmes/{id}/review', 'get'>;
export type ProgrammeReview = Omit<RawReview, 'indicators' | 'tasks' | 'cascade'> & {
  indicators: IndicatorView[];
  tasks: TaskView[];
  cascade: CascadeRow[];
};
export type ReviewKind = ProgrammeReview['kind'];

export type ReportIndicatorBody = BodyOf<'/api/v1/programmes/{id}/indicators/{indicatorId}/reports', 'post'>;
export type ReportTaskBody = BodyOf<'/api/v1/programmes/{id}/tasks/{taskId}/reports', 'post'>;
export type ProgrammeBody = BodyOf<'/api/v1/programmes', 'post'>;
export type AdoptBody = BodyOf<'/api/v1/programmes/{id}/adoptions', 'post'>;
export type AddIndicatorBody = BodyOf<'/api/v1/programmes/{id}/indicators', 'post'>;
export type AddTaskBody = BodyOf<'/api/v1/programmes/{id}/tasks', 'post'>;
export type ReviseProgrammeBody = BodyOf<'/api/v1/programmes/{id}', 'put'>;
export type ReviseIndicatorBody = BodyOf<'/api/v1/programmes/{id}/indicators/{indicatorId}', 'put'>;
export type ReviseTaskBody = BodyOf<'/api/v1/programmes/{id}/tasks/{taskId}', 'put'>;
export type TaskReminders = ResponseOf<'/api/v1/programmes/{id}/task-reminders', 'post'>;
