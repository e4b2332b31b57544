import type { MilestoneCount } from '../../api/types';

/** Bar widths in percent of the largest count (at least a sliver for a non-zero count, nothing for zero). */
export function barWidths(counts: readonly MilestoneCount[]): Map<number, number> {
  const max = Math.max(0, ...counts.map((c) => c.total));
  return new Map(
    counts.map((c) => [
      c.milestone,
      max === 0 || c.total === 0 ? 0 : Math.max(2, Math.round((c.total / max) * 100)),
    ]),
  );
}

/** The milestone to open first: the one asked for if it lists anyone, else the first that does. */
export function initialMilestone(counts: readonly MilestoneCount[], wanted?: number): number | undefined {
  if (wanted !== undefined && counts.some((c) => c.milestone === wanted && c.total > 0)) return wanted;
  return counts.find((c) => c.total > 0)?.milestone;
}

/** Years, months and days as the parts of a membership age. */
export function ageParams(age: { years: number; months: number; days: number }) {
  return { years: age.years, months: age.months, days: age.days };
}
