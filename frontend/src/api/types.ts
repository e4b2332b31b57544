import type { paths } from './generated/schema';

/*
 * API shapes derived from the operations rather than from schema names, so a renamed record on the server only
 * changes the generated file, not the app.
 *
 * The server's records are @NullMarked: a component is always present, and `null` only where it is @Nullable.
 * springdoc does not put either fact into the document yet, so the generator treats every property as present
 * (`--properties-required-by-default`) and the few nullable ones are widened below by name.
 */
type JsonOf<R> = R extends { content: infer C } ? C[keyof C] : never;
type Success<O> = O extends { responses: infer R } ? R[Extract<keyof R, 200 | 201>] : never;
type Body<O> = O extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;
type Query<O> = O extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

export type ResponseOf<P extends keyof paths, M extends keyof paths[P]> = JsonOf<Success<paths[P][M]>>;
export type BodyOf<P extends keyof paths, M extends keyof paths[P]> = Body<paths[P][M]>;
export type QueryOf<P extends keyof paths, M extends keyof paths[P]> = Query<paths[P][M]>;

/** `T` with the properties `K` possibly `null` (a @Nullable record component). */
type NullableProps<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };
type Page<T> = { content: T[]; page: number; size: number; totalElements: number };

type RawMe = ResponseOf<'/api/v1/me', 'get'>;
type RawCard = NonNullable<RawMe['member']>;
type MemberNullables = 'admittedOn' | 'officialOn' | 'cardNumber' | 'citizenIdMasked' | 'phone';

export type MemberCard = NullableProps<RawCard, MemberNullables>;
export type Account = RawMe['account'];
export type RoleGrant = RawMe['roles'][number];
export type Role = RoleGrant['role'];
export type MeView = Omit<RawMe, 'member'> & { member: MemberCard | null };

export type LoginStatus = 'AUTHENTICATED' | 'TOTP_REQUIRED' | 'TOTP_ENROLMENT_REQUIRED';
export type TotpEnrolment = ResponseOf<'/api/v1/account/totp/enrolment', 'post'>;
export type TotpConfirmation = ResponseOf<'/api/v1/account/totp/enrolment/confirmation', 'post'>;
export type ChangePassword = BodyOf<'/api/v1/account/password', 'post'>;

export type OrgUnit = NullableProps<ResponseOf<'/api/v1/org-units/{id}', 'get'>, 'parentId' | 'endedOn'>;
export type OrgUnitState = OrgUnit['state'];
export type OrgUnitKind = OrgUnit['kind'];
export type OrgUnitPage = Page<OrgUnit>;
export type CreateOrgUnit = BodyOf<'/api/v1/org-units', 'post'>;
type RawOrgUnitEvent = ResponseOf<'/api/v1/org-units/{id}/history', 'get'>[number];
export type OrgUnitEvent = NullableProps<
  RawOrgUnitEvent,
  | 'decisionNumber'
  | 'decisionDate'
  | 'issuer'
  | 'relatedUnitId'
  | 'relatedUnitName'
  | 'nameBefore'
  | 'nameAfter'
  | 'parentBefore'
  | 'parentBeforeName'
  | 'parentAfter'
  | 'parentAfterName'
  | 'pathBefore'
  | 'pathAfter'
  | 'membersMoved'
>;
export type OrgUnitEventKind = OrgUnitEvent['kind'];
export type OrgTerms = ResponseOf<'/api/v1/org-units/{id}/terms', 'get'>;
export type OrgTerm = OrgTerms['terms'][number];
export type OrgSizeWarning = ResponseOf<'/api/v1/org-units/{id}/warnings', 'get'>[number];
export type OrgChangePreview = ResponseOf<'/api/v1/org-units/{id}/move/preview', 'post'>;
/** The decision fields every organisation change sends. */
export interface DecisionBody {
  decisionNumber: string;
  decisionDate: string;
  issuer: string;
  effectiveOn: string;
}

type RawMemberSummary = ResponseOf<'/api/v1/members', 'get'>['content'][number];
export type MemberSummary = NullableProps<RawMemberSummary, 'cardNumber'>;
export type MemberPage = Page<MemberSummary> & { totalExact: boolean; next: string | null };
export type MemberListQuery = QueryOf<'/api/v1/members', 'get'>;
type MemberRecordNullables =
  | MemberNullables
  | 'birthName'
  | 'aliases'
  | 'birthPlace'
  | 'homeTown'
  | 'permanentAddress'
  | 'temporaryAddress'
  | 'religion'
  | 'occupation'
  | 'generalEducation'
  | 'professionalLevel'
  | 'academicTitle'
  | 'theoryLevel'
  | 'admissionDecisionNumber'
  | 'admissionDecisionBody'
  | 'ceremonyDate'
  | 'ceremonyPlace'
  | 'officialPlace'
  | 'historyNumber'
  | 'email'
  | 'partyPosts'
  | 'workplace';
