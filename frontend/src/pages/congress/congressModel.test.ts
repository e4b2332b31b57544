import { describe, expect, it } from 'vitest';
import { milestone, noticeOk, progressChart, seasons } from './congressModel';

describe('congress model', () => {
  it('places each status on the timeline', () => {
    expect(milestone({ status: 'PLANNED' })).toBe(1);
    expect(milestone({ status: 'ANNOUNCED' })).toBe(2);
    expect(milestone({ status: 'HELD' })).toBe(3);
    expect(milestone({ status: 'APPROVED' })).toBe(4);
  });

  it('checks the notice only once announced', () => {
    expect(noticeOk({ noticeWorkingDays: null as unknown as number, noticeRequired: 30 })).toBeNull();
    expect(noticeOk({ noticeWorkingDays: 29, noticeRequired: 30 })).toBe(false);
    expect(noticeOk({ noticeWorkingDays: 30, noticeRequired: 30 })).toBe(true);
  });

  it('stacks the four statuses per level', () => {
    const option = progressChart(
      [
        {
          kind: 'CELL',
          organisations: 4,
          held: 1,
          planned: 1,
          notPlanned: 0,
          overdue: 2,
          heldText: '1/4 (25 %)',
          deadline: '2025-06-30',
        },
      ],
      {
        level: (k) => `L-${k}`,
        status: { HELD: 'H', PLANNED: 'P', NOT_PLANNED: 'N', OVERDUE: 'O' },
      },
    );
    expect(option.yAxis.data).toEqual(['L-CELL']);
    expect(option.series.map((s) => [s.name, s.data[0]])).toEqual([
      ['H', 1],
      ['P', 1],
      ['N', 0],
      ['O', 2],
    ]);
  });

  it('offers the 2025–2030 round', () => {
    expect(seasons(new Date('2026-12-05'))).toEqual([2020, 2025, 2026, 2030]);
  });
});
