import type { ResponseOf } from '../../../api/types';

/** The summary as the server sends it; `violationPercent` is null when nothing was concluded. */
type RawSummary = ResponseOf<'/api/v1/inspection-reports/summary', 'get'>;
export type SummaryFigures = Omit<RawSummary['organisations'], 'violationPercent'> & {
  violationPercent: number | null;
};
export type UnitFigures = Omit<RawSummary['rows'][number], 'orgUnitId' | 'organisations' | 'members'> & {
  orgUnitId: number | null;
  organisations: SummaryFigures;
  members: SummaryFigures;
};
export type InspectionSummary = Omit<RawSummary, 'organisations' | 'members' | 'rows'> & {
  organisations: SummaryFigures;
  members: SummaryFigures;
  rows: UnitFigures[];
};

export interface SummaryParams {
  unitId?: number;
  /** ISO dates, both days included; undefined: the server's default (this year up to its today). */
  from?: string;
  to?: string;
}

/** The figures compared between organisations and members, in the order of the printed table. */
export const MEASURES = [
  'inspected',
  'supervised',
  'signsOfViolation',
  'violationFound',
  'disciplined',
] as const;
export type Measure = (typeof MEASURES)[number];

/** Bars of organisations and of members for each measure. */
export function figuresChart(
  summary: InspectionSummary,
  labels: { measure: (m: Measure) => string; organisations: string; members: string },
): Record<string, unknown> {
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [labels.organisations, labels.members] },
    grid: { left: 8, right: 8, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: MEASURES.map(labels.measure),
      // long labels wrap rather than overlap on a phone
      axisLabel: { interval: 0, width: 64, overflow: 'break' },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: labels.organisations, type: 'bar', data: MEASURES.map((m) => summary.organisations[m]) },
      { name: labels.members, type: 'bar', data: MEASURES.map((m) => summary.members[m]) },
    ],
  };
}

/** Decisions in force by form: organisations' forms, then members'. */
export function formsChart(
  summary: InspectionSummary,
  labels: { form: (form: string) => string; organisations: string; members: string },
): Record<string, unknown> {
  const bars = [
    ...summary.organisationForms.map((f) => ({
      name: `${labels.form(f.form)} (${labels.organisations})`,
      value: f.count,
      color: '#1677ff',
    })),
    ...summary.memberForms.map((f) => ({
      name: `${labels.form(f.form)} (${labels.members})`,
      value: f.count,
      color: '#d4380d',
    })),
  ];
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: bars.map((b) => b.name), inverse: true },
    series: [
      {
        type: 'bar',
        data: bars.map((b) => ({ value: b.value, itemStyle: { color: b.color } })),
        label: { show: true, position: 'right' },
      },
    ],
  };
}

/** The file's name as the server names it (the same parameters give the same file). */
export function summaryFileName(from: string, to: string, format: 'pdf' | 'xlsx'): string {
  return `bao-cao-kiem-tra-giam-sat-${from}_${to}.${format}`;
}
