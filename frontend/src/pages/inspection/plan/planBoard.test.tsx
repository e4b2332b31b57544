import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ME_KEY } from '../../../session';
import { meWith } from '../../../test/fixtures';
import { mockApi, problem } from '../../../test/mockApi';
import { renderRoutes, testQueryClient } from '../../../test/render';
import { describePeriod, type PlanItem, type PlanView } from '../planTypes';
import PlanPage from '.';

const ID = '00000000-0000-0000-0000-0000000000e1';

function item(id: string, over: Partial<PlanItem>): PlanItem {
  return {
    id,
    subjectKind: 'ORGANISATION',
    subjectUnitId: 42,
    subjectMemberId: null,
    subjectName: 'Chi bộ Khu phố 1',
    content: 'Thực hiện nguyên tắc tập trung dân chủ',
    plannedFrom: '2026-04-01',
    plannedTo: '2026-06-30',
    team: 'Tổ kiểm tra số 1',
    teamMemberIds: [],
    caseType: 'INSPECTION_REGULAR',
    status: 'NOT_STARTED',
    cases: [],
    version: 0,
    ...over,
  };
}

function plan(over: Partial<PlanView> = {}): PlanView {
  return {
    id: ID,
    ownerUnitId: 7,
    ownerName: 'Đảng bộ phường Thạch Thọ',
    owner: 'COMMISSION',
    activity: 'INSPECTION',
    periodKind: 'YEAR',
    year: 2026,
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    title: 'Kế hoạch kiểm tra năm 2026',
    decisionNumber: '05-KH/UBKT',
    decisionDate: '2026-01-10',
    items: [
      item('i1', {}),
      item('i2', {
        subjectName: 'Chi bộ Khu phố 2',
        status: 'IN_PROGRESS',
        cases: [{ id: 'c2', title: 'Kiểm tra chi bộ Khu phố 2', concludedOn: null }],
      }),
      item('i3', {
        subjectKind: 'MEMBER',
        subjectMemberId: 'm3',
        subjectName: 'Ngô Văn Trình',
        plannedFrom: '2026-02-01',
        plannedTo: '2026-02-28',
        status: 'OVERDUE',
      }),
    ],
    progress: {
      planned: 3,
      started: 1,
      notStarted: 1,
      inProgress: 1,
      done: 0,
      overdue: 1,
      percentDone: 0,
      organisations: 2,
      organisationsDone: 0,
      members: 1,
      membersDone: 0,
    },
    manageable: true,
    casesOpenable: true,
    version: 2,
    ...over,
  };
}

function render(roles: Parameters<typeof meWith>[0]) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(ME_KEY, meWith(roles));
  return renderRoutes(
    [{ path: '/inspection/plans/:id', element: <PlanPage /> }],
    `/inspection/plans/${ID}`,
    queryClient,
  );
}

