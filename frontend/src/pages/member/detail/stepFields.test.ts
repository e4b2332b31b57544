import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { event } from './lifecycleFixtures';
import { deadlineFor, latestStanding, stepFieldNames, toStepRequest } from './stepFields';

describe('step fields', () => {
  it.each([
    ['COURSE_COMPLETED', ['effectiveDate', 'certificateNumber', 'note']],
    ['SYMPATHISER_RECOGNISED', ['effectiveDate', 'helperMemberIds', 'note']],
    [
      'ADMISSION_PROPOSED',
      ['effectiveDate', 'introducerMemberIds', 'youthUnionIntroduction', 'exceptionReference', 'note'],
    ],
    ['ADMISSION_DECIDED', ['effectiveDate', 'decisionNumber', 'decisionDate', 'decisionBody', 'note']],
    ['CEREMONY_HELD', ['effectiveDate', 'place', 'note']],
    ['OFFICIAL_RECOGNISED', ['decisionNumber', 'decisionDate', 'decisionBody', 'place', 'note']],
    [
      'TRANSFER_OUT',
      [
        'effectiveDate',
        'decisionNumber',
        'decisionDate',
        'decisionBody',
        'destinationMode',
        'targetOrgUnitId',
        'destination',
        'note',
      ],
    ],
    [
      'TEMPORARY_TRANSFER_OUT',
      [
        'effectiveDate',
        'destinationMode',
        'targetOrgUnitId',
        'destination',
        'untilDate',
        'fullTimeStudy',
        'note',
      ],
    ],
    ['WENT_ABROAD', ['effectiveDate', 'destination', 'untilDate', 'note']],
    ['REMOVED', ['effectiveDate', 'decisionNumber', 'decisionDate', 'decisionBody', 'ground', 'note']],
    ['TRANSFER_RECEIVED', ['effectiveDate', 'note']],
  ] as const)('%s asks %j', (kind, names) => {
    expect(stepFieldNames(kind)).toEqual(names);
  });

  it('sends only the items of the step, with the version', () => {
    const body = toStepRequest(
      'CEREMONY_HELD',
      {
        effectiveDate: dayjs('2024-10-21'),
        place: '  Hội trường phường ',
        decisionNumber: 'not asked',
        helperMemberIds: ['x'],
      },
      7,
    );
    expect(body).toEqual({
      kind: 'CEREMONY_HELD',
      effectiveDate: '2024-10-21',
      place: 'Hội trường phường',
      lateReason: undefined,
      note: undefined,
      version: 7,
    });
  });

  it('dates a recognition as official by its decision (the server moves it to the end of probation)', () => {
    const body = toStepRequest(
      'OFFICIAL_RECOGNISED',
      { decisionNumber: '310-QĐ/ĐU', decisionDate: dayjs('2025-11-03'), decisionBody: 'Đảng ủy phường' },
      3,
    );
    expect(body).toMatchObject({ effectiveDate: '2025-11-03', decisionDate: '2025-11-03', version: 3 });
  });

  it('sends a transfer either to a cell of the registry or to an outside organisation', () => {
    const inside = toStepRequest(
      'TRANSFER_OUT',
      { effectiveDate: dayjs('2026-01-05'), destinationMode: 'inside', targetOrgUnitId: 9, destination: 'x' },
      1,
    );
    expect(inside.targetOrgUnitId).toBe(9);
    expect(inside.destination).toBeUndefined();
    const outside = toStepRequest(
      'TRANSFER_OUT',
      {
        effectiveDate: dayjs('2026-01-05'),
        destinationMode: 'outside',
        targetOrgUnitId: 9,
        destination: 'Đảng bộ tỉnh',
      },
      1,
    );
    expect(outside.targetOrgUnitId).toBeUndefined();
    expect(outside.destination).toBe('Đảng bộ tỉnh');
  });

  it('shows the overview deadline only in the dialog of the pending step', () => {
    const state = { status: 'ADMITTED' as const, deadline: '2024-11-12', workingDaysLeft: 4 };
    expect(deadlineFor('CEREMONY_HELD', state)).toEqual({ date: '2024-11-12', workingDaysLeft: 4 });
    expect(deadlineFor('CANDIDACY_WITHDRAWN', state)).toBeNull();
  });

  it('finds the latest standing step, skipping superseded steps and annulments', () => {
    const events = [
      event(1, { kind: 'CANDIDATE_REGISTERED', effectiveDate: '2024-01-10' }),
      event(2, { effectiveDate: '2024-01-15' }),
      event(3, { kind: 'SYMPATHISER_RECOGNISED', effectiveDate: '2024-02-01', supersededBy: 4 }),
      event(4, { kind: 'ANNULMENT', effectiveDate: '2024-02-01', supersedesId: 3 }),
    ];
    expect(latestStanding(events)?.id).toBe(2);
  });
});
