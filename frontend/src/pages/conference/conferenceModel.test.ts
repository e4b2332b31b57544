import { describe, expect, it } from 'vitest';
import { percent, presentInBase, programmeChart, programmeFigures, roman } from './conferenceModel';
import type { ConferenceProgramme, Participant } from './conferenceTypes';

describe('conference model', () => {
  it('writes the khóa in Roman numerals', () => {
    expect(roman(17)).toBe('XVII');
    expect(roman(14)).toBe('XIV');
    expect(roman(4)).toBe('IV');
  });

  it('caps the share done and treats an empty plan', () => {
    expect(percent(11, 26)).toBe(42);
    expect(percent(30, 26)).toBe(100);
    expect(percent(0, 0)).toBe(0);
    expect(percent(1, 0)).toBe(100);
  });

  it('counts planned, due and done per line', () => {
    const p = {
      plannedRegular: 26,
      expectedRegular: 3,
      heldRegular: 2,
      items: [
        { kind: 'THEMATIC_CONFERENCE', plannedYear: 2025, plannedQuarter: 4, done: true },
        { kind: 'THEMATIC_CONFERENCE', plannedYear: 2026, plannedQuarter: 2, done: false },
        { kind: 'THEMATIC_RESOLUTION', plannedYear: 2025, plannedQuarter: 4, done: false },
      ],
    } as unknown as ConferenceProgramme;
    const figures = programmeFigures(p, { regular: 'R', thematic: 'T', resolutions: 'N' }, '2026-03-01');
    expect(figures).toEqual([
      { label: 'R', planned: 26, due: 3, held: 2 },
      { label: 'T', planned: 2, due: 1, held: 1 },
      { label: 'N', planned: 1, due: 1, held: 0 },
    ]);
    const chart = programmeChart(figures, { planned: 'P', due: 'D', held: 'H' }) as {
      series: { data: number[] }[];
    };
    expect(chart.series[2]?.data).toEqual([2, 1, 0]);
  });

  it('counts the members of the body present', () => {
    const base = { exclusion: null, attendance: 'PRESENT', role: 'BODY_MEMBER' };
    const people = [
      base,
      { ...base, attendance: 'EXCUSED' },
      { ...base, exclusion: 'SUSPENDED' },
      { ...base, role: 'GUEST' },
    ] as unknown as Participant[];
    expect(presentInBase(people)).toBe(1);
  });
});
