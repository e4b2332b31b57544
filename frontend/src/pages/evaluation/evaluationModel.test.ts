import { describe, expect, it } from 'vitest';
import type { EvaluationEntry } from '../../api/types';
import { countByLevel, levelChart, levelsUpTo, nextState, statisticsChart } from './evaluationModel';

const entry = (proposed: EvaluationEntry['proposedLevel'], decided: EvaluationEntry['decidedLevel'] = null) =>
  ({ proposedLevel: proposed, decidedLevel: decided }) as EvaluationEntry;

describe('evaluation model', () => {
  it('walks the steps of a cycle in order', () => {
    expect(nextState('OPEN')).toBe('SELF_ASSESSMENT');
    expect(nextState('APPRAISAL')).toBe('DECIDED');
    expect(nextState('PUBLISHED')).toBeUndefined();
  });

  it('counts decided levels before proposals', () => {
    const counts = countByLevel([
      entry('EXCELLENT', 'GOOD'),
      entry('EXCELLENT'),
      entry(null),
      entry('COMPLETED'),
    ]);
    expect(counts).toEqual({ EXCELLENT: 1, GOOD: 1, COMPLETED: 1, NOT_COMPLETED: 0 });
  });

  it('offers only the levels the results allow', () => {
    expect(levelsUpTo('GOOD')).toEqual(['GOOD', 'COMPLETED', 'NOT_COMPLETED']);
    expect(levelsUpTo(null)).toHaveLength(4);
  });

  it('draws one bar per level', () => {
    const option = levelChart({ EXCELLENT: 1, GOOD: 4, COMPLETED: 0, NOT_COMPLETED: 2 }, (l) => l);
    expect(option.series[0]?.data).toEqual([1, 4, 0, 2]);
    expect(option.yAxis.data).toEqual(['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED']);
  });

  it('charts members and organisations side by side in level order', () => {
    const option = statisticsChart(
      {
        orgUnitId: 1,
        year: 2026,
        counts: { EXCELLENT: 2, GOOD: 10, COMPLETED: 3, NOT_COMPLETED: 1 },
        total: 16,
        organisationCounts: { EXCELLENT: 0, GOOD: 4, COMPLETED: 0, NOT_COMPLETED: 1 },
        organisationTotal: 5,
      },
      (l) => l,
      { members: 'Đảng viên', organisations: 'Tổ chức đảng' },
    );
    expect(option.xAxis.data).toEqual(['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED']);
    expect(option.series.map((s) => s.name)).toEqual(['Đảng viên', 'Tổ chức đảng']);
    expect(option.series[1]?.data).toEqual([0, 4, 0, 1]);
  });
});