export type MemberView = NullableProps<ResponseOf<'/api/v1/members/{id}', 'get'>, MemberRecordNullables>;
type RawUpdateMember = BodyOf<'/api/v1/members/{id}', 'put'>;
export type UpdateMember = NullableProps<
  RawUpdateMember,
  Exclude<MemberRecordNullables, 'citizenIdMasked'> | 'citizenId'
>;
type RawMemberChange = ResponseOf<'/api/v1/members/{id}/changes', 'get'>['content'][number];
export type MemberChange = NullableProps<RawMemberChange, 'oldValue' | 'newValue'>;
export type MemberChangePage = Page<MemberChange>;
export type MemberStatus = MemberSummary['status'];
export type Sex = 'M' | 'F';

type RawAuditEntry = ResponseOf<'/api/v1/audit-entries', 'get'>['content'][number];
export type AuditEntry = NullableProps<
  RawAuditEntry,
  'username' | 'address' | 'requestId' | 'entityType' | 'entityId' | 'digest'
>;
export type AuditPage = Page<AuditEntry>;
export type AuditQuery = QueryOf<'/api/v1/audit-entries', 'get'>;
export type AuditVerification = NullableProps<
  ResponseOf<'/api/v1/audit-entries/verification', 'post'>,
  'firstBrokenSeq'
>;

export type AccountSummary = ResponseOf<'/api/v1/accounts', 'get'>['content'][number];
export type AccountPage = Page<AccountSummary>;

export type CalendarDay = ResponseOf<'/api/v1/holidays', 'get'>[number];
export type CalendarDayKind = CalendarDay['kind'];
export type AddHolidayAdjustment = BodyOf<'/api/v1/holiday-adjustments', 'post'>;
export type AdjustmentKind = AddHolidayAdjustment['kind'];
export type Deadline = ResponseOf<'/api/v1/working-days', 'get'>;

type RawImport = ResponseOf<'/api/v1/member-imports/{id}', 'get'>;
/** A member import job with its progress, counts and first errors. */
export type MemberImportView = NullableProps<RawImport, 'finishedAt' | 'failureCode' | 'failureMessage'>;
export type MemberImportError = NullableProps<RawImport['errors'][number], 'column' | 'value'>;
type RawMemberEvent = ResponseOf<'/api/v1/members/{id}/events', 'get'>[number];
export type MemberEvent = NullableProps<
  RawMemberEvent,
  | 'decisionNumber'
  | 'decisionDate'
  | 'decisionBody'
  | 'orgUnitName'
  | 'statusBefore'
  | 'targetOrgUnitId'
  | 'targetOrgUnitName'
  | 'destination'
  | 'place'
  | 'untilDate'
  | 'ground'
  | 'lateReason'
  | 'note'
  | 'supersedesId'
  | 'supersededBy'
>;
export type LifecycleEventKind = RawMemberEvent['kind'];
export type RemovalGround = NonNullable<RawMemberEvent['ground']>;
export type LifecycleOverview = NullableProps<
  ResponseOf<'/api/v1/members/{id}/lifecycle', 'get'>,
  'deadline' | 'workingDaysLeft' | 'probationEndsOn' | 'temporaryUntil' | 'abroadUntil'
>;
export type LifecycleStep = LifecycleOverview['steps'][number];
export type StepRequest = BodyOf<'/api/v1/members/{id}/events', 'post'>;
export type AnnulmentRequest = BodyOf<'/api/v1/members/{id}/events/{eventId}/annulment', 'post'>;
export type RegisterMember = BodyOf<'/api/v1/members', 'post'>;
export type RegisterEntry = RegisterMember['entry'];

export type DeadlineReport = ResponseOf<'/api/v1/deadlines', 'get'>;
export type DeadlineItem = NullableProps<DeadlineReport['items'][number], 'proposalId' | 'note'>;
export type DeadlineKind = DeadlineItem['kind'];
export type DeadlineQuery = QueryOf<'/api/v1/deadlines', 'get'>;
export type IncomingTransfer = ResponseOf<'/api/v1/transfers/incoming', 'get'>[number];
type RawMembershipAge = ResponseOf<'/api/v1/members/{id}/membership-age', 'get'>;
export type MembershipAge = RawMembershipAge;
export type MembershipGap = RawMembershipAge['gaps'][number];
type RawBadgeAward = ResponseOf<'/api/v1/members/{id}/badges', 'get'>[number];
export type BadgeAward = NullableProps<
  RawBadgeAward,
  'reason' | 'decisionNumber' | 'decisionDate' | 'decisionBody' | 'awardedBy' | 'awardedAt'
