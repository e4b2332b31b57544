import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../../api/types';
import { entriesByDate, isAdjustment, monthGrid, statusOf, weekdayIndex } from './calendarModel';

const tet: CalendarDay = {
  date: '2026-02-17',
  name: 'Tết Nguyên đán (mùng 1)',
  kind: 'PUBLIC_HOLIDAY',
  source: 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b',
};
const makeUp: CalendarDay = {
  date: '2026-02-21',
  name: 'Ngày làm bù',
  kind: 'MAKE_UP_WORKING_DAY',
  source: 'TB 1',
};
const overridden: CalendarDay = { ...makeUp, date: '2026-02-17' };

describe('holiday calendar model', () => {
  it('counts weekdays from Monday', () => {
    expect(weekdayIndex('2026-02-16')).toBe(0);
    expect(weekdayIndex('2026-02-22')).toBe(6);
  });

  it('lays a month out in Monday-first weeks', () => {
    const february = monthGrid(2026, 2);
    expect(february[0]).toEqual([null, null, null, null, null, null, '2026-02-01']);
    expect(february).toHaveLength(5);
    expect(february.flat().filter(Boolean)).toHaveLength(28);
    expect(monthGrid(2024, 2).flat().filter(Boolean)).toHaveLength(29);
  });

  it('gives each day its status: entry, weekend or working day', () => {
    const byDate = entriesByDate([tet, makeUp]);
    expect(statusOf('2026-02-17', byDate)).toBe('PUBLIC_HOLIDAY');
    expect(statusOf('2026-02-21', byDate)).toBe('MAKE_UP_WORKING_DAY');
    expect(statusOf('2026-02-22', byDate)).toBe('WEEKEND');
    expect(statusOf('2026-02-24', byDate)).toBe('WORKING');
  });

  it('lets an adjustment win over the holiday it overrides, whatever the order', () => {
    expect(entriesByDate([overridden, tet]).get('2026-02-17')?.kind).toBe('MAKE_UP_WORKING_DAY');
    expect(entriesByDate([tet, overridden]).get('2026-02-17')?.kind).toBe('MAKE_UP_WORKING_DAY');
    expect(isAdjustment(tet)).toBe(false);
    expect(isAdjustment(makeUp)).toBe(true);
  });
});

describe('holiday page year', () => {
  it('takes ?year= when supported and the current year otherwise', async () => {
    const { yearFrom } = await import('.');
    const today = new Date(2026, 10, 22);
    expect(yearFrom('2027', today)).toBe(2027);
    expect(yearFrom(null, today)).toBe(2026);
    expect(yearFrom('2200', today)).toBe(2026);
    expect(yearFrom('abc', today)).toBe(2026);
  });
});
