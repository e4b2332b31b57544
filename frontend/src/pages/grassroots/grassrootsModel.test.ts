import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { flags, formatDays, minimumPercent, monthOf, percent, quarterOf } from './grassrootsModel';
import type { ComplianceRow } from './grassrootsTypes';

const row = (over: Partial<ComplianceRow>): ComplianceRow => ({
  committeeMemberId: 'a',
  memberId: 'b',
  fullName: 'Nguyễn Văn An',
  head: false,
  visits: 0,
  grassrootsDays: 0,
  share: 0,
  underMinimum: false,
  cellMeetings: 0,
  cellMeetingsShort: false,
  receptionDays: null,
  receptionDaysRequired: null,
  receptionShort: false,
  compliant: true,
  ...over,
});

describe('grassroots model', () => {
  it('takes the quarter and the month of a day', () => {
    expect(quarterOf(dayjs('2026-05-17'))).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(quarterOf(dayjs('2026-12-31'))).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(monthOf(dayjs('2026-02-10'))).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('shows shares as percentages and days with a decimal comma', () => {
    expect(percent(1 / 3)).toBe(33.3);
    expect(minimumPercent('1/3')).toBe(33.3);
    expect(minimumPercent('bad')).toBe(0);
    expect(formatDays(3.5)).toBe('3,5');
    expect(formatDays(4)).toBe('4');
  });

  it('lists the flags raised in order', () => {
    expect(flags(row({}))).toEqual([]);
    expect(flags(row({ underMinimum: true, receptionShort: true }))).toEqual(['share', 'reception']);
    expect(flags(row({ cellMeetingsShort: true }))).toEqual(['meetings']);
  });
});
