import type { Congress, SeasonLevel, SeasonStatus } from './congressTypes';

/** Tag colours of a season status. */
export const SEASON_COLOR: Record<SeasonStatus, string> = {
  HELD: 'green',
  PLANNED: 'blue',
  NOT_PLANNED: 'default',
  OVERDUE: 'red',
};

/** The timeline's step in progress: planned → the announcement (1), … approved → past the last step (4). */
export function milestone(c: Pick<Congress, 'status'>): number {
  return { PLANNED: 1, ANNOUNCED: 2, HELD: 3, APPROVED: 4 }[c.status];
}

/** Whether the announcement gave the required notice (null while not announced). */
export function noticeOk(c: Pick<Congress, 'noticeWorkingDays' | 'noticeRequired'>): boolean | null {
  if (c.noticeWorkingDays == null) return null;
  return c.noticeWorkingDays >= c.noticeRequired;
}

/** The stacked bar chart of a season: one bar per level, held / planned / not planned / overdue. */
export function progressChart(
  levels: SeasonLevel[],
  names: { level: (kind: string) => string; status: Record<SeasonStatus, string> },
) {
  const series: [SeasonStatus, keyof SeasonLevel, string][] = [
    ['HELD', 'held', '#389e0d'],
    ['PLANNED', 'planned', '#1677ff'],
    ['NOT_PLANNED', 'notPlanned', '#bfbfbf'],
    ['OVERDUE', 'overdue', '#cf1322'],
  ];
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: {},
    grid: { left: 8, right: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: levels.map((l) => names.level(l.kind ?? '')), inverse: true },
    series: series.map(([status, field, color]) => ({
      name: names.status[status],
      type: 'bar',
      stack: 'season',
      barMaxWidth: 32,
      itemStyle: { color },
      data: levels.map((l) => l[field] as number),
    })),
  };
}

/** The seasons offered: the 2025–2030 round and its neighbours. */
export function seasons(today: Date = new Date()): number[] {
  const year = today.getFullYear();
  const list = [2020, 2025, 2030];
  if (!list.includes(year)) list.push(year);
  return [...new Set(list)].sort((a, b) => a - b);
}
