import { describe, expect, it } from 'vitest';
import { ageingChart, availableActions, deadlineColor, stepDetail } from './petitionModel';

const row = (unitName: string, bands: number[]) => ({
  unitId: 1,
  unitName,
  upToOne: bands[0] ?? 0,
  overOne: bands[1] ?? 0,
  overFive: bands[2] ?? 0,
  overTen: bands[3] ?? 0,
  overTwenty: bands[4] ?? 0,
  open: bands.reduce((a, b) => a + b, 0),
});

describe('petition model', () => {
  it('colours deadlines red when overdue and orange when due soon', () => {
    expect(deadlineColor('OVERDUE')).toBe('red');
    expect(deadlineColor('DUE_SOON')).toBe('orange');
    expect(deadlineColor('ON_TIME')).toBe('green');
    expect(deadlineColor('NONE')).toBe('default');
  });

  it('offers acceptance only once classified and extensions only to denunciations with some left', () => {
    expect(availableActions('RECEIVED', null, 0)).toMatchObject({
      classify: true,
      accept: false,
      reply: false,
    });
    expect(availableActions('ROUTED', 'COMPLAINT', 0)).toMatchObject({ accept: true, route: true });
    expect(availableActions('ACCEPTED', 'DENUNCIATION', 1)).toMatchObject({
      classify: false,
      extend: true,
      reply: true,
    });
    expect(availableActions('ACCEPTED', 'DENUNCIATION', 0).extend).toBe(false);
    expect(availableActions('ACCEPTED', 'COMPLAINT', 2).extend).toBe(false);
    expect(availableActions('SETTLED', 'COMPLAINT', 0)).toMatchObject({ reply: false, guide: false });
  });

  it('stacks one series per age band with a bar per unit', () => {
    const option = ageingChart(
      [row('Đảng ủy A', [1, 2, 0, 3, 1]), row('Chi bộ B', [0, 0, 0, 0, 4])],
      (b) => b,
    );
    expect(option.yAxis.data).toEqual(['Đảng ủy A', 'Chi bộ B']);
    expect(option.series.map((s) => s.name)).toEqual([
      'upToOne',
      'overOne',
      'overFive',
      'overTen',
      'overTwenty',
    ]);
    expect(option.series[3]?.data).toEqual([3, 0]);
    expect(option.series[4]?.data).toEqual([1, 4]);
  });

  it('words a classification step and leaves other details as written', () => {
    const t = (key: string) => `<${key}>`;
    expect(
      stepDetail(
        { action: 'CLASSIFIED', detail: 'COMPLAINT / PARTY / COMPLEX / DUPLICATE_OF 0123456789abcdef' },
        t,
      ),
    ).toBe(
      '<petition.kind.COMPLAINT> · <petition.competence.PARTY> · <petition.field.complex> · <petition.detail.duplicateOf> 01234567',
    );
    expect(stepDetail({ action: 'ROUTED', detail: 'Đảng ủy A / B' }, t)).toBe('Đảng ủy A / B');
    expect(stepDetail({ action: 'ACCEPTED', detail: null }, t)).toBe('');
  });
});
