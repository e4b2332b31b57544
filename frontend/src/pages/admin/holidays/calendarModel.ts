import type { CalendarDay, CalendarDayKind } from '../../../api/types';

/** How a day is shown: the entry that decides it, or plain weekend / working day. */
export type DayStatus = CalendarDayKind | 'WEEKEND' | 'WORKING';

/** Adjustments are the administrator's and can be removed; computed entries cannot. */
export const ADJUSTMENT_KINDS: readonly CalendarDayKind[] = ['EXTRA_DAY_OFF', 'MAKE_UP_WORKING_DAY'];

export function isAdjustment(day: CalendarDay): boolean {
  return ADJUSTMENT_KINDS.includes(day.kind);
}

/** The year's entries by ISO date; an adjustment wins over the holiday it overrides (as on the server). */
export function entriesByDate(days: readonly CalendarDay[]): Map<string, CalendarDay> {
  const byDate = new Map<string, CalendarDay>();
  for (const day of days) {
    const present = byDate.get(day.date);
    if (!present || isAdjustment(day)) byDate.set(day.date, day);
  }
  return byDate;
}

/** The day of the week of an ISO date, Monday = 0 … Sunday = 6 (Vietnamese calendars start on Monday). */
export function weekdayIndex(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

export function statusOf(iso: string, byDate: Map<string, CalendarDay>): DayStatus {
  const entry = byDate.get(iso);
  if (entry) return entry.kind;
  return weekdayIndex(iso) >= 5 ? 'WEEKEND' : 'WORKING';
}

/** The weeks of a month (month 1–12), Monday first; days outside the month are `null`. */
export function monthGrid(year: number, month: number): (string | null)[][] {
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const iso = (day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const cells: (string | null)[] = Array.from({ length: weekdayIndex(iso(1)) }, () => null);
  for (let day = 1; day <= length; day++) cells.push(iso(day));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
