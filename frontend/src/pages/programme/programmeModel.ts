import type { IndicatorStatus, IndicatorView, ProgressReport, TaskStatus } from './programmeTypes';

/** Tag colour of an indicator status (green met, blue on track, orange at risk, red not met, grey not reported). */
export function indicatorColor(status: IndicatorStatus): string {
  switch (status) {
    case 'MET':
      return 'success';
    case 'ON_TRACK':
      return 'processing';
    case 'AT_RISK':
      return 'warning';
    case 'NOT_MET':
      return 'error';
    default:
      return 'default';
  }
}

/** Tag colour of a task status. */
export function taskColor(status: TaskStatus): string {
  switch (status) {
    case 'DONE':
      return 'success';
    case 'ON_SCHEDULE':
      return 'processing';
    case 'LATE':
      return 'error';
    default:
      return 'default';
  }
}

/** Progress bar status: exception when behind, success when met or done. */
export function barStatus(
  status: IndicatorStatus | TaskStatus,
): 'success' | 'exception' | 'active' | 'normal' {
  if (status === 'MET' || status === 'DONE') return 'success';
  if (status === 'AT_RISK' || status === 'NOT_MET' || status === 'LATE') return 'exception';
  return 'normal';
}

export const INDICATOR_STATUSES: IndicatorStatus[] = [
  'MET',
  'ON_TRACK',
  'AT_RISK',
  'NOT_MET',
  'NOT_REPORTED',
];
export const TASK_STATUSES: TaskStatus[] = ['DONE', 'ON_SCHEDULE', 'LATE', 'NOT_STARTED'];

/** How many rows have each status, in the order of `statuses`. */
export function countBy<S extends string>(rows: { status: S }[], statuses: S[]): Record<S, number> {
  const counts = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<S, number>;
  for (const row of rows) counts[row.status] = (counts[row.status] ?? 0) + 1;
  return counts;
}

/** The periods a responsible organisation may report now: the current and previous quarter, or year. */
export function periodChoices(reporting: IndicatorView['reporting'], today: Date): string[] {
  const year = today.getFullYear();
  if (reporting === 'YEAR') return [String(year), String(year - 1)];
  const quarter = Math.floor(today.getMonth() / 3) + 1;
  const previous = quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
  return [`${year}-Q${quarter}`, previous];
}

/** The target in words: "≥ 95 %", "≤ 1 %", "= 100 %", or the date for BY_DATE. */
export function targetText(
  i: Pick<IndicatorView, 'direction' | 'target' | 'targetDate' | 'unit'>,
  date: (d: string) => string,
) {
  if (i.direction === 'BY_DATE') return i.targetDate ? `≤ ${date(i.targetDate)}` : '';
  const sign = i.direction === 'AT_LEAST' ? '≥' : i.direction === 'AT_MOST' ? '≤' : '=';
  return `${sign} ${i.target ?? ''} ${i.unit}`.trim();
}

/**
 * The ECharts option of an indicator's values over time: the baseline at the start, then the reported values in order
 * of their day (labelled by period), with the target as a dashed line.
 */
export function historyChart(
  indicator: IndicatorView,
  reports: ProgressReport[],
  date: (d: string) => string,
  names: { value: string; target: string; baseline: string },
) {
  const byDate = indicator.direction === 'BY_DATE';
  const points = reports.filter((r) => r.value != null);
  const labels = [names.baseline, ...points.map((r) => r.period ?? date(r.asOf))];
  const values = [byDate ? 0 : indicator.baseline, ...points.map((r) => r.value)];
  const target = byDate ? 100 : indicator.target;
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 56, right: 24, top: 32, bottom: 64 },
    xAxis: { type: 'category', data: labels, boundaryGap: false },
    yAxis: { type: 'value', scale: true, name: byDate ? '%' : indicator.unit },
    series: [
      { name: names.value, type: 'line', data: values, label: { show: true } },
      ...(target == null
        ? []
        : [
            {
              name: names.target,
              type: 'line',
              data: labels.map(() => target),
              symbol: 'none',
              lineStyle: { type: 'dashed' },
            },
          ]),
    ],
  };
}
