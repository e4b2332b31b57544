import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DeadlineReport, IncomingTransfer, Role } from '../../api/types';
import { ME_KEY } from '../../session';
import { meWith } from '../../test/fixtures';
import { mockApi } from '../../test/mockApi';
import { renderRoutes, testQueryClient } from '../../test/render';
import DeadlinesPage, { filterFrom, leftColour } from '.';

const report: DeadlineReport = {
  today: '2026-03-01',
  counts: {
    ADMISSION_DECISION: { due: 2, overdue: 1 },
    CEREMONY: { due: 1, overdue: 0 },
    PROBATION_ENDING: { due: 0, overdue: 0 },
    RECOGNITION: { due: 0, overdue: 0 },
    TRANSIT: { due: 1, overdue: 0 },
    REMOVAL_PROPOSED: { due: 0, overdue: 0 },
  },
  items: [
    {
      kind: 'ADMISSION_DECISION',
      memberId: '00000000-0000-0000-0000-000000000001',
      fullName: 'Lê Thị Hồng Nhung',
      orgUnitId: 42,
      orgUnitName: 'Chi bộ Khu phố 1',
      since: '2025-11-03',
      dueDate: '2026-02-10',
      workingDaysLeft: -12,
      overdue: true,
      rule: 'QĐ 294-QĐ/TW §4.3.1',
      proposalId: null as never,
      note: null as never,
    },
    {
      kind: 'CEREMONY',
      memberId: '00000000-0000-0000-0000-000000000002',
      fullName: 'Phạm Minh Khôi',
      orgUnitId: 42,
      orgUnitName: 'Chi bộ Khu phố 1',
      since: '2026-02-20',
      dueDate: '2026-04-03',
      workingDaysLeft: 23,
      overdue: false,
      rule: 'QĐ 294-QĐ/TW §4.1',
      proposalId: null as never,
      note: null as never,
    },
  ],
  truncated: false,
};

const incoming: IncomingTransfer[] = [
  {
    memberId: '00000000-0000-0000-0000-000000000003',
    fullName: 'Đỗ Quang Huy',
    fromOrgUnitId: 42,
    fromOrgUnitName: 'Chi bộ Khu phố 1',
    toOrgUnitId: 43,
    toOrgUnitName: 'Chi bộ Khu phố 2',
    since: '2026-02-02',
    dueDate: '2026-03-16',
    overdue: false,
    version: 5,
  },
];

function renderDeadlines(roles: Role[], path = '/deadlines') {
  const server = mockApi({
    'GET /api/v1/deadlines': { body: report },
    'GET /api/v1/transfers/incoming': { body: incoming },
    'GET /api/v1/org-units/roots': { body: [] },
  });
  const queryClient = testQueryClient();
  queryClient.setQueryData(ME_KEY, meWith(roles));
  const rendered = renderRoutes([{ path: '/deadlines', element: <DeadlinesPage /> }], path, queryClient);
  return { server, ...rendered };
}

describe('deadlines page', () => {
  it('counts due and overdue steps per kind and lists them with the working days left', async () => {
    renderDeadlines(['ORG_STAFF']);
    const table = await screen.findByTestId('deadline-table');
    expect(await within(table).findByText('Lê Thị Hồng Nhung')).toHaveAttribute(
      'href',
      '/members/00000000-0000-0000-0000-000000000001?tab=party',
    );
    expect(within(table).getByText('quá 12 ngày')).toBeInTheDocument();
    expect(within(table).getByText('23 ngày')).toBeInTheDocument();
    const card = screen.getByTestId('deadline-card-ADMISSION_DECISION');
    expect(card).toHaveTextContent('Chờ quyết định kết nạp');
    expect(card).toHaveTextContent('Đến hạn2');
    expect(card).toHaveTextContent('Quá hạn1');
  });

  it('filters by kind from a card and by overdue from the switch, in the URL', async () => {
    const { server, router } = renderDeadlines(['ORG_STAFF']);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('deadline-card-CEREMONY'));
    expect(router.state.location.search).toBe('?kind=CEREMONY');
    await user.click(screen.getByTestId('deadline-overdue'));
    expect(router.state.location.search).toBe('?kind=CEREMONY&overdue=1');
    const last = server.find('GET', '/api/v1/deadlines').at(-1);
    expect(last?.query.get('kind')).toBe('CEREMONY');
    expect(last?.query.get('overdueOnly')).toBe('true');
    await user.click(screen.getByTestId('deadline-card-CEREMONY'));
    expect(router.state.location.search).toBe('?overdue=1');
  });

  it('lists incoming transfers with a receive button for the recording roles only', async () => {
    renderDeadlines(['ORG_STAFF']);
    const list = await screen.findByTestId('incoming-transfers');
    expect(await within(list).findByText('Đỗ Quang Huy')).toBeInTheDocument();
    await userEvent.setup().click(within(list).getByTestId(`incoming-receive-${incoming[0]?.memberId}`));
    expect(await screen.findByTestId('step-dialog-TRANSFER_RECEIVED')).toBeInTheDocument();
    expect(screen.getByTestId('step-deadline')).toHaveTextContent('16/03/2026');
  });

  it('shows no incoming transfers to leadership', async () => {
    const { server } = renderDeadlines(['LEADERSHIP']);
    await screen.findByTestId('deadline-card-CEREMONY');
    expect(screen.queryByTestId('incoming-transfers')).not.toBeInTheDocument();
    expect(server.find('GET', '/api/v1/transfers/incoming')).toHaveLength(0);
  });

  it('reads the filter from the URL and colours the days left', () => {
    expect(filterFrom(new URLSearchParams('kind=TRANSIT&orgUnitId=7&overdue=1'))).toEqual({
      kind: 'TRANSIT',
      orgUnitId: 7,
      overdueOnly: true,
      horizonDays: 30,
    });
    expect(filterFrom(new URLSearchParams('kind=NOPE&orgUnitId=x')).kind).toBeUndefined();
    expect(leftColour(-1)).toBe('red');
    expect(leftColour(3)).toBe('orange');
    expect(leftColour(20)).toBe('green');
  });
});
