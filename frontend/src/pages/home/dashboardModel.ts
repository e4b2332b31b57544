import type { StatBreakdown, StatDimension } from '../../api/types';

/** One labelled figure of a chart: the bucket code (for drill-down), its label and its count. */
export interface ChartItem {
  key: string;
  label: string;
  value: number;
}

/** The part of an ECharts option the dashboard uses; kept plain so that the builders are tested without a canvas. */
export interface ChartOption {
  [name: string]: unknown;
}

const AXIS_LABEL = { interval: 0, hideOverlap: true, width: 90, overflow: 'truncate' } as const;

/**
 * Bars, one per bucket, in the order given (bands are already ordered by the server): vertical for short labels,
 * horizontal for long ones (kinds of deadline or movement), read top down.
 */
export function barOption(items: readonly ChartItem[], seriesName: string, horizontal = false): ChartOption {
  const ordered = horizontal ? [...items].reverse() : items;
  const categories = {
    type: 'category',
    data: ordered.map((i) => i.label),
    axisLabel: horizontal ? { width: 140, overflow: 'truncate' } : AXIS_LABEL,
  };
  const values = { type: 'value', minInterval: 1 };
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: horizontal ? values : categories,
    yAxis: horizontal ? categories : values,
    series: [{ type: 'bar', name: seriesName, data: ordered.map((i) => i.value), barMaxWidth: 40 }],
  };
}

/** A ring of shares, the empty buckets left out so that the legend stays short. */
export function pieOption(items: readonly ChartItem[], seriesName: string): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { type: 'scroll', bottom: 0 },
    series: [
      {
        type: 'pie',
        name: seriesName,
        radius: ['35%', '65%'],
        center: ['50%', '45%'],
        label: { show: false },
        data: items.filter((i) => i.value > 0).map((i) => ({ name: i.label, value: i.value })),
      },
    ],
  };
}

/**
 * Arrivals and departures as horizontal bars, the kinds that happened only (a year has a few of the fourteen), arrivals
 * on top; two series so that the legend tells in from out.
 */
export function movementsOption(
  arrivals: readonly ChartItem[],
  departures: readonly ChartItem[],
  names: { in: string; out: string },
): ChartOption {
  const happened = (items: readonly ChartItem[]) => items.filter((i) => i.value > 0);
  const shown = [...happened(arrivals), ...happened(departures)].reverse();
  const arrivalCount = happened(arrivals).length;
  const side = (isArrival: boolean) =>
    shown.map((item, index) => (index >= shown.length - arrivalCount === isArrival ? item.value : null));
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: shown.map((i) => i.label),
      axisLabel: { width: 160, overflow: 'truncate' },
    },
    series: [
      { type: 'bar', name: names.in, stack: 'all', data: side(true), barMaxWidth: 28 },
      { type: 'bar', name: names.out, stack: 'all', data: side(false), barMaxWidth: 28 },
    ],
  };
}

/** The buckets of one dimension as chart items (empty when the breakdown is missing). */
export function itemsOf(
  breakdowns: readonly StatBreakdown[],
  dimension: StatDimension,
  label: (key: string) => string,
): ChartItem[] {
  const breakdown = breakdowns.find((b) => b.dimension === dimension);
  return (breakdown?.buckets ?? []).map((b) => ({ key: b.key, label: label(b.key), value: b.count }));
}

/** The last {@code count} calendar years up to today's, oldest first, as ISO periods; the current one ends today. */
export function lastYears(today: string, count: number): { year: number; from: string; to: string }[] {
  const currentYear = Number(today.slice(0, 4));
  return Array.from({ length: count }, (_, i) => {
    const year = currentYear - count + 1 + i;
    return { year, from: `${year}-01-01`, to: year === currentYear ? today : `${year}-12-31` };
  });
}

/** Age bands (StatBands.ageBand) as the member list's age filter: both bounds included. */
const AGE_BOUNDS: Record<string, { minAge?: number; maxAge?: number }> = {
  LE_30: { maxAge: 30 },
  '31_40': { minAge: 31, maxAge: 40 },
  '41_50': { minAge: 41, maxAge: 50 },
  '51_60': { minAge: 51, maxAge: 60 },
  '61_70': { minAge: 61, maxAge: 70 },
  GT_70: { minAge: 71 },
};

const STATUSES = ['PROBATIONARY', 'OFFICIAL', 'EXEMPTED', 'IN_TRANSIT'];
const SEXES = ['M', 'F'];
const THEORY_LEVELS = ['UNTRAINED', 'ELEMENTARY', 'INTERMEDIATE', 'ADVANCED', 'BACHELOR'];

/**
 * The member list showing the members of a bucket, or undefined when the list has no filter for it (education,
 * religion, party age, unknown values, organisation counts). Parameters as read by pages/member/list.
 */
export function drillUrl(unitId: number, dimension: StatDimension, key: string): string | undefined {
  const params = new URLSearchParams({ orgUnitId: String(unitId) });
  if (dimension === 'STATUS' && STATUSES.includes(key)) params.set('status', key);
  else if (dimension === 'SEX' && SEXES.includes(key)) params.set('sex', key);
  else if (dimension === 'THEORY_LEVEL' && THEORY_LEVELS.includes(key)) params.set('theoryLevel', key);
  else if (dimension === 'AGE_BAND' && AGE_BOUNDS[key]) {
    const { minAge, maxAge } = AGE_BOUNDS[key];
    if (minAge != null) params.set('minAge', String(minAge));
    if (maxAge != null) params.set('maxAge', String(maxAge));
  } else return undefined;
  return `/members?${params}`;
}
