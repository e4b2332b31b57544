import type { EvaluationCycleState, EvaluationEntry, EvaluationLevel } from '../../api/types';

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
export function currentLevel(entry: EvaluationEntry): EvaluationLevel | null {
  return entry.decidedLevel ?? entry.proposedLevel;
}

/** Members per level on a board (decided, else proposed), every level present. */
export function countByLevel(entries: readonly EvaluationEntry[]): Record<EvaluationLevel, number> {
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
