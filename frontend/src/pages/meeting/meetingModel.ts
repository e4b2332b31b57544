import type { AttendanceRow, InvitationView, MeetingState } from './meetingTypes';

/** The QR payload of a party card is `DANGVU-CARD:<number>`; a typed card number is accepted as it is. */
export const CARD_PREFIX = 'DANGVU-CARD:';

export function cardNumberOf(scanned: string): string | undefined {
  const text = scanned.trim();
  const number = text.toUpperCase().startsWith(CARD_PREFIX) ? text.slice(CARD_PREFIX.length).trim() : text;
  return number.length > 0 ? number : undefined;
}

/** One agenda item per non-empty line. */
export function agendaLines(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The latest moment a material is in time: one day before the start (HD 42-HD/BTCTW 2025). */
export function materialsDeadline(plannedStart: string): string {
  return new Date(new Date(plannedStart).getTime() - 24 * 3600 * 1000).toISOString();
}

export interface InvitationCounts {
  invited: number;
  attending: number;
  absent: number;
  present: number;
}

export function invitationCounts(invitations: readonly InvitationView[]): InvitationCounts {
  const members = invitations.filter((i) => i.memberId !== null && i.guestRole === null);
  return {
    invited: members.length,
    attending: members.filter((i) => i.reply === 'ATTENDING').length,
    absent: members.filter((i) => i.reply === 'ABSENT').length,
    present: members.filter((i) => i.attendance === 'PRESENT').length,
  };
}

/** What the secretary may do in each state. */
export function actionsFor(state: MeetingState, ended: boolean) {
  return {
    edit: state === 'PLANNED' || state === 'INVITED',
    invite: state === 'PLANNED' || state === 'INVITED',
    start: state === 'INVITED',
    end: state === 'HELD' && !ended,
    attendance: state === 'INVITED' || state === 'HELD' || state === 'MINUTED',
    minutes: (state === 'HELD' || state === 'MINUTED') && ended,
  };
}

/** The bar chart of attendance rates by cell, with the minimum rate as a marked line; flagged cells in red. */
export function attendanceChart(rows: readonly AttendanceRow[], minimumRate: number, rateLabel: string) {
  return {
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', max: 100, name: rateLabel },
    yAxis: { type: 'category', data: rows.map((r) => r.unitName), inverse: true },
    series: [
      {
        type: 'bar',
        data: rows.map((r) => ({
          value: r.rate,
          itemStyle: { color: r.flagged ? '#cf1322' : '#1677ff' },
        })),
        markLine: { symbol: 'none', data: [{ xAxis: minimumRate }], lineStyle: { color: '#faad14' } },
      },
    ],
  };
}
