import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ME_KEY } from '../../../session';
import { meWith } from '../../../test/fixtures';
import { mockApi } from '../../../test/mockApi';
import { renderRoutes, testQueryClient } from '../../../test/render';
import type { CaseView, DisciplineView } from '../inspectionTypes';
import CaseFilePage from '.';

const ID = '00000000-0000-0000-0000-0000000000c1';
const DECISION = '00000000-0000-0000-0000-0000000000d1';

function file(over: Partial<CaseView> = {}): CaseView {
  return {
    id: ID,
    commissionUnitId: 7,
    commissionName: 'Đảng bộ phường Thạch Thọ',
    type: 'INSPECTION_SIGNS_OF_VIOLATION',
    activity: 'INSPECTION',
    subjectKind: 'MEMBER',
    subjectUnitId: 42,
    subjectMemberId: '00000000-0000-0000-0000-0000000000b1',
    subjectName: 'Ngô Văn Trình',
    title: 'Kiểm tra dấu hiệu vi phạm',
    content: null,
    steps: [
      {
        step: 'DECISION',
        doneOn: '2026-01-05',
        note: 'Quyết định kiểm tra',
        documentId: null,
        documentLabel: null,
        recordedBy: 'kiemtra',
        recordedAt: '2026-01-05T02:00:00Z',
      },
    ],
    nextStep: 'NOTIFICATION',
    violationFound: null,
    categories: [],
    conclusion: null,
    concludedOn: null,
    namedMemberIds: [],
    decisions: [
      {
        id: DECISION,
        caseId: ID,
        subject: 'OFFICIAL_MEMBER',
        subjectName: 'Ngô Văn Trình',
        form: 'EXPULSION',
        decisionNumber: '21-QĐ/UBKT',
        decidedOn: '2026-02-20',
        state: 'IN_FORCE',
        appealPending: true,
      },
    ],
    manageable: true,
    version: 1,
    ...over,
  } as CaseView;
}

const decision = {
  id: DECISION,
  commissionUnitId: 7,
  caseId: ID,
  subject: 'OFFICIAL_MEMBER',
  subjectUnitId: 42,
  subjectMemberId: '00000000-0000-0000-0000-0000000000b1',
  subjectName: 'Ngô Văn Trình',
  originalForm: 'EXPULSION',
  form: 'EXPULSION',
  authority: 'INSPECTION_COMMISSION',
  decidingBody: 'Ủy ban Kiểm tra Đảng ủy',
  decisionNumber: '21-QĐ/UBKT',
  decidedOn: '2026-02-20',
  receivedOn: '2026-02-20',
  reason: 'Kê khai không trung thực',
  violations: [{ violatedOn: '2024-06-01', category: 'PERSONNEL_WORK', exception: null }],
  limitationRule: 'QĐ 69-QĐ/TW, Điều 4',
  limitationEndsOn: null,
  state: 'IN_FORCE',
  effects: ['MEMBERSHIP_ENDED', 'EVALUATION_NOT_COMPLETED'],
  appealUntil: '2026-03-20',
  appeals: [
    {
      id: 'a1',
      appellant: 'Ngô Văn Trình',
      filedOn: '2026-02-25',
      grounds: 'Không đồng ý',
      appealBody: 'Ban Thường vụ',
      dueOn: '2026-07-06',
      overdue: false,
      outcome: null,
      decidedOn: null,
      changedForm: null,
      note: null,
    },
  ],
  version: 2,
} as DisciplineView;

function render(roles: Parameters<typeof meWith>[0]) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(ME_KEY, meWith(roles));
  return renderRoutes(
    [{ path: '/inspection/:id', element: <CaseFilePage /> }],
    `/inspection/${ID}`,
    queryClient,
  );
}

describe('case file', { timeout: 20_000 }, () => {
  it('shows the timeline, the next step form and the decision with its effects and the pending appeal', async () => {
    mockApi({
      [`GET /api/v1/inspection-cases/${ID}`]: { body: file() },
      [`GET /api/v1/discipline-decisions/${DECISION}`]: { body: decision },
    });
    render(['INSPECTION']);
    expect(await screen.findByTestId('timeline-DECISION')).toHaveTextContent('Quyết định · 05/01/2026');
    expect(screen.getByText('Bước tiếp theo: Thông báo đối tượng')).toBeInTheDocument();
    expect(await screen.findByTestId('effect-MEMBERSHIP_ENDED')).toHaveTextContent(
      'Đã ghi khai trừ vào hồ sơ đảng viên',
    );
    expect(screen.getByTestId('decision-limitation')).toHaveTextContent('không áp dụng thời hiệu');
    expect(screen.getByTestId('appeal-list')).toHaveTextContent('Đang giải quyết');
    expect(screen.getByTestId('appeal-outcome-form')).toBeInTheDocument();
    expect(screen.queryByTestId('appeal-file')).not.toBeInTheDocument();
  });

  it('lets a member the case names read it without any form', async () => {
    mockApi({
      [`GET /api/v1/inspection-cases/${ID}`]: { body: file({ manageable: false }) },
      [`GET /api/v1/discipline-decisions/${DECISION}`]: { body: decision },
    });
    render(['MEMBER']);
    expect((await screen.findAllByText(/Bạn được chỉ định xem hồ sơ này/)).length).toBeGreaterThan(0);
    expect(screen.queryByTestId('step-form')).not.toBeInTheDocument();
    expect(screen.queryByTestId('discipline-decide')).not.toBeInTheDocument();
    expect(await screen.findByTestId('decision-card')).toBeInTheDocument();
    expect(screen.queryByTestId('appeal-outcome-form')).not.toBeInTheDocument();
  });
});