>;
export type BadgeKind = RawBadgeAward['kind'];
export type BadgeState = RawBadgeAward['state'];
type RawEligibleList = ResponseOf<'/api/v1/badges/eligible', 'get'>;
type RawEligibleMember = RawEligibleList['members']['content'][number];
export type EligibleMember = Omit<NullableProps<RawEligibleMember, 'diedOn'>, 'proposal'> & {
  proposal: BadgeAward | null;
};
export type MilestoneCount = NullableProps<RawEligibleList['counts'][number], 'giftMultiple'>;
export type EligibleList = Omit<RawEligibleList, 'members' | 'counts'> & {
  counts: MilestoneCount[];
  members: Page<EligibleMember>;
};
export type SubmitBadge = NullableProps<
  BodyOf<'/api/v1/badges/awards', 'post'>,
  'reason' | 'decisionNumber' | 'decisionDate' | 'decisionBody' | 'version'
>;

export type ReportEntry = ResponseOf<'/api/v1/reports', 'get'>[number];
type RawReport = ResponseOf<'/api/v1/reports/{kind}', 'get'>;
export type ReportColumn = NullableProps<RawReport['columns'][number], 'group'>;
export type ReportRow = NullableProps<RawReport['rows'][number], 'orgUnitId'>;
export type Report = Omit<RawReport, 'columns' | 'rows' | 'total'> & {
  columns: ReportColumn[];
  rows: ReportRow[];
  total: ReportRow;
};
export type SubtreeStatistics = ResponseOf<'/api/v1/org-units/{id}/statistics', 'get'>;
export type StatBreakdown = SubtreeStatistics['breakdowns'][number];
export type StatDimension = StatBreakdown['dimension'];
export type ChildStatistics = SubtreeStatistics['children'][number];
export type StatisticsRecount = ResponseOf<'/api/v1/admin/statistics/recount', 'post'>;
export type StatDifference = StatisticsRecount['differences'][number];
export type Movements = ResponseOf<'/api/v1/org-units/{id}/movements', 'get'>;
export type ChildMovements = Movements['children'][number];

type RawDocumentSummary = ResponseOf<'/api/v1/documents', 'get'>['content'][number];
export type DocumentSummary = NullableProps<RawDocumentSummary, 'number' | 'issuedOn'>;
export type DocumentPage = Page<DocumentSummary>;
export type DocumentQuery = QueryOf<'/api/v1/documents', 'get'>;
export type DocumentType = RawDocumentSummary['type'];
export type DocumentStatus = RawDocumentSummary['status'];
export type Confidentiality = RawDocumentSummary['confidentiality'];
type RawDocumentView = ResponseOf<'/api/v1/documents/{id}', 'get'>;
type RawDocumentScope = RawDocumentView['scope'][number];
export type DocumentScope = NullableProps<RawDocumentScope, 'orgUnitId' | 'role' | 'orgUnitName'>;
export type ScopeKind = RawDocumentScope['kind'];
export type DocumentLink = NullableProps<RawDocumentView['links'][number], 'number'>;
export type LinkKind = DocumentLink['kind'];
export type DocumentAttachment = RawDocumentView['attachments'][number];
export type DocumentView = Omit<
  NullableProps<
    RawDocumentView,
    'number' | 'summary' | 'signer' | 'issuedOn' | 'effectiveOn' | 'publishedAt' | 'readAt' | 'acknowledgedAt'
  >,
  'scope' | 'links' | 'linkedBy'
> & { scope: DocumentScope[]; links: DocumentLink[]; linkedBy: DocumentLink[] };
export type DocumentBody = BodyOf<'/api/v1/documents', 'post'>;
type RawDocumentReaders = ResponseOf<'/api/v1/documents/{id}/readers', 'get'>;
export type DocumentReader = NullableProps<
  RawDocumentReaders['members']['content'][number],
  'readAt' | 'acknowledgedAt'
>;
export type ReadState = DocumentReader['state'];
export type DocumentReaders = Omit<RawDocumentReaders, 'members'> & { members: Page<DocumentReader> };
export type NextNumber = NullableProps<
  ResponseOf<'/api/v1/documents/next-number', 'get'>,
  'symbol' | 'termId'
>;
type RawEvaluationCycle = ResponseOf<'/api/v1/evaluations/cycles', 'get'>[number];
export type EvaluationCycle = NullableProps<
  RawEvaluationCycle,
  'selfAssessmentDue' | 'appraisalDue' | 'decisionNumber' | 'decisionDate' | 'publishedAt'
