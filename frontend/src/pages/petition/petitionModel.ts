import type { MessageKey } from '../../i18n';
import type { AgeingRow, DeadlineStatus, PetitionKind, PetitionState, PetitionStep } from './petitionTypes';

export const KINDS: readonly PetitionKind[] = ['COMPLAINT', 'DENUNCIATION', 'PROPOSAL', 'FEEDBACK'];
export const CHANNELS = ['RECEPTION_DAY', 'MAIL', 'ONLINE_FORM'] as const;
export const AGE_BANDS = ['upToOne', 'overOne', 'overFive', 'overTen', 'overTwenty'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The tag colour of a running deadline: red overdue, orange due soon, green on time, grey none. */
export function deadlineColor(status: DeadlineStatus): string {
  switch (status) {
    case 'OVERDUE':
      return 'red';
    case 'DUE_SOON':
      return 'orange';
    case 'ON_TIME':
      return 'green';
    default:
      return 'default';
  }
}

/** Which handling steps a petition offers in its state (the server decides; this only shows the forms). */
export function availableActions(state: PetitionState, kind: PetitionKind | null, extensionsLeft: number) {
  const unaccepted = state === 'RECEIVED' || state === 'ROUTED';
  return {
    classify: unaccepted,
    accept: unaccepted && kind !== null,
    route: unaccepted,
    guide: unaccepted,
    extend: state === 'ACCEPTED' && kind === 'DENUNCIATION' && extensionsLeft > 0,
    reply: state === 'ACCEPTED',
  };
}

const BAND_COLORS: Record<AgeBand, string> = {
  upToOne: '#91caff',
  overOne: '#ffd666',
  overFive: '#ffa940',
  overTen: '#f5222d',
  overTwenty: '#820014',
};

/** A stacked horizontal bar per unit, one colour per age band, oldest bands darkest. */
export function ageingChart(rows: readonly AgeingRow[], label: (band: AgeBand) => string) {
  return {
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: rows.map((row) => row.unitName) },
    series: AGE_BANDS.map((band) => ({
      name: label(band),
      type: 'bar',
      stack: 'age',
      itemStyle: { color: BAND_COLORS[band] },
      data: rows.map((row) => row[band]),
    })),
  };
}

const CLASSIFICATION_TOKENS: Record<string, MessageKey> = {
  COMPLAINT: 'petition.kind.COMPLAINT',
  DENUNCIATION: 'petition.kind.DENUNCIATION',
  PROPOSAL: 'petition.kind.PROPOSAL',
  FEEDBACK: 'petition.kind.FEEDBACK',
  PARTY: 'petition.competence.PARTY',
  STATE: 'petition.competence.STATE',
  COMPLEX: 'petition.field.complex',
  SECOND_INSTANCE: 'petition.field.secondInstance',
  DUPLICATE_OF: 'petition.detail.duplicateOf',
};

/** A step's detail for reading: a classification's codes (`COMPLAINT / PARTY / COMPLEX`) in words. */
export function stepDetail(
  step: Pick<PetitionStep, 'action' | 'detail'>,
  t: (key: MessageKey) => string,
): string {
  if (!step.detail) return '';
  if (step.action !== 'CLASSIFIED') return step.detail;
  return step.detail
    .split(' / ')
    .map((part) => {
      const [code = '', ...rest] = part.split(' ');
      const key = CLASSIFICATION_TOKENS[code];
      return key ? [t(key), ...rest.map((id) => id.slice(0, 8))].join(' ') : part;
    })
    .join(' · ');
}
