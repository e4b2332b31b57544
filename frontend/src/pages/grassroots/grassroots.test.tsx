import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Role } from '../../api/types';
import { ME_KEY } from '../../session';
import { meWith } from '../../test/fixtures';
import { mockApi, problem } from '../../test/mockApi';
import { renderRoutes, testQueryClient } from '../../test/render';
import GrassrootsPage from '.';
import type { CommitteeMember, ComplianceReport, Visit } from './grassrootsTypes';

// ECharts needs a real canvas, which happy-dom has not: the chart is replaced by its accessible label.
vi.mock('../../components/Chart', () => ({
  Chart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const A = '00000000-0000-0000-0000-0000000000a1';
const B = '00000000-0000-0000-0000-0000000000b2';

const appointment: CommitteeMember = {
  id: A,
  committeeUnitId: 1,
  committeeUnitName: 'Đảng bộ phường Thạch Thọ',
  memberId: '00000000-0000-0000-0000-0000000000aa',
  fullName: 'Nguyễn Văn An',
  head: false,
  assignedUnits: [{ id: 7, name: 'Chi bộ Tổ dân phố số 3' }],
  version: 1,
};

const visit: Visit = {
  id: '00000000-0000-0000-0000-0000000000c3',
  committeeMemberId: A,
  orgUnitId: 7,
  unitName: 'Chi bộ Tổ dân phố số 3',
  visitedOn: '2026-02-24',
  duration: 'HALF_DAY',
  purpose: 'CELL_MEETING',
  findings: 'Chi bộ sinh hoạt đúng nội dung',
  assigned: true,
  followUps: [
    {
      id: '00000000-0000-0000-0000-0000000000d4',
      text: 'Kiện toàn tổ đảng',
      owner: null,
      dueOn: null,
      status: 'OPEN',
      programmeTaskId: null,
      programmeTask: null,
      version: 0,
    },
  ],
  createdBy: 'an',
  version: 0,
};

const report: ComplianceReport = {
  committeeUnitId: 1,
  committeeUnitName: 'Đảng bộ phường Thạch Thọ',
  from: '2026-01-01',
  to: '2026-03-31',
  workingDays: 58,
  minimumShare: '1/3',
  requiredDays: 19.33,
  cellMeetingsPerYear: 6,
  cellMeetingsRequired: 1.5,
  receptionDaysPerMonth: 2,
  rules: ['Quy chế làm việc: cấp ủy viên dành ít nhất 1/3 thời gian đi cơ sở (chưa xác minh)'],
  members: [
    {
      committeeMemberId: A,
      memberId: 'm1',
      fullName: 'Nguyễn Văn An',
      head: true,
      visits: 25,
      grassrootsDays: 22.5,
      share: 22.5 / 58,
      underMinimum: false,
      cellMeetings: 2,
      cellMeetingsShort: false,
      receptionDays: 6,
      receptionDaysRequired: 6,
      receptionShort: false,
      compliant: true,
    },
    {
      committeeMemberId: B,
      memberId: 'm2',
      fullName: 'Trần Thị Bình',
      head: false,
      visits: 3,
      grassrootsDays: 2.5,
      share: 2.5 / 58,
      underMinimum: true,
      cellMeetings: 0,
      cellMeetingsShort: true,
      receptionDays: null,
      receptionDaysRequired: null,
      receptionShort: false,
      compliant: false,
    },
  ],
};

function render(roles: Role[]) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(ME_KEY, meWith(roles));
  return renderRoutes(
    [{ path: '/grassroots-work', element: <GrassrootsPage /> }],
    '/grassroots-work',
    queryClient,
  );
}

describe('grassroots page', { timeout: 20_000 }, () => {
  it("shows a committee's compliance with its flags and reminds those who fall short", async () => {
    const api = mockApi({
      'GET /api/v1/grassroots-work/committee-members/mine': { body: [] },
      'GET /api/v1/grassroots-work/committee-members': { body: [appointment] },
      'GET /api/v1/grassroots-work/compliance': { body: report },
      'POST /api/v1/grassroots-work/compliance/reminders': { body: { reminded: 1 } },
    });
    render(['ORG_STAFF']);
    expect(await screen.findByText('Trần Thị Bình')).toBeInTheDocument();
    expect(api.find('GET', '/api/v1/grassroots-work/compliance')[0]?.query.get('committeeUnitId')).toBe('1');
    expect(screen.getByTestId(`grassroots-flag-${A}`)).toHaveTextContent('Đạt');
    expect(screen.getByTestId(`grassroots-flag-${B}`)).toHaveTextContent('Dưới mức tối thiểu');
    expect(screen.getByTestId(`grassroots-flag-${B}`)).toHaveTextContent('Thiếu buổi dự sinh hoạt');
    expect(screen.getByTestId(`grassroots-days-${A}`)).toHaveTextContent('22,5 (38.8%)');
    expect(
      screen.getByRole('img', { name: 'Biểu đồ tỷ lệ ngày ở cơ sở của 2 cấp ủy viên' }),
    ).toBeInTheDocument();
    expect(await screen.findByTestId('grassroots-committee-card')).toHaveTextContent(
      'Chi bộ Tổ dân phố số 3',
    );
    await userEvent.click(screen.getByTestId('grassroots-remind'));
    await waitFor(() =>
      expect(api.find('POST', '/api/v1/grassroots-work/compliance/reminders')).toHaveLength(1),
    );
    expect(api.find('POST', '/api/v1/grassroots-work/compliance/reminders')[0]?.body).toMatchObject({
      committeeUnitId: 1,
    });
  });

  it("lists a committee member's own visits with their follow-up tasks", async () => {
    const api = mockApi({
      'GET /api/v1/grassroots-work/committee-members/mine': { body: [appointment] },
      [`GET /api/v1/grassroots-work/committee-members/${A}/visits`]: { body: [visit] },
    });
    render(['MEMBER']);
    expect(await screen.findByText('Kiện toàn tổ đảng')).toBeInTheDocument();
    expect(screen.getByText('Chi bộ sinh hoạt đúng nội dung')).toBeInTheDocument();
    expect(screen.getByTestId('grassroots-visit-total')).toHaveTextContent('1 chuyến, 0,5 ngày');
    expect(screen.queryByTestId('grassroots-tab-compliance')).not.toBeInTheDocument();
    expect(api.find('GET', '/api/v1/grassroots-work/compliance')).toHaveLength(0);
  });

  it('tells a member who sits on no committee', async () => {
    mockApi({ 'GET /api/v1/grassroots-work/committee-members/mine': { body: [] } });
    render(['MEMBER']);
    expect(
      await screen.findByText('Đồng chí chưa được ghi nhận là cấp ủy viên của đơn vị nào.'),
    ).toBeInTheDocument();
  });

  it('revises a logged visit with its version and says plainly when someone changed it first', async () => {
    let attempt = 0;
    const api = mockApi({
      'GET /api/v1/grassroots-work/committee-members/mine': { body: [appointment] },
      [`GET /api/v1/grassroots-work/committee-members/${A}/visits`]: { body: [visit] },
      [`PUT /api/v1/grassroots-work/visits/${visit.id}`]: () => {
        attempt += 1;
        return attempt === 1
          ? problem(409, 'conflict.stale')
          : { body: { ...visit, duration: 'FULL_DAY', version: 1 } };
      },
    });
    render(['MEMBER']);
    await userEvent.click(await screen.findByTestId('grassroots-visit-edit-2026-02-24'));
    await userEvent.click(await screen.findByTestId('grassroots-visit-edit-save'));
    expect(await screen.findByTestId('grassroots-visit-edit-error')).toHaveTextContent(
      'Dữ liệu đã được người khác thay đổi',
    );
    expect(api.find('PUT', `/api/v1/grassroots-work/visits/${visit.id}`)[0]?.body).toEqual({
      committeeMemberId: A,
      orgUnitId: 7,
      visitedOn: '2026-02-24',
      duration: 'HALF_DAY',
      purpose: 'CELL_MEETING',
      findings: 'Chi bộ sinh hoạt đúng nội dung',
      version: 0,
    });
    await userEvent.click(screen.getByTestId('grassroots-visit-edit-save'));
    await waitFor(() =>
      expect(api.find('PUT', `/api/v1/grassroots-work/visits/${visit.id}`)).toHaveLength(2),
    );
  });

  it('deletes a visit logged by mistake with its version', async () => {
    const api = mockApi({
      'GET /api/v1/grassroots-work/committee-members/mine': { body: [appointment] },
      [`GET /api/v1/grassroots-work/committee-members/${A}/visits`]: { body: [visit] },
      [`DELETE /api/v1/grassroots-work/visits/${visit.id}`]: { status: 204 },
    });
    render(['MEMBER']);
    await userEvent.click(await screen.findByTestId('grassroots-visit-withdraw-2026-02-24'));
    await userEvent.click(await screen.findByTestId('grassroots-visit-withdraw-ok'));
    await waitFor(() =>
      expect(api.find('DELETE', `/api/v1/grassroots-work/visits/${visit.id}`)[0]?.query.get('version')).toBe(
        '0',
      ),
    );
  });

  it('turns a follow-up task into a task of a programme the user writes for, and shows the task it became', async () => {
    const followUp = visit.followUps[0];
    const linked: Visit = {
      ...visit,
      followUps: [
        {
          ...(followUp as (typeof visit.followUps)[number]),
          status: 'PROGRAMME_TASK',
          programmeTaskId: 't1',
          programmeTask: {
            programmeId: 'p1',
            programmeCode: '01-CTr/ĐU',
            taskId: 't1',
            seq: 4,
            title: 'Kiện toàn tổ đảng',
            deadline: '2026-06-30',
            progress: 0,
            status: 'NOT_STARTED',
          },
          version: 1,
        },
      ],
    };
    let visits: Visit[] = [
      { ...visit, followUps: [{ ...(followUp as (typeof visit.followUps)[number]), dueOn: '2026-06-30' }] },
    ];
    const api = mockApi({
      'GET /api/v1/grassroots-work/committee-members/mine': { body: [appointment] },
      [`GET /api/v1/grassroots-work/committee-members/${A}/visits`]: () => ({ body: visits }),
      'GET /api/v1/programmes/writable': {
        body: [
          {
            id: 'p1',
            code: '01-CTr/ĐU',
            title: 'Xây dựng chi bộ vững mạnh',
            issuingUnitId: 1,
            issuingUnitName: 'Đảng bộ phường Thạch Thọ',
            parentProgrammeId: null,
            periodFrom: '2025-10-01',
            periodTo: '2030-09-30',
            indicators: 0,
            tasks: 3,
          },
        ],
      },
      'GET /api/v1/org-units/roots': {
        body: [
          {
            id: 1,
            name: 'Đảng bộ phường Thạch Thọ',
            parentId: null,
            kind: 'COMMUNE',
            path: '/1/',
            childCount: 0,
            active: true,
          },
        ],
      },
      'GET /api/v1/org-units/1': {
        body: {
          id: 1,
          name: 'Đảng bộ phường Thạch Thọ',
          parentId: null,
          kind: 'COMMUNE',
          path: '/1/',
          childCount: 0,
          active: true,
        },
      },
      [`POST /api/v1/grassroots-work/follow-ups/${followUp?.id}/programme-task`]: () => {
        visits = [linked];
        return { body: linked.followUps[0] };
      },
    });
    render(['MEMBER', 'CELL_SECRETARY']);
    await userEvent.click(await screen.findByTestId(`grassroots-to-task-${followUp?.id}`));
    await userEvent.click(await screen.findByTestId('grassroots-to-task-programme'));
    await userEvent.click(await screen.findByText('01-CTr/ĐU · Xây dựng chi bộ vững mạnh'));
    await userEvent.click(screen.getByTestId('grassroots-to-task-submit'));
    await waitFor(() =>
      expect(
        api.find('POST', `/api/v1/grassroots-work/follow-ups/${followUp?.id}/programme-task`),
      ).toHaveLength(1),
    );
    expect(
      api.find('POST', `/api/v1/grassroots-work/follow-ups/${followUp?.id}/programme-task`)[0]?.body,
    ).toEqual({
      programmeId: 'p1',
      ownerUnitId: 1,
      deadline: '2026-06-30',
      version: 0,
    });
    expect(await screen.findByTestId(`grassroots-follow-up-task-${followUp?.id}`)).toHaveTextContent(
      '01-CTr/ĐU · nhiệm vụ 4: Chưa triển khai, 0%',
    );
  });

  it('offers no programme task to a member who writes for no programme', async () => {
    mockApi({
      'GET /api/v1/grassroots-work/committee-members/mine': { body: [appointment] },
      [`GET /api/v1/grassroots-work/committee-members/${A}/visits`]: { body: [visit] },
    });
    render(['MEMBER']);
    expect(await screen.findByText('Kiện toàn tổ đảng')).toBeInTheDocument();
    expect(screen.queryByTestId(`grassroots-to-task-${visit.followUps[0]?.id}`)).not.toBeInTheDocument();
  });
});
