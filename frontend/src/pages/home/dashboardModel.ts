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

/** The age bands of the pyramid, youngest at the bottom, with the short labels printed between its two halves. */
export const PYRAMID_BANDS = [
  { key: 'LE_30', short: '≤ 30' },
  { key: '31_40', short: '31–40' },
  { key: '41_50', short: '41–50' },
  { key: '51_60', short: '51–60' },
  { key: '61_70', short: '61–70' },
  { key: 'GT_70', short: '> 70' },
] as const;

/** Counts of the AGE_SEX breakdown for one sex, in the order of {@link PYRAMID_BANDS}. */
export function pyramidSide(breakdowns: readonly StatBreakdown[], sex: 'M' | 'F'): number[] {
  const buckets = breakdowns.find((b) => b.dimension === 'AGE_SEX')?.buckets ?? [];
  return PYRAMID_BANDS.map(({ key }) => buckets.find((b) => b.key === `${sex}_${key}`)?.count ?? 0);
}

/**
 * The age pyramid: men to the left (their axis reversed), women to the right, the bands between them, youngest at the
 * bottom. Two grids rather than negative bars, so that every number on the axes and in the tooltip reads as a count.
 */
export function pyramidOption(
  men: readonly number[],
  women: readonly number[],
  names: { men: string; women: string },
) {
  const bands = PYRAMID_BANDS.map((b) => b.short);
  const side = { top: 8, bottom: 36, containLabel: false };
  // both halves on one scale, or a small side would look as wide as a large one
  const max = roundUp(Math.max(1, ...men, ...women));
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0, data: [names.men, names.women] },
    grid: [
      { ...side, left: '2%', right: '58%' },
      { ...side, left: '58%', right: '2%' },
    ],
    xAxis: [
      { type: 'value', gridIndex: 0, inverse: true, max, minInterval: 1, axisLabel: { hideOverlap: true } },
      { type: 'value', gridIndex: 1, max, minInterval: 1, axisLabel: { hideOverlap: true } },
    ],
    yAxis: [
      {
        type: 'category',
        gridIndex: 0,
        position: 'right',
        data: bands,
        axisTick: { show: false },
        axisLabel: { align: 'center', margin: 38 },
      },
      { type: 'category', gridIndex: 1, data: bands, axisTick: { show: false }, axisLabel: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: names.men,
        xAxisIndex: 0,
        yAxisIndex: 0,
        data: [...men],
        barMaxWidth: 24,
        color: '#1d5fa8',
      },
      {
        type: 'bar',
        name: names.women,
        xAxisIndex: 1,
        yAxisIndex: 1,
        data: [...women],
        barMaxWidth: 24,
        color: '#c0392b',
      },
    ],
  } satisfies ChartOption;
}

/** The next multiple of half a power of ten, at least 1: 158 → 200, 42 → 45, 7 → 7. */
function roundUp(value: number): number {
  const step = 10 ** Math.floor(Math.log10(value)) / 2;
  return Math.max(1, Math.ceil(Math.ceil(value / step) * step));
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

function setAges(params: URLSearchParams, band: string) {
  const { minAge, maxAge } = AGE_BOUNDS[band];
  if (minAge != null) params.set('minAge', String(minAge));
  if (maxAge != null) params.set('maxAge', String(maxAge));
}

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
  else if (dimension === 'AGE_BAND' && AGE_BOUNDS[key]) setAges(params, key);
  else if (dimension === 'AGE_SEX' && SEXES.includes(key.slice(0, 1)) && AGE_BOUNDS[key.slice(2)]) {
    params.set('sex', key.slice(0, 1));
    setAges(params, key.slice(2));
  } else return undefined;
  return `/members?${params}`;
}
