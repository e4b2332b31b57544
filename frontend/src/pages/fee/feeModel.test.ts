import { describe, expect, it } from 'vitest';
import { formatMonth, formatVnd, monthKey, payable, remaining } from './feeModel';

describe('feeModel', () => {
  it('formats amounts and months the Vietnamese way', () => {
    expect(formatVnd(73457).replace(/\s/g, ' ')).toBe('73.457 đ');
    expect(formatMonth('2026-03')).toBe('03/2026');
    expect(formatMonth(null)).toBe('');
    expect(monthKey(2026, 3)).toBe('2026-03');
  });

  it('leaves only unpaid, partial and coming months payable', () => {
    const month = { month: '2026-01', due: 50000, paid: 20000, status: 'PARTIAL' as const, rule: 'r' };
    expect(remaining(month)).toBe(30000);
    expect(payable(month)).toBe(true);
    expect(payable({ ...month, status: 'PAID' })).toBe(false);
    expect(payable({ ...month, status: 'EXEMPT' })).toBe(false);
    expect(remaining({ ...month, paid: 60000 })).toBe(0);
  });
});
