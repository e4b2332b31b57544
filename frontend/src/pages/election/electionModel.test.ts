import { describe, expect, it } from 'vitest';
import { applyKey, barWidth, blankMarks, currentStep } from './electionModel';

describe('election model', () => {
  it('starts a strike-out ballot with every name kept and a yes/no ballot unmarked', () => {
    expect(blankMarks('STRIKE_OUT', 3)).toBe('KKK');
    expect(blankMarks('YES_NO', 2)).toBe('OO');
  });

  it('strikes and unstrikes with Space or S on a strike-out ballot', () => {
    expect(applyKey('STRIKE_OUT', 'KKK', 1, ' ')).toBe('KSK');
    expect(applyKey('STRIKE_OUT', 'KSK', 1, 's')).toBe('KKK');
    expect(applyKey('STRIKE_OUT', 'KKK', 1, 'Y')).toBe('KKK');
  });

  it('sets the boxes of a yes/no ballot with Y, N, B, O', () => {
    expect(applyKey('YES_NO', 'OO', 0, 'y')).toBe('YO');
    expect(applyKey('YES_NO', 'YO', 1, 'B')).toBe('YB');
    expect(applyKey('YES_NO', 'YO', 1, ' ')).toBe('YO');
    expect(applyKey('YES_NO', 'YO', 5, 'N')).toBe('YO');
  });

  it('maps states to wizard steps and votes to bar widths', () => {
    expect(currentStep('DRAFT')).toBe(1);
    expect(currentStep('COUNTING')).toBe(4);
    expect(barWidth(6, 10)).toBe('60.0%');
    expect(barWidth(12, 10)).toBe('100.0%');
    expect(barWidth(1, 0)).toBe('0%');
  });
});
