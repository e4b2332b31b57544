import type { Dayjs } from 'dayjs';
import type { ComplianceRow, VisitDuration, VisitPurpose } from './grassrootsTypes';

export const PURPOSES: readonly VisitPurpose[] = [
  'INSPECTION',
  'SUPERVISION',
  'CELL_MEETING',
  'WORKING_SESSION',
  'CITIZEN_RECEPTION',
];

export const DURATIONS: readonly VisitDuration[] = ['HALF_DAY', 'FULL_DAY'];

/** The first and last day of the quarter holding `day`, as ISO dates. */
export function quarterOf(day: Dayjs): { from: string; to: string } {
  const firstMonth = Math.floor(day.month() / 3) * 3;
  const start = day.month(firstMonth).startOf('month');
  return { from: start.format('YYYY-MM-DD'), to: start.add(2, 'month').endOf('month').format('YYYY-MM-DD') };
}

/** The first and last day of the month holding `day`, as ISO dates. */
export function monthOf(day: Dayjs): { from: string; to: string } {
  return { from: day.startOf('month').format('YYYY-MM-DD'), to: day.endOf('month').format('YYYY-MM-DD') };
}

/** A share as a whole percentage. */
export function percent(share: number): number {
  return Math.round(share * 1000) / 10;
}

/** `1/3` → 33.3 (the minimum share as a percentage, for the bars and the chart's line). */
export function minimumPercent(minimumShare: string): number {
  const [n, d] = minimumShare.split('/').map(Number);
  if (!n || !d) return 0;
  return percent(n / d);
}

/** Days with a decimal comma: 3.5 → "3,5". */
export function formatDays(days: number): string {
  return Number.isInteger(days) ? String(days) : days.toFixed(1).replace('.', ',');
}

/** The flags raised for a member, in the order the table shows them. */
export function flags(row: ComplianceRow): Array<'share' | 'meetings' | 'reception'> {
  const raised: Array<'share' | 'meetings' | 'reception'> = [];
  if (row.underMinimum) raised.push('share');
  if (row.cellMeetingsShort) raised.push('meetings');
  if (row.receptionShort) raised.push('reception');
  return raised;
}
