import { describe, expect, it } from 'vitest';
import {
  barStatus,
  countBy,
  historyChart,
  INDICATOR_STATUSES,
  periodChoices,
  targetText,
} from './programmeModel';
import type { IndicatorView, ProgressReport } from './programmeTypes';

describe('programme model', () => {
  it('offers the current and previous quarter, across the new year', () => {
    expect(periodChoices('QUARTER', new Date('2026-03-01'))).toEqual(['2026-Q1', '2025-Q4']);
    expect(periodChoices('QUARTER', new Date('2026-08-10'))).toEqual(['2026-Q3', '2026-Q2']);
    expect(periodChoices('YEAR', new Date('2026-03-01'))).toEqual(['2026', '2025']);
  });

  it('writes targets by their direction', () => {
    const date = (d: string) => d.split('-').reverse().join('/');
    expect(targetText({ direction: 'AT_LEAST', target: 95, targetDate: null, unit: '%' }, date)).toBe(
      '≥ 95 %',
    );
    expect(targetText({ direction: 'AT_MOST', target: 1, targetDate: null, unit: '%' }, date)).toBe('≤ 1 %');
    expect(
      targetText({ direction: 'BY_DATE', target: null, targetDate: '2027-12-31', unit: '%' }, date),
    ).toBe('≤ 31/12/2027');
  });

  it('counts statuses and colours bars', () => {
    const counts = countBy(
      [{ status: 'MET' }, { status: 'MET' }, { status: 'AT_RISK' }] as const as {
        status: 'MET' | 'AT_RISK';
      }[],
      INDICATOR_STATUSES as ('MET' | 'AT_RISK')[],
    );
    expect(counts.MET).toBe(2);
    expect(counts.AT_RISK).toBe(1);
    expect(barStatus('LATE')).toBe('exception');
    expect(barStatus('DONE')).toBe('success');
    expect(barStatus('ON_TRACK')).toBe('normal');
  });

  it('charts the baseline first, then each reported value, against the target', () => {
    const indicator = { direction: 'AT_LEAST', baseline: 80, target: 95, unit: '%' } as IndicatorView;
    const reports = [
      { period: '2025-Q4', asOf: '2025-12-31', value: 84 },
      { period: '2026-Q1', asOf: '2026-03-01', value: 90 },
    ] as ProgressReport[];
    const option = historyChart(indicator, reports, (d) => d, { value: 'V', target: 'T', baseline: 'B' });
    expect(option.xAxis.data).toEqual(['B', '2025-Q4', '2026-Q1']);
    expect(option.series[0]?.data).toEqual([80, 84, 90]);
    expect(option.series[1]?.data).toEqual([95, 95, 95]);
  });
});
