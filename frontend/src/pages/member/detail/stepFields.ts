import type { Dayjs } from 'dayjs';
import type {
  LifecycleEventKind,
  LifecycleOverview,
  MemberEvent,
  RemovalGround,
  StepRequest,
} from '../../../api/types';
import { toIsoDate } from '../../../i18n/format';

/** What a guided step dialog asks; mirrors which items the server's lifecycle policy reads for each step. */
export interface StepSpec {
  /** `false` for a recognition as official: it takes effect at the end of probation, the decision date counts. */
  effectiveDate: boolean;
  decision?: 'required' | 'optional';
  place?: 'required' | 'optional';
  members?: 'helpers' | 'introducers';
  certificate?: boolean;
  /** `transfer`: a cell of the registry or an organisation outside it; `country`: a stay abroad. */
  destination?: 'transfer' | 'country';
  until?: boolean;
  fullTimeStudy?: boolean;
  ground?: boolean;
  exceptionReference?: boolean;
  note: 'required' | 'optional';
}

const COMMITTEE_DECISION: StepSpec = { effectiveDate: true, decision: 'required', note: 'optional' };
const DATE_ONLY: StepSpec = { effectiveDate: true, note: 'optional' };

export function stepSpec(kind: LifecycleEventKind): StepSpec {
  switch (kind) {
    case 'COURSE_COMPLETED':
      return { ...DATE_ONLY, certificate: true };
    case 'SYMPATHISER_RECOGNISED':
      return { ...DATE_ONLY, members: 'helpers' };
    case 'VERIFICATION_STARTED':
      return { ...DATE_ONLY, decision: 'optional' };
    case 'ADMISSION_PROPOSED':
      return { ...DATE_ONLY, members: 'introducers', exceptionReference: true };
    case 'ADMISSION_DECIDED':
    case 'SUSPENDED':
    case 'SUSPENSION_LIFTED':
    case 'EXPELLED':
    case 'LEFT':
    case 'READMITTED':
      return COMMITTEE_DECISION;
    case 'CEREMONY_HELD':
      return { ...DATE_ONLY, place: 'required' };
    case 'OFFICIAL_RECOGNISED':
      return { effectiveDate: false, decision: 'required', place: 'optional', note: 'optional' };
    case 'TRANSFER_OUT':
      return { ...DATE_ONLY, destination: 'transfer', decision: 'optional' };
    case 'TEMPORARY_TRANSFER_OUT':
      return { ...DATE_ONLY, destination: 'transfer', until: true, fullTimeStudy: true };
    case 'WENT_ABROAD':
      return { ...DATE_ONLY, destination: 'country', until: true };
    case 'EXEMPTED':
      return { effectiveDate: true, note: 'required' };
    case 'REMOVED':
      return { ...COMMITTEE_DECISION, ground: true };
    default:
      return DATE_ONLY;
  }
}

/** The form fields a step's dialog shows, in order (the late reason appears only when the server asks for it). */
export function stepFieldNames(kind: LifecycleEventKind): string[] {
  const spec = stepSpec(kind);
  const names: string[] = [];
  if (spec.effectiveDate) names.push('effectiveDate');
  if (spec.decision) names.push('decisionNumber', 'decisionDate', 'decisionBody');
  if (spec.place) names.push('place');
  if (spec.members === 'helpers') names.push('helperMemberIds');
  if (spec.members === 'introducers') names.push('introducerMemberIds', 'youthUnionIntroduction');
  if (spec.exceptionReference) names.push('exceptionReference');
  if (spec.certificate) names.push('certificateNumber');
  if (spec.destination === 'transfer') names.push('destinationMode', 'targetOrgUnitId', 'destination');
  if (spec.destination === 'country') names.push('destination');
  if (spec.until) names.push('untilDate');
  if (spec.fullTimeStudy) names.push('fullTimeStudy');
  if (spec.ground) names.push('ground');
  names.push('note');
  return names;
}

export interface StepValues {
  effectiveDate?: Dayjs | null;
  decisionNumber?: string;
  decisionDate?: Dayjs | null;
  decisionBody?: string;
  place?: string;
  helperMemberIds?: string[];
  introducerMemberIds?: string[];
  youthUnionIntroduction?: boolean;
  exceptionReference?: string;
  certificateNumber?: string;
  destinationMode?: 'inside' | 'outside';
  targetOrgUnitId?: number;
  destination?: string;
  untilDate?: Dayjs | null;
  fullTimeStudy?: boolean;
  ground?: RemovalGround;
  lateReason?: string;
  note?: string;
}

