import type { FeeMonth, FeeStatus } from '../../api/types';

/** The antd tag colour of a month's status in the ledger grid. */
export const STATUS_COLOR: Record<FeeStatus, string> = {
  PAID: 'green',
  PARTIAL: 'gold',
  UNPAID: 'red',
  EXEMPT: 'blue',
  NO_BASIS: 'default',
  UPCOMING: 'default',
};

/** Amounts in VND as Vietnamese readers write them: 73.457 đ. */
export function formatVnd(amount: number): string {
  return `${new Intl.NumberFormat('vi-VN').format(amount)} đ`;
}

/** What remains to pay for a month (never negative). */
export function remaining(month: FeeMonth): number {
  return Math.max(0, month.due - month.paid);
}

/** Whether a month can still be paid in cash from the grid. */
export function payable(month: FeeMonth): boolean {
  return month.status === 'UNPAID' || month.status === 'PARTIAL' || month.status === 'UPCOMING';
}

/** `2026-03` → `03/2026`. */
export function formatMonth(month: string | null | undefined): string {
  if (!month) return '';
  const [year, m] = month.split('-');
  return `${m}/${year}`;
}

/** `2026`, `3` → `2026-03`. */
export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}
