import { describe, expect, it } from 'vitest';
import type { SubtreeStatistics } from '../../api/types';
import { translate } from '../../i18n';
import { bucketLabel, headline, percent } from './statisticsModel';

const vi = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('vi', key, params);

const stats = {
  unit: { id: 7, kind: 'COMMUNE', name: 'Đảng bộ phường Ba Đình', path: '/1/7/' },
  asOf: '2026-03-01',
  source: 'COUNTERS',
  members: 10,
  breakdowns: [
    {
      dimension: 'STATUS',
      buckets: [
        { key: 'OFFICIAL', count: 8 },
        { key: 'PROBATIONARY', count: 2 },
      ],
    },
    {
      dimension: 'SEX',
      buckets: [
        { key: 'F', count: 4 },
        { key: 'M', count: 6 },
      ],
    },
    {
      dimension: 'UNIT_KIND',
      buckets: [
        { key: 'COMMUNE', count: 1 },
        { key: 'CELL', count: 3 },
      ],
    },
    {
      dimension: 'CELL_SIZE',
      buckets: [
        { key: 'LT_3', count: 1 },
        { key: '3_8', count: 2 },
      ],
    },
  ],
  children: [],
} as unknown as SubtreeStatistics;

describe('statistics model', () => {
  it('labels buckets in Vietnamese from the member, organisation and statistics bundles', () => {
    expect(bucketLabel(vi, 'STATUS', 'OFFICIAL')).toBe('Chính thức');
    expect(bucketLabel(vi, 'AGE_BAND', 'LE_30')).toBe('Từ 30 tuổi trở xuống');
    expect(bucketLabel(vi, 'UNIT_KIND', 'CELL')).toBe('Chi bộ');
    expect(bucketLabel(vi, 'THEORY_LEVEL', 'ADVANCED')).toBe('Cao cấp');
    expect(bucketLabel(vi, 'ETHNICITY', 'KINH')).toBe('Kinh');
    expect(bucketLabel(vi, 'RELIGION', 'UNKNOWN')).toBe('Chưa rõ');
    expect(bucketLabel(vi, 'CELL_SIZE', 'NEW_BAND')).toBe('NEW_BAND');
  });

  it('takes the headline figures from the breakdowns', () => {
    expect(headline(stats)).toEqual({
      members: 10,
      official: 8,
      probationary: 2,
      women: 4,
      units: 4,
      cells: 3,
    });
    expect(percent(4, 10, 'vi')).toBe('40,0 %');
    expect(percent(1, 3, 'en')).toBe('33.3 %');
    expect(percent(0, 0)).toBe('');
  });
});