>;
export type EvaluationCycleState = RawEvaluationCycle['state'];
type RawEvaluationBoard = ResponseOf<'/api/v1/evaluations/cycles/{id}/board', 'get'>;
type RawEvaluationEntry = RawEvaluationBoard['entries'][number];
export type EvaluationEntry = NullableProps<
  RawEvaluationEntry,
  | 'selfScore'
  | 'selfLevel'
  | 'selfComment'
  | 'selfAssessedAt'
  | 'tasksTotal'
  | 'tasksExceeding'
  | 'tasksLate'
  | 'score'
  | 'allowedLevel'
  | 'proposedLevel'
  | 'proposedRemark'
  | 'decidedLevel'
  | 'ruleCode'
  | 'ruleVersion'
>;
export type EvaluationLevel = RawEvaluationEntry['proposedLevel'];
export type EvaluationQuota = RawEvaluationBoard['quotas'][number];
export type EvaluationBoard = Omit<RawEvaluationBoard, 'cycle' | 'entries'> & {
  cycle: EvaluationCycle;
  entries: EvaluationEntry[];
};
export type EvaluationAppraisal = NullableProps<
  BodyOf<'/api/v1/evaluations/cycles/{id}/entries/{entryId}/appraisal', 'put'>,
  'remark'
>;
export type EvaluationAdvance = NullableProps<
  BodyOf<'/api/v1/evaluations/cycles/{id}/advance', 'post'>,
  'decisionNumber' | 'decisionDate'
>;
export type EvaluationCycleDraft = BodyOf<'/api/v1/evaluations/cycles', 'post'>;
export type EvaluationCycleKind = RawEvaluationCycle['kind'];
type RawEvaluationUnitBoard = ResponseOf<'/api/v1/evaluations/cycles/{id}/organisations', 'get'>;
export type EvaluationUnitEntry = NullableProps<
  RawEvaluationUnitBoard['entries'][number],
  | 'selfScore'
  | 'selfLevel'
  | 'selfComment'
  | 'selfAssessedBy'
  | 'selfAssessedAt'
  | 'tasksTotal'
  | 'tasksExceeding'
  | 'tasksLate'
  | 'score'
  | 'allowedLevel'
  | 'proposedLevel'
  | 'proposedRemark'
  | 'decidedLevel'
  | 'ruleCode'
  | 'ruleVersion'
>;
export type EvaluationUnitBoard = Omit<RawEvaluationUnitBoard, 'cycle' | 'entries'> & {
  cycle: EvaluationCycle;
  entries: EvaluationUnitEntry[];
};
export type EvaluationStatistics = ResponseOf<'/api/v1/evaluations/statistics', 'get'>;
// party fees (module duty)
type RawFeeLedger = ResponseOf<'/api/v1/fees/ledger', 'get'>;
type RawFeeMemberYear = RawFeeLedger['members'][number];
export type FeeMemberYear = NullableProps<RawFeeMemberYear, 'cardNumber' | 'paidUpTo'>;
export type FeeMonth = RawFeeMemberYear['months'][number];
export type FeeStatus = FeeMonth['status'];
export type FeeLedger = Omit<RawFeeLedger, 'members'> & { members: FeeMemberYear[] };
type RawFeeImportReport = ResponseOf<'/api/v1/fees/imports', 'post'>;
export type FeeImportIssue = NullableProps<
  RawFeeImportReport['issues'][number],
  'identifier' | 'reference' | 'detail'
>;
export type FeeImportReport = Omit<RawFeeImportReport, 'issues'> & { issues: FeeImportIssue[] };
type RawFeeArrears = ResponseOf<'/api/v1/fees/arrears', 'get'>;
export type FeeArrearsMember = NullableProps<
  RawFeeArrears['members'][number],
  'proposalId' | 'proposalState'
>;
export type FeeArrears = Omit<RawFeeArrears, 'members'> & { members: FeeArrearsMember[] };
type RawFeeCollection = ResponseOf<'/api/v1/fees/report', 'get'>;
export type FeeCollectionReport = NullableProps<RawFeeCollection, 'month'>;
export type FeeCashPayments = BodyOf<'/api/v1/fees/payments', 'post'>;
type RawFeeMemberRecord = ResponseOf<'/api/v1/fees/members/{id}', 'get'>;
export type FeeBasis = NullableProps<RawFeeMemberRecord['bases'][number], 'amount' | 'note'>;
export type FeeRelief = NullableProps<RawFeeMemberRecord['reliefs'][number], 'decision'>;
export type FeeMemberRecord = {
  year: FeeMemberYear;
  bases: FeeBasis[];
  reliefs: FeeRelief[];
};
export type FeePaidUpTo = NullableProps<
  ResponseOf<'/api/v1/fees/members/{id}/paid-up-to', 'get'>,
  'paidUpTo'
>;
export type RemovalProposal = NullableProps<
  ResponseOf<'/api/v1/removal-proposals', 'get'>[number],
  'closedReason' | 'closedEventId'
>;
