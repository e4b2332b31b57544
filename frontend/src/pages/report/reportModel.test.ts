import { describe, expect, it } from 'vitest';
import { fileName, groupColumns } from './reportModel';

describe('groupColumns', () => {
  it('puts adjacent columns of one group under one heading and keeps lone columns alone', () => {
    const groups = groupColumns([
      { key: 'START', label: 'Đầu kỳ', group: null },
      { key: 'IN.ADMITTED', label: 'Kết nạp', group: 'Tăng trong kỳ' },
      { key: 'IN', label: 'Cộng tăng', group: 'Tăng trong kỳ' },
      { key: 'OUT.DIED', label: 'Từ trần', group: 'Giảm trong kỳ' },
      { key: 'END', label: 'Cuối kỳ', group: null },
    ]);

    expect(groups.map((g) => [g.group, g.columns.map((c) => c.index)])).toEqual([
      [null, [0]],
      ['Tăng trong kỳ', [1, 2]],
      ['Giảm trong kỳ', [3]],
      [null, [4]],
    ]);
  });

  it('names the file after the form and the date', () => {
    expect(fileName('Biểu 1-TCTW', '2025-12-31', 'pdf')).toBe('Biểu 1-TCTW 2025-12-31.pdf');
  });
});
