import type { BodyOf, ResponseOf } from '../../api/types';

/** `T` with the properties `K` possibly `null` (the server's @Nullable record components). */
type NullableProps<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };

type RawPage = ResponseOf<'/api/v1/denunciations', 'get'>;
export type DenunciationSummary = NullableProps<
  RawPage['content'][number],
  'notHandledReason' | 'dueOn' | 'workingDaysLeft' | 'caseId'
>;
export type DenunciationPage = Omit<RawPage, 'content'> & { content: DenunciationSummary[] };
export type DenunciationView = NullableProps<
  ResponseOf<'/api/v1/denunciations/{id}', 'get'>,
  | 'denouncerName'
  | 'denouncerAddress'
  | 'denouncerContact'
  | 'accusedMemberId'
  | 'notHandledReason'
  | 'notHandledOn'
  | 'acceptedOn'
  | 'handlerName'
  | 'dueOn'
  | 'workingDaysLeft'
  | 'extensionDays'
  | 'extensionReason'
  | 'extensionNoticeOn'
  | 'concludedOn'
  | 'finding'
  | 'conclusion'
  | 'caseId'
>;
export type DenunciationState = DenunciationView['state'];
export type DenunciationChannel = DenunciationView['channel'];
export type NotHandledReason = NonNullable<DenunciationView['notHandledReason']>;
export type DenunciationFinding = NonNullable<DenunciationView['finding']>;
export type ReceiveBody = BodyOf<'/api/v1/denunciations', 'post'>;
export type AcceptBody = BodyOf<'/api/v1/denunciations/{id}/acceptance', 'post'>;
export type ExtendBody = BodyOf<'/api/v1/denunciations/{id}/extension', 'post'>;
export type DismissBody = BodyOf<'/api/v1/denunciations/{id}/dismissal', 'post'>;
export type ConcludeBody = BodyOf<'/api/v1/denunciations/{id}/conclusion', 'post'>;
export type OpenCaseBody = BodyOf<'/api/v1/denunciations/{id}/case', 'post'>;

export const STATES: readonly DenunciationState[] = ['RECEIVED', 'HANDLING', 'NOT_HANDLED', 'CONCLUDED'];
export const CHANNELS: readonly DenunciationChannel[] = ['MAIL', 'IN_PERSON', 'TRANSFERRED', 'ONLINE'];
export const FINDINGS: readonly DenunciationFinding[] = ['FOUNDED', 'PARTLY_FOUNDED', 'UNFOUNDED'];
/** The reasons that may stop the handling after intake; the others are decided at intake from the letter itself. */
export const LATER_REASONS: readonly NotHandledReason[] = ['FALSE_NAME', 'REPEATED'];

/** Working days at or under which a running deadline shows as due soon. */
export const DUE_SOON_DAYS = 10;

/** The tag colour of a running deadline: red overdue, orange due within ten working days, green otherwise. */
export function deadlineColor(workingDaysLeft: number | null): string {
  if (workingDaysLeft == null) return 'default';
  if (workingDaysLeft < 0) return 'red';
  if (workingDaysLeft <= DUE_SOON_DAYS) return 'orange';
  return 'green';
}

export const STATE_COLORS: Record<DenunciationState, string> = {
  RECEIVED: 'blue',
  HANDLING: 'processing',
  NOT_HANDLED: 'default',
  CONCLUDED: 'success',
};
