import type { BallotForm, ElectionState } from './electionTypes';

/** The wizard's steps (seats → list → checks → ballots → count → minutes) and where each state stands. */
export const WIZARD_STEPS = ['seats', 'list', 'checks', 'ballots', 'count', 'minutes'] as const;

export function currentStep(state: ElectionState): number {
  switch (state) {
    case 'DRAFT':
      return 1;
    case 'LIST_ADOPTED':
    case 'VOTING_OPEN':
      return 3;
    case 'COUNTING':
      return 4;
    case 'RESULTS_ANNOUNCED':
      return 5;
  }
}

/** A fresh ballot: every name kept on a strike-out ballot; nothing ticked on a yes/no ballot. */
export function blankMarks(form: BallotForm, names: number): string {
  return (form === 'STRIKE_OUT' ? 'K' : 'O').repeat(names);
}

/**
 * The marks after a key pressed on the name at {@code index}: Space or S strikes or unstrikes on a strike-out
 * ballot; Y, N, B, O set the box on a yes/no ballot. Other keys change nothing.
 */
export function applyKey(form: BallotForm, marks: string, index: number, key: string): string {
  const k = key.toUpperCase();
  let next: string | undefined;
  if (form === 'STRIKE_OUT') {
    if (k === ' ' || k === 'S') next = marks[index] === 'K' ? 'S' : 'K';
    if (k === 'K') next = 'K';
  } else if ('YNBO'.includes(k) && k.length === 1) {
    next = k;
  }
  if (next === undefined || index < 0 || index >= marks.length) return marks;
  return marks.slice(0, index) + next + marks.slice(index + 1);
}

/** The share of the base as a bar width, capped at 100 %. */
export function barWidth(votes: number, base: number): string {
  if (base <= 0) return '0%';
  return `${Math.min(100, (votes * 100) / base).toFixed(1)}%`;
}