const text = (value: string | undefined) => (value && value.trim() !== '' ? value.trim() : undefined);
const day = (value: Dayjs | null | undefined) => (value ? toIsoDate(value) : undefined);

/** The request body of a step: only the items the step uses, the member version read with the overview. */
export function toStepRequest(kind: LifecycleEventKind, values: StepValues, version: number): StepRequest {
  const spec = stepSpec(kind);
  const decisionDate = spec.decision ? day(values.decisionDate) : undefined;
  const body: StepRequest = {
    kind,
    // A recognition as official takes effect at the end of probation whatever is sent; the decision date is sent.
    effectiveDate: (spec.effectiveDate ? day(values.effectiveDate) : decisionDate) ?? '',
    version,
  };
  if (spec.decision) {
    body.decisionNumber = text(values.decisionNumber);
    body.decisionDate = decisionDate;
    body.decisionBody = text(values.decisionBody);
  }
  if (spec.place) body.place = text(values.place);
  if (spec.members === 'helpers') body.helperMemberIds = values.helperMemberIds ?? [];
  if (spec.members === 'introducers') {
    body.introducerMemberIds = values.introducerMemberIds ?? [];
    body.youthUnionIntroduction = values.youthUnionIntroduction === true;
  }
  if (spec.exceptionReference) body.exceptionReference = text(values.exceptionReference);
  if (spec.certificate) body.certificateNumber = text(values.certificateNumber);
  if (spec.destination === 'transfer') {
    if (values.destinationMode === 'outside') body.destination = text(values.destination);
    else body.targetOrgUnitId = values.targetOrgUnitId;
  }
  if (spec.destination === 'country') body.destination = text(values.destination);
  if (spec.until) body.untilDate = day(values.untilDate);
  if (spec.fullTimeStudy) body.fullTimeStudy = values.fullTimeStudy === true;
  if (spec.ground) body.ground = values.ground;
  body.lateReason = text(values.lateReason);
  body.note = text(values.note);
  return body;
}

/** The dialog's values from a recorded step, to correct it. */
export function fromEvent(event: MemberEvent, parse: (iso: string) => Dayjs): StepValues {
  const date = (iso: string | null) => (iso ? parse(iso) : null);
  return {
    effectiveDate: date(event.effectiveDate),
    decisionNumber: event.decisionNumber ?? undefined,
    decisionDate: date(event.decisionDate),
    decisionBody: event.decisionBody ?? undefined,
    place: event.place ?? undefined,
    destinationMode: event.targetOrgUnitId == null && event.destination ? 'outside' : 'inside',
    targetOrgUnitId: event.targetOrgUnitId ?? undefined,
    destination: event.destination ?? undefined,
    untilDate: date(event.untilDate),
    ground: event.ground ?? undefined,
    lateReason: event.lateReason ?? undefined,
    note: event.note ?? undefined,
  };
}

/** The step whose deadline the overview's `deadline` is. */
const PENDING: Partial<Record<LifecycleOverview['status'], LifecycleEventKind>> = {
  PROPOSED: 'ADMISSION_DECIDED',
  ADMITTED: 'CEREMONY_HELD',
  PROBATIONARY: 'OFFICIAL_RECOGNISED',
  IN_TRANSIT: 'TRANSFER_RECEIVED',
};

export function deadlineFor(
  kind: LifecycleEventKind,
  overview: Pick<LifecycleOverview, 'status' | 'deadline' | 'workingDaysLeft'>,
): { date: string; workingDaysLeft: number | null } | null {
  return PENDING[overview.status] === kind && overview.deadline
    ? { date: overview.deadline, workingDaysLeft: overview.workingDaysLeft }
    : null;
}

/** Steps only the system records: never corrected or annulled from the timeline. */
const SYSTEM_KINDS = new Set<LifecycleEventKind>([
  'RECORDED',
  'CANDIDATE_REGISTERED',
  'TRANSFER_ARRIVED',
  'UNIT_REORGANISED',
  'ANNULMENT',
]);

export function isSystemStep(kind: LifecycleEventKind): boolean {
  return SYSTEM_KINDS.has(kind);
}

/** The latest step still standing (what an annulment may undo), as the server orders the history. */
export function latestStanding(events: readonly MemberEvent[]): MemberEvent | undefined {
  let latest: MemberEvent | undefined;
  for (const event of events) {
    if (event.supersededBy != null || event.kind === 'ANNULMENT') continue;
    if (
      !latest ||
      event.effectiveDate > latest.effectiveDate ||
      (event.effectiveDate === latest.effectiveDate && event.id > latest.id)
    )
      latest = event;
  }
  return latest;
}
