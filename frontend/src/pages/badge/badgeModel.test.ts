import { describe, expect, it } from 'vitest';
import type { MilestoneCount } from '../../api/types';
import { barWidths, initialMilestone } from './badgeModel';

const c = (milestone: number, total: number): MilestoneCount => ({
  milestone,
  total,
  early: 0,
  proposed: 0,
  giftMultiple: null,
});

describe('badge model', () => {
  it('scales bars to the largest count, with a sliver for small non-zero counts', () => {
    const widths = barWidths([c(30, 200), c(40, 1), c(45, 0), c(50, 100)]);
    expect(widths.get(30)).toBe(100);
    expect(widths.get(40)).toBe(2);
    expect(widths.get(45)).toBe(0);
    expect(widths.get(50)).toBe(50);
    expect(barWidths([c(30, 0)]).get(30)).toBe(0);
  });

  it('opens the milestone asked for only when it lists someone', () => {
    const counts = [c(30, 0), c(40, 2), c(50, 1)];
    expect(initialMilestone(counts)).toBe(40);
    expect(initialMilestone(counts, 50)).toBe(50);
    expect(initialMilestone(counts, 30)).toBe(40);
    expect(initialMilestone([c(30, 0)])).toBeUndefined();
  });
});