describe('plan board', { timeout: 20_000 }, () => {
  it('puts each item in the column of its status and shows the progress', async () => {
    mockApi({ [`GET /api/v1/inspection-plans/${ID}`]: { body: plan() } });
    render(['INSPECTION']);
    const overdue = await screen.findByTestId('plan-column-OVERDUE');
    expect(within(overdue).getByText('Ngô Văn Trình')).toBeInTheDocument();
    expect(within(overdue).getByText('Tháng 2/2026')).toBeInTheDocument();
    expect(
      within(screen.getByTestId('plan-column-IN_PROGRESS')).getByText('Kiểm tra chi bộ Khu phố 2'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByTestId('plan-column-NOT_STARTED')).getByText('Quý II/2026'),
    ).toBeInTheDocument();
    expect(within(screen.getByTestId('plan-column-DONE')).getByText('Không có nội dung')).toBeInTheDocument();
    expect(screen.getByTestId('plan-progress')).toHaveTextContent('Nội dung theo kế hoạch3');
    expect(screen.getByTestId('item-add')).toBeInTheDocument();
  });

  it('opens a case from an item with its subject, type and content filled in', async () => {
    const api = mockApi({
      [`GET /api/v1/inspection-plans/${ID}`]: { body: plan() },
      'POST /api/v1/inspection-cases': { status: 201, body: { id: 'c9' } },
    });
    render(['INSPECTION']);
    fireEvent.click(await screen.findByTestId('item-open-case-i1'));
    expect(await screen.findByTestId('case-open-from-item')).toHaveTextContent(
      'Mở hồ sơ theo «Kế hoạch kiểm tra năm 2026» cho Chi bộ Khu phố 1.',
    );
    expect(screen.getByTestId('case-open-title')).toHaveValue('Thực hiện nguyên tắc tập trung dân chủ');
    fireEvent.click(screen.getByTestId('case-open-save'));
    await waitFor(() => expect(api.find('POST', '/api/v1/inspection-cases')).toHaveLength(1), {
      timeout: 5000,
    });
    expect(await screen.findByText('Đã mở hồ sơ theo kế hoạch.')).toBeInTheDocument();
    expect(api.find('POST', '/api/v1/inspection-cases')[0]?.body).toMatchObject({
      commissionUnitId: 7,
      type: 'INSPECTION_REGULAR',
      subjectKind: 'ORGANISATION',
      subjectUnitId: 42,
      planItemId: 'i1',
    });
  });

  it('shows the refusal when an item with cases is deleted', async () => {
    mockApi({
      [`GET /api/v1/inspection-plans/${ID}`]: { body: plan() },
      [`DELETE /api/v1/inspection-plans/${ID}/items/i2`]: problem(409, 'inspection.plan.item-has-cases'),
    });
    render(['INSPECTION']);
    fireEvent.click(await screen.findByTestId('item-delete-i2'));
    fireEvent.click(await screen.findByText('Xóa nội dung', { selector: 'button span' }));
    expect(await screen.findByTestId('item-delete-error')).toHaveTextContent(
      'Detail of inspection.plan.item-has-cases',
    );
  });

  it('lets a reader who does not manage the plan only read it', async () => {
    mockApi({
      [`GET /api/v1/inspection-plans/${ID}`]: {
        body: plan({
          owner: 'COMMITTEE',
          manageable: false,
          casesOpenable: false,
          items: [
            item('i2', { status: 'DONE', cases: [{ id: 'c2', title: null, concludedOn: '2026-02-20' }] }),
          ],
        }),
      },
    });
    render(['CELL_SECRETARY']);
    expect(await screen.findByText(/Đã có hồ sơ \(chỉ ủy ban kiểm tra được xem\)/)).toBeInTheDocument();
    expect(screen.queryByTestId('item-add')).not.toBeInTheDocument();
    expect(screen.queryByTestId('item-open-case-i2')).not.toBeInTheDocument();
  });

  it('names planned periods as people say them', () => {
    const t = (key: string, v?: Record<string, string | number>) =>
      `${key.split('.').pop()} ${Object.values(v ?? {}).join('/')}`;
    expect(describePeriod('2026-07-01', '2026-09-30', t)).toBe('quarter III/2026');
    expect(describePeriod('2026-03-01', '2026-03-31', t)).toBe('month 3/2026');
    expect(describePeriod('2026-03-01', '2026-05-31', t)).toBe('03/2026 – 05/2026');
    expect(describePeriod('2026-03-05', '2026-03-20', t)).toBe('05/03/2026 – 20/03/2026');
  });
});

describe('planned period of the item dialog', () => {
  it('turns a quarter or a run of months into first and last day', async () => {
    const { plannedRange } = await import('./ItemDialog');
    const dayjs = (await import('dayjs')).default;
    const quarter = plannedRange({ mode: 'QUARTER', quarter: dayjs('2026-05-14') });
    expect(quarter?.map((d) => d.format('YYYY-MM-DD'))).toEqual(['2026-04-01', '2026-06-30']);
    const months = plannedRange({ mode: 'MONTHS', months: [dayjs('2026-02-10'), dayjs('2026-03-03')] });
    expect(months?.map((d) => d.format('YYYY-MM-DD'))).toEqual(['2026-02-01', '2026-03-31']);
    expect(plannedRange({ mode: 'DATES' })).toBeNull();
  });
});
