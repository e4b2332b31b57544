import type { ConferenceProgramme, Participant } from './conferenceTypes';

/** The share done, 0–100, rounded down; 100 when nothing was planned and something was done. */
export function percent(done: number, planned: number): number {
  if (planned <= 0) return done > 0 ? 100 : 0;
  return Math.min(100, Math.floor((done * 100) / planned));
}

/** A term's "khóa" in Roman numerals (the server's ConferenceTitles.roman). */
export function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, symbol] of table) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

export interface ProgrammeFigures {
  label: string;
  planned: number;
  due: number;
  held: number;
}

/** Planned, due by today and done, per line of the programme: regular, thematic conferences, thematic resolutions. */
export function programmeFigures(
  p: ConferenceProgramme,
  labels: { regular: string; thematic: string; resolutions: string },
  today: string,
): ProgrammeFigures[] {
  const quarterEnded = (year: number, quarter: number) => {
    const end = `${year}-${String(quarter * 3).padStart(2, '0')}-31`;
    return end < today;
  };
  const line = (kind: 'THEMATIC_CONFERENCE' | 'THEMATIC_RESOLUTION') => {
    const items = p.items.filter((i) => i.kind === kind);
    return {
      planned: items.length,
      due: items.filter((i) => quarterEnded(i.plannedYear, i.plannedQuarter)).length,
      held: items.filter((i) => i.done).length,
    };
  };
  return [
    { label: labels.regular, planned: p.plannedRegular, due: p.expectedRegular, held: p.heldRegular },
    { label: labels.thematic, ...line('THEMATIC_CONFERENCE') },
    { label: labels.resolutions, ...line('THEMATIC_RESOLUTION') },
  ];
}

/** A grouped bar chart of planned, due and done. */
export function programmeChart(
  figures: ProgrammeFigures[],
  series: { planned: string; due: string; held: string },
): Record<string, unknown> {
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 16, bottom: 40, containLabel: true },
    xAxis: {
      type: 'category',
      data: figures.map((f) => f.label),
      axisLabel: { interval: 0, width: 90, overflow: 'break' },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: series.planned,
        type: 'bar',
        data: figures.map((f) => f.planned),
        itemStyle: { color: '#bfbfbf' },
      },
      { name: series.due, type: 'bar', data: figures.map((f) => f.due), itemStyle: { color: '#faad14' } },
      { name: series.held, type: 'bar', data: figures.map((f) => f.held), itemStyle: { color: '#c8102e' } },
    ],
  };
}

/** The vote base as the server counts it (ResolutionVotePolicy), for the hint beside the vote form. */
export function presentInBase(participants: Participant[]): number {
  return participants.filter(
    (p) => p.role === 'BODY_MEMBER' && p.exclusion === null && p.attendance === 'PRESENT',
  ).length;
}
