import type { LifecycleOverview, MemberEvent } from '../../../api/types';

export const MEMBER_ID = '00000000-0000-0000-0000-0000000000bb';

export function event(id: number, overrides: Partial<MemberEvent> = {}): MemberEvent {
  return {
    id,
    memberId: MEMBER_ID,
    kind: 'COURSE_COMPLETED',
    effectiveDate: '2024-01-15',
    decisionNumber: null,
    decisionDate: null,
    decisionBody: null,
    orgUnitId: 42,
    orgUnitName: 'Chi bộ Khu phố 1',
    statusBefore: 'OUTSTANDING_MASS',
    statusAfter: 'OUTSTANDING_MASS',
    targetOrgUnitId: null,
    targetOrgUnitName: null,
    destination: null,
    place: null,
    untilDate: null,
    ground: null,
    late: false,
    lateReason: null,
    note: null,
    supersedesId: null,
    supersededBy: null,
    recordedAt: '2024-01-15T03:00:00Z',
    recordedBy: 'bithu',
    ...overrides,
  };
}

export function overview(overrides: Partial<LifecycleOverview> = {}): LifecycleOverview {
  return {
    memberId: MEMBER_ID,
    status: 'ADMITTED',
    version: 7,
    deadline: '2024-11-12',
    workingDaysLeft: -3,
    probationEndsOn: null,
    suspended: false,
    temporaryUntil: null,
    abroadUntil: null,
    steps: [
      { kind: 'CEREMONY_HELD', rule: 'QĐ 294-QĐ/TW §4.1', allowed: true },
      { kind: 'CANDIDACY_WITHDRAWN', rule: 'REGULATIONS §3.1', allowed: true },
      { kind: 'DIED', rule: 'REGULATIONS §3.1', allowed: false },
    ],
    ...overrides,
  };
}
