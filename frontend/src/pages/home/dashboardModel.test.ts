import { describe, expect, it } from 'vitest';
import type { StatBreakdown } from '../../api/types';
import {
  barOption,
  drillUrl,
  itemsOf,
  lastYears,
  movementsOption,
  pieOption,
  pyramidOption,
  pyramidSide,
} from './dashboardModel';

const items = [
  { key: 'LE_30', label: 'Từ 30 tuổi trở xuống', value: 12 },
  { key: '31_40', label: 'Từ 31 đến 40 tuổi', value: 0 },
  { key: 'GT_70', label: 'Trên 70 tuổi', value: 3 },
];

describe('chart options', () => {
  it('draws the pyramid with men on a reversed axis to the left and women to the right, youngest at the bottom', () => {
    const breakdowns: StatBreakdown[] = [
      {
        dimension: 'AGE_SEX',
        buckets: [
          { key: 'M_31_40', count: 7 },
          { key: 'F_31_40', count: 5 },
          { key: 'F_GT_70', count: 2 },
        ],
      },
    ];
    const men = pyramidSide(breakdowns, 'M');
    const women = pyramidSide(breakdowns, 'F');
    expect(men).toEqual([0, 7, 0, 0, 0, 0]);
    expect(women).toEqual([0, 5, 0, 0, 0, 2]);
    const option = pyramidOption(men, women, { men: 'Nam', women: 'Nữ' });
    expect(option.xAxis[0]).toMatchObject({ gridIndex: 0, inverse: true, max: 7 });
    expect(option.xAxis[1]).toMatchObject({ gridIndex: 1, max: 7 });
    expect(pyramidOption([158], [42], { men: 'Nam', women: 'Nữ' }).xAxis[1].max).toBe(200);
    expect(option.yAxis[0].data).toEqual(['≤ 30', '31–40', '41–50', '51–60', '61–70', '> 70']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['Nam', [0, 7, 0, 0, 0, 0]],
      ['Nữ', [0, 5, 0, 0, 0, 2]],
    ]);
    expect(JSON.parse(JSON.stringify(option))).toEqual(option);
  });

  it('draws one bar per bucket, in order, with its label', () => {
    const option = barOption(items, 'Đảng viên') as {
      xAxis: { data: string[] };
      series: { type: string; name: string; data: number[] }[];
    };
    expect(option.xAxis.data).toEqual(['Từ 30 tuổi trở xuống', 'Từ 31 đến 40 tuổi', 'Trên 70 tuổi']);
    expect(option.series).toHaveLength(1);
    expect(option.series[0]).toMatchObject({ type: 'bar', name: 'Đảng viên', data: [12, 0, 3] });
  });

  it('leaves the empty slices out of a pie', () => {
    const option = pieOption(items, 'Tổ chức đảng') as { series: { type: string; data: unknown[] }[] };
    expect(option.series[0].type).toBe('pie');
    expect(option.series[0].data).toEqual([
      { name: 'Từ 30 tuổi trở xuống', value: 12 },
      { name: 'Trên 70 tuổi', value: 3 },
    ]);
  });

  it('lays long labels out horizontally, first bucket on top', () => {
    const option = barOption(items, 'Quá hạn', true) as {
      xAxis: { type: string };
      yAxis: { data: string[] };
      series: { data: number[] }[];
    };
    expect(option.xAxis.type).toBe('value');
    expect(option.yAxis.data).toEqual(['Trên 70 tuổi', 'Từ 31 đến 40 tuổi', 'Từ 30 tuổi trở xuống']);
    expect(option.series[0].data).toEqual([3, 0, 12]);
  });

  it('shows the movements that happened, arrivals on top, each series blank on the other side', () => {
    const option = movementsOption(
      [
        { key: 'ADMITTED', label: 'Kết nạp mới', value: 5 },
        { key: 'READMITTED', label: 'Kết nạp lại', value: 0 },
      ],
      [
        { key: 'DIED', label: 'Từ trần', value: 1 },
        { key: 'LEFT', label: 'Xin ra khỏi Đảng', value: 2 },
      ],
      { in: 'Tăng', out: 'Giảm' },
    ) as { yAxis: { data: string[] }; series: { name: string; data: (number | null)[] }[] };
    expect(option.yAxis.data).toEqual(['Xin ra khỏi Đảng', 'Từ trần', 'Kết nạp mới']);
    expect(option.series.map((s) => s.name)).toEqual(['Tăng', 'Giảm']);
    expect(option.series[0].data).toEqual([null, null, 5]);
    expect(option.series[1].data).toEqual([2, 1, null]);
  });

  it('reads the buckets of one dimension and labels them', () => {
    const breakdowns = [
      { dimension: 'SEX', buckets: [{ key: 'F', count: 4 }] },
      { dimension: 'AGE_BAND', buckets: [{ key: 'LE_30', count: 2 }] },
    ] as StatBreakdown[];
    expect(itemsOf(breakdowns, 'SEX', (k) => (k === 'F' ? 'Nữ' : k))).toEqual([
      { key: 'F', label: 'Nữ', value: 4 },
    ]);
    expect(itemsOf(breakdowns, 'RELIGION', (k) => k)).toEqual([]);
  });
});

