import { describe, expect, it } from 'vitest';
import { balances } from './useMovements';

describe('balances', () => {
  const base = {
    start: 10,
    in: [
      { key: 'ADMITTED', count: 3 },
      { key: 'TRANSFERRED_IN', count: 2 },
    ],
    out: [{ key: 'DIED', count: 1 }],
    end: 14,
    balanced: true,
  };

  it('holds when start + in − out = end', () => {
    expect(balances(base)).toBe(true);
  });

  it('fails when the figures do not add up, whatever the server says', () => {
    expect(balances({ ...base, end: 15 })).toBe(false);
    expect(balances({ ...base, balanced: false })).toBe(false);
  });
});
