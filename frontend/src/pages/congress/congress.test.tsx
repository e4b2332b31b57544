import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Role } from '../../api/types';
import { ME_KEY } from '../../session';
import { meWith, unit } from '../../test/fixtures';
import { mockApi } from '../../test/mockApi';
import { renderRoutes, testQueryClient } from '../../test/render';
import CongressesPage from '.';
import type { Congress, DelegateList, MissingUnit, SeasonProgress } from './congressTypes';
import CongressPage from './detail';

// ECharts needs a real canvas, which happy-dom has not: the chart is replaced by its accessible label.
vi.mock('../../components/Chart', () => ({
  Chart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const ID = '00000000-0000-0000-0000-0000000000c1';

const progress: SeasonProgress = {
  rootUnitId: 1,
  rootName: 'Đảng bộ phường Thạch Thọ',
  season: 2025,
  today: '2026-03-01',
  levels: [
    {
      kind: 'GRASSROOTS_COMMITTEE',
      organisations: 3,
      held: 3,
      planned: 0,
      notPlanned: 0,
      overdue: 0,
      heldText: '3/3 (100 %)',
      deadline: '2025-06-30',
    },
    {
      kind: 'CELL',
      organisations: 2310,
      held: 2309,
      planned: 0,
      notPlanned: 0,
      overdue: 1,
      heldText: '2.309/2.310 (99,96 %)',
      deadline: '2025-06-30',
    },
  ],
  total: {
    kind: null as never,
    organisations: 2313,
    held: 2312,
    planned: 0,
    notPlanned: 0,
    overdue: 1,
    heldText: '2.312/2.313 (99,96 %)',
    deadline: null as never,
  },
};

const late: MissingUnit = {
  unitId: 77,
  name: 'Chi bộ Tổ dân phố số 9',
  kind: 'CELL',
  path: '/1/2/77/',
  status: 'OVERDUE',
  congressId: ID,
  plannedOn: '2025-05-20',
  deadline: '2025-06-30',
};

const congress: Congress = {
  id: ID,
  orgUnitId: 1,
  unitName: 'Đảng bộ phường Thạch Thọ',
  unitKind: 'COMMUNE',
  season: 2025,
  termTo: 2030,
  kind: 'DELEGATES',
  congressNumber: 18,
  computedNumber: 18,
  numberReason: null as never,
  title: 'Đại hội đại biểu Đảng bộ phường Thạch Thọ lần thứ XVIII, nhiệm kỳ 2025–2030',
  pilot: false,
  directSecretary: true,
  plannedOn: '2026-04-20',
  announcedOn: null as never,
  opensOn: null as never,
  noticeWorkingDays: null as never,
  noticeRequired: 30,
  latestAnnouncement: '2026-03-06',
  heldFrom: null as never,
  heldTo: null as never,
  attendanceSummoned: null as never,
  attendancePresent: null as never,
  attendance: null as never,
  termMonths: 60,
  approvalNumber: null as never,
  approvalDate: null as never,
  status: 'PLANNED',
  seasonStatus: 'PLANNED',
  deadline: '2025-08-31',
  version: 0,
};

const delegates: DelegateList = {
  delegates: [
    {
      id: 'd1',
      memberId: 'm1',
      fullName: 'Nguyễn Văn An',
      memberUnitId: 7,
      memberUnitName: 'Chi bộ Tổ dân phố số 3',
      category: 'OFFICIAL',
      electedBy: 'Đại hội Chi bộ Tổ dân phố số 3',
      credential: 'PENDING',
      rejectionReason: null as never,
      substitutesId: null as never,
      substitutedById: null as never,
      summoned: true,
      present: false,
      version: 0,
    },
  ],
  summoned: 1,
  present: 0,
  attendance: '0/1 đại biểu được triệu tập có mặt',
  pending: 1,
  rejected: 0,
};

function render(roles: Role[], path: string) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(ME_KEY, meWith(roles));
  return renderRoutes(
    [
      { path: '/congresses', element: <CongressesPage /> },
      { path: '/congresses/:id', element: <CongressPage /> },
    ],
    path,
    queryClient,
  );
}

describe('congress pages', { timeout: 20_000 }, () => {
  it('shows the season per level and drills down to the overdue organisations', async () => {
    const api = mockApi({
      'GET /api/v1/org-units/roots': { body: [unit(1, null, { name: 'Đảng bộ phường Thạch Thọ' })] },
      'GET /api/v1/org-units/1': { body: unit(1, null, { name: 'Đảng bộ phường Thạch Thọ' }) },
      'GET /api/v1/congresses/progress': { body: progress },
      'GET /api/v1/congresses/progress/missing': { body: [late] },
      'GET /api/v1/congresses': { body: [] },
    });
    render(['ORG_STAFF'], '/congresses');
    expect(await screen.findByTestId('congress-held-CELL')).toHaveTextContent('2.309/2.310 (99,96 %)');
    expect(screen.getByTestId('congress-summary')).toHaveTextContent('2.312/2.313 (99,96 %)');
    expect(api.find('GET', '/api/v1/congresses/progress')[0]?.query.get('season')).toBe('2025');
    expect(
      screen.getByRole('img', { name: 'Biểu đồ tiến độ đại hội của 2 cấp tổ chức' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Chi bộ Tổ dân phố số 9' })).toHaveAttribute(
      'href',
      `/congresses/${ID}`,
    );
    await userEvent.click(screen.getByTestId('congress-drill-CELL-OVERDUE'));
    await waitFor(() =>
      expect(
        api
          .find('GET', '/api/v1/congresses/progress/missing')
          .some((c) => c.query.get('status') === 'OVERDUE' && c.query.get('kind') === 'CELL'),
      ).toBe(true),
    );
  });

  it('shows the 30-working-day rule on a planned congress and offers the announcement', async () => {
    const api = mockApi({
      [`GET /api/v1/congresses/${ID}`]: { body: congress },
      [`GET /api/v1/congresses/${ID}/delegates`]: { body: delegates },
      [`GET /api/v1/congresses/${ID}/documents`]: { body: [] },
      [`POST /api/v1/congresses/${ID}/announcement`]: { body: { ...congress, status: 'ANNOUNCED' } },
    });
    render(['ORG_STAFF'], `/congresses/${ID}`);
    expect(await screen.findByTestId('congress-notice')).toHaveTextContent(
      'Phải thông báo chậm nhất ngày 06/03/2026 (đủ 30 ngày làm việc trước khai mạc',
    );
    expect(screen.getByText('Bầu trực tiếp bí thư')).toBeInTheDocument();
    expect(await screen.findByTestId('congress-attendance')).toHaveTextContent(
      '0/1 đại biểu được triệu tập có mặt',
    );
    expect(screen.getByText('1 đại biểu chưa thẩm tra tư cách')).toBeInTheDocument();
    expect(screen.getByTestId('congress-announce')).toBeInTheDocument();
    expect(screen.queryByTestId('congress-hold')).not.toBeInTheDocument();
    expect(api.find('POST', `/api/v1/congresses/${ID}/announcement`)).toHaveLength(0);
  });

  it('links a congress document found by its number', async () => {
    const api = mockApi({
      [`GET /api/v1/congresses/${ID}`]: { body: congress },
      [`GET /api/v1/congresses/${ID}/delegates`]: { body: delegates },
      [`GET /api/v1/congresses/${ID}/documents`]: { body: [] },
      'GET /api/v1/documents': {
        body: {
          content: [{ id: 41, number: '01-BC/ĐU', title: 'Báo cáo chính trị trình Đại hội' }],
          totalElements: 1,
          page: 0,
          size: 20,
        },
      },
      [`POST /api/v1/congresses/${ID}/documents`]: { body: [] },
    });
    render(['ORG_STAFF'], `/congresses/${ID}`);
    const picker = await screen.findByRole('combobox', {
      name: 'Văn bản đại hội (tìm theo số hoặc trích yếu)',
    });
    await userEvent.type(picker, '01-BC');
    await userEvent.click(await screen.findByText('01-BC/ĐU · Báo cáo chính trị trình Đại hội'));
    await userEvent.click(screen.getByRole('button', { name: 'Liên kết văn bản' }));
    await waitFor(() =>
      expect(api.find('POST', `/api/v1/congresses/${ID}/documents`)[0]?.body).toEqual({ documentId: 41 }),
    );
  });

  it('lets the leadership read but not record', async () => {
    mockApi({
      [`GET /api/v1/congresses/${ID}`]: {
        body: {
          ...congress,
          noticeWorkingDays: 27,
          announcedOn: '2026-03-10',
          opensOn: '2026-04-20',
          status: 'ANNOUNCED',
        },
      },
      [`GET /api/v1/congresses/${ID}/delegates`]: { body: delegates },
      [`GET /api/v1/congresses/${ID}/documents`]: { body: [] },
    });
    render(['LEADERSHIP'], `/congresses/${ID}`);
    expect(await screen.findByTestId('congress-notice')).toHaveTextContent(
      'chỉ 27 ngày làm việc — chưa đủ 30 ngày',
    );
    expect(screen.queryByTestId('congress-hold')).not.toBeInTheDocument();
    expect(screen.queryByTestId('congress-announce')).not.toBeInTheDocument();
  });
});
