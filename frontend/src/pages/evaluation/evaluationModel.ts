import type { EvaluationCycleState, EvaluationLevel, EvaluationStatistics } from '../../api/types';

/** What a rated row (a member or an organisation) carries of its levels. */
export interface RatedRow {
  proposedLevel: EvaluationLevel | null;
  decidedLevel: EvaluationLevel | null;
}

export const LEVELS: readonly EvaluationLevel[] = ['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'];
export const STATES: readonly EvaluationCycleState[] = [
  'OPEN',
  'SELF_ASSESSMENT',
  'APPRAISAL',
  'DECIDED',
  'PUBLISHED',
];

/** The step after `state`, or undefined once published. */
export function nextState(state: EvaluationCycleState): EvaluationCycleState | undefined {
  return STATES[STATES.indexOf(state) + 1];
}

/** The level an entry counts with: the decided one once decided, else the cell's proposal. */
export function currentLevel(entry: RatedRow): EvaluationLevel | null {
  return entry.decidedLevel ?? entry.proposedLevel;
}

/** Rows per level on a board (decided, else proposed), every level present. */
export function countByLevel(entries: readonly RatedRow[]): Record<EvaluationLevel, number> {
  const counts = { EXCELLENT: 0, GOOD: 0, COMPLETED: 0, NOT_COMPLETED: 0 } as Record<EvaluationLevel, number>;
  for (const entry of entries) {
    const level = currentLevel(entry);
    if (level) counts[level] += 1;
  }
  return counts;
}

/** Levels a proposal may take: the allowed one and those below it (the server checks again). */
export function levelsUpTo(allowed: EvaluationLevel | null): EvaluationLevel[] {
  if (!allowed) return [...LEVELS];
  return LEVELS.slice(LEVELS.indexOf(allowed));
}

/** The ECharts option of the results chart: one bar per level. */
export function levelChart(
  counts: Record<EvaluationLevel, number>,
  label: (level: EvaluationLevel) => string,
) {
  return {
    grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: LEVELS.map(label) },
    series: [
      {
        type: 'bar',
        data: LEVELS.map((level) => counts[level]),
        itemStyle: { color: '#c0392b' },
        label: { show: true, position: 'right' },
      },
    ],
  };
}

/** The ECharts option of the quality statistics: members and organisations per decided level, side by side. */
export function statisticsChart(
  stats: EvaluationStatistics,
  label: (level: EvaluationLevel) => string,
  series: { members: string; organisations: string },
) {
  return {
    grid: { left: 8, right: 16, top: 32, bottom: 16, containLabel: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: {
      type: 'category',
      data: LEVELS.map(label),
      axisLabel: { interval: 0, width: 90, overflow: 'break' },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: series.members,
        type: 'bar',
        data: LEVELS.map((level) => stats.counts[level] ?? 0),
        itemStyle: { color: '#c0392b' },
        label: { show: true, position: 'top' },
      },
      {
        name: series.organisations,
        type: 'bar',
        data: LEVELS.map((level) => stats.organisationCounts[level] ?? 0),
        itemStyle: { color: '#d4a017' },
        label: { show: true, position: 'top' },
      },
    ],
  };
}
