import type { BodyOf, ResponseOf } from '../../api/types';

/** `T` with the properties `K` possibly `null` (the server's @Nullable record components). */
type NullableProps<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };

type RawCasePage = ResponseOf<'/api/v1/inspection-cases', 'get'>;
export type CaseSummary = NullableProps<
  RawCasePage['content'][number],
  'lastStep' | 'lastStepOn' | 'violationFound'
>;
export type CasePage = Omit<RawCasePage, 'content'> & { content: CaseSummary[] };
type RawCaseView = ResponseOf<'/api/v1/inspection-cases/{id}', 'get'>;
export type CaseStepView = NullableProps<
  RawCaseView['steps'][number],
  'note' | 'documentId' | 'documentLabel'
>;
export type DisciplineSummary = NullableProps<RawCaseView['decisions'][number], 'caseId'>;
export type CaseView = Omit<
  NullableProps<
    RawCaseView,
    'subjectMemberId' | 'content' | 'nextStep' | 'violationFound' | 'conclusion' | 'concludedOn'
  >,
  'steps' | 'decisions'
> & { steps: CaseStepView[]; decisions: DisciplineSummary[] };
export type OpenCaseBody = BodyOf<'/api/v1/inspection-cases', 'post'>;
export type RecordStepBody = BodyOf<'/api/v1/inspection-cases/{id}/steps', 'post'>;

type RawDisciplineView = ResponseOf<'/api/v1/discipline-decisions/{id}', 'get'>;
export type AppealView = NullableProps<
  RawDisciplineView['appeals'][number],
  'outcome' | 'decidedOn' | 'changedForm' | 'note'
>;
export type ViolationEntry = NullableProps<RawDisciplineView['violations'][number], 'exception'>;
export type DisciplineView = Omit<
  NullableProps<RawDisciplineView, 'caseId' | 'subjectMemberId' | 'limitationEndsOn'>,
  'appeals' | 'violations'
> & { appeals: AppealView[]; violations: ViolationEntry[] };
export type DecideDisciplineBody = BodyOf<'/api/v1/discipline-decisions', 'post'>;
export type FileAppealBody = BodyOf<'/api/v1/discipline-decisions/{id}/appeals', 'post'>;
export type DecideAppealBody = BodyOf<'/api/v1/discipline-decisions/{id}/appeals/{appealId}/outcome', 'post'>;

export type CaseType = CaseSummary['type'];
export type CaseStep = CaseStepView['step'];
export type SubjectKind = CaseSummary['subjectKind'];
export type DisciplineForm = DisciplineView['form'];
export type Authority = DisciplineView['authority'];
export type ViolationCategory = ViolationEntry['category'];
export type LimitationException = NonNullable<ViolationEntry['exception']>;
export type AppealOutcome = NonNullable<AppealView['outcome']>;

export const CASE_TYPES: readonly CaseType[] = [
  'INSPECTION_REGULAR',
  'INSPECTION_THEMATIC',
  'INSPECTION_SIGNS_OF_VIOLATION',
  'INSPECTION_LOWER_LEVEL',
  'INSPECTION_FINANCE',
  'SUPERVISION_REGULAR',
  'SUPERVISION_THEMATIC',
];
export const SUBJECT_KINDS: readonly SubjectKind[] = ['ORGANISATION', 'MEMBER'];
export const CATEGORIES: readonly ViolationCategory[] = [
  'POLITICAL_VIEWS',
  'ORGANISATIONAL_PRINCIPLES',
  'ELECTIONS',
  'PROPAGANDA_SPEECH',
  'PERSONNEL_WORK',
  'OFFICE_SEEKING',
  'DUTIES_PUBLIC_SERVICE',
  'LEADERSHIP_MANAGEMENT',
  'SECRETS',
  'FOREIGN_RELATIONS',
  'DIPLOMAS_CERTIFICATES',
  'CRIME_PREVENTION',
  'INSPECTION_AUDIT',
  'OTHER',
];
/** Every form; the server refuses, with the rule, a form the subject cannot receive. */
export const FORMS: readonly DisciplineForm[] = [
  'REPRIMAND',
  'WARNING',
  'REMOVAL_FROM_POST',
  'EXPULSION',
  'DISSOLUTION',
];
export const AUTHORITIES: readonly Authority[] = [
  'CELL',
  'COMMITTEE',
  'STANDING_COMMITTEE',
  'INSPECTION_COMMISSION',
  'CENTRAL',
];
export const EXCEPTIONS: readonly LimitationException[] = [
  'INTERNAL_POLITICAL',
  'NATIONAL_INTEREST',
  'ILLEGAL_DIPLOMA',
];
export const OUTCOMES: readonly AppealOutcome[] = ['UPHELD', 'CHANGED', 'ANNULLED'];
