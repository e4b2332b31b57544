import { describe, expect, it } from 'vitest';
import {
  actionsFor,
  agendaLines,
  attendanceChart,
  cardNumberOf,
  invitationCounts,
  materialsDeadline,
} from './meetingModel';
import type { InvitationView } from './meetingTypes';

const invitation = (over: Partial<InvitationView>): InvitationView =>
  ({
    id: 'i',
    memberId: 'm',
    fullName: 'A',
    guestRole: null,
    memberStatus: 'OFFICIAL',
    reply: null,
    replyReason: null,
    repliedAt: null,
    attendance: null,
    absenceReason: null,
    baseExclusion: null,
    checkedInAt: null,
    checkedInBy: null,
    ...over,
  }) as InvitationView;

describe('meeting model', () => {
  it('reads the party card QR payload or a typed number', () => {
    expect(cardNumberOf('DANGVU-CARD:01234567')).toBe('01234567');
    expect(cardNumberOf('  dangvu-card: 999 ')).toBe('999');
    expect(cardNumberOf('123')).toBe('123');
    expect(cardNumberOf('DANGVU-CARD:')).toBeUndefined();
  });

  it('splits the agenda by line and drops blanks', () => {
    expect(agendaLines('a\n\n b \n')).toEqual(['a', 'b']);
    expect(agendaLines(undefined)).toEqual([]);
  });

  it('puts the materials deadline one day before the start (HD 42)', () => {
    expect(materialsDeadline('2026-03-10T01:00:00Z')).toBe('2026-03-09T01:00:00.000Z');
  });

  it('counts members, not guests', () => {
    const counts = invitationCounts([
      invitation({ reply: 'ATTENDING', attendance: 'PRESENT' }),
      invitation({ reply: 'ABSENT', attendance: 'ABSENT_EXCUSED' }),
      invitation({ guestRole: 'Đảng ủy viên', attendance: 'PRESENT' }),
    ]);
    expect(counts).toEqual({ invited: 2, attending: 1, absent: 1, present: 1 });
  });

  it('allows the actions of each state', () => {
    expect(actionsFor('PLANNED', false)).toMatchObject({ invite: true, start: false, minutes: false });
    expect(actionsFor('INVITED', false)).toMatchObject({ start: true, attendance: true });
    expect(actionsFor('HELD', false)).toMatchObject({ end: true, minutes: false });
    expect(actionsFor('HELD', true)).toMatchObject({ end: false, minutes: true });
    expect(actionsFor('CANCELLED', false)).toMatchObject({ edit: false, attendance: false });
  });

  it('draws flagged cells in red against the minimum rate', () => {
    const option = attendanceChart(
      [
        { unitId: 1, unitName: 'A', held: 1, expected: 10, present: 9, rate: 90, flagged: false },
        { unitId: 2, unitName: 'B', held: 1, expected: 10, present: 5, rate: 50, flagged: true },
      ],
      85,
      '%',
    );
    expect(option.series[0].data[1].itemStyle.color).toBe('#cf1322');
    expect(option.series[0].markLine.data[0].xAxis).toBe(85);
  });
});