describe('the last years', () => {
  it('goes back five calendar years, the current one ending today', () => {
    expect(lastYears('2026-12-04', 5)).toEqual([
      { year: 2022, from: '2022-01-01', to: '2022-12-31' },
      { year: 2023, from: '2023-01-01', to: '2023-12-31' },
      { year: 2024, from: '2024-01-01', to: '2024-12-31' },
      { year: 2025, from: '2025-01-01', to: '2025-12-31' },
      { year: 2026, from: '2026-01-01', to: '2026-12-04' },
    ]);
  });
});

describe('drill-down to the member list', () => {
  const query = (url: string | undefined) => Object.fromEntries(new URL(url ?? '', 'http://x').searchParams);

  it('turns an age band into both age bounds', () => {
    expect(query(drillUrl(7, 'AGE_BAND', '31_40'))).toEqual({ orgUnitId: '7', minAge: '31', maxAge: '40' });
    expect(query(drillUrl(7, 'AGE_BAND', 'LE_30'))).toEqual({ orgUnitId: '7', maxAge: '30' });
    expect(query(drillUrl(7, 'AGE_SEX', 'F_41_50'))).toEqual({
      orgUnitId: '7',
      sex: 'F',
      minAge: '41',
      maxAge: '50',
    });
    expect(query(drillUrl(7, 'AGE_SEX', 'M_GT_70'))).toEqual({ orgUnitId: '7', sex: 'M', minAge: '71' });
    expect(drillUrl(7, 'AGE_SEX', 'X_31_40')).toBeUndefined();
    expect(query(drillUrl(7, 'AGE_BAND', 'GT_70'))).toEqual({ orgUnitId: '7', minAge: '71' });
  });

  it('filters by status, sex and theory level', () => {
    expect(drillUrl(3, 'STATUS', 'OFFICIAL')).toBe('/members?orgUnitId=3&status=OFFICIAL');
    expect(drillUrl(3, 'SEX', 'F')).toBe('/members?orgUnitId=3&sex=F');
    expect(drillUrl(3, 'THEORY_LEVEL', 'ADVANCED')).toBe('/members?orgUnitId=3&theoryLevel=ADVANCED');
  });

  it('offers no link where the list has no matching filter', () => {
    expect(drillUrl(3, 'THEORY_LEVEL', 'UNKNOWN')).toBeUndefined();
    expect(drillUrl(3, 'GENERAL_EDUCATION', 'PRIMARY')).toBeUndefined();
    expect(drillUrl(3, 'UNIT_KIND', 'CELL')).toBeUndefined();
    expect(drillUrl(3, 'AGE_BAND', 'UNKNOWN')).toBeUndefined();
  });
});
