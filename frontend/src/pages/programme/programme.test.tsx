import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../api/types';
import { ME_KEY } from '../../session';
import { meWith } from '../../test/fixtures';
import { mockApi, problem } from '../../test/mockApi';
import { renderRoutes, testQueryClient } from '../../test/render';
import ProgrammeListPage from '.';
import ProgrammeDetailPage from './detail';
import type { IndicatorView, ProgrammeReview, ProgrammeView, TaskView } from './programmeTypes';

const ID = '00000000-0000-0000-0000-00000000c7a1';

const indicator = (seq: number, over: Partial<IndicatorView>): IndicatorView => ({
  id: `00000000-0000-0000-0000-0000000001${String(seq).padStart(2, '0')}`,
  seq,
  name: `Chỉ tiêu ${seq}`,
  unit: '%',
  baseline: 80,
  target: 95,
  targetDate: null,
  direction: 'AT_LEAST',
  reporting: 'QUARTER',
  responsibleUnitId: 2,
  responsibleUnitName: 'Đảng ủy phường Ba Đình',
  parentIndicatorId: null,
  value: null,
  period: null,
  valueAsOf: null,
  achievedOn: null,
  status: 'NOT_REPORTED',
  progress: null,
  expected: 8,
  rule: 'Chưa có số liệu báo cáo đến ngày 01/03/2026.',
  canReport: true,
  canRemove: true,
  version: 0,
  ...over,
});

const task = (seq: number, over: Partial<TaskView>): TaskView => ({
  id: `00000000-0000-0000-0000-0000000002${String(seq).padStart(2, '0')}`,
  seq,
  title: `Nhiệm vụ ${seq}`,
  ownerUnitId: 2,
  ownerUnitName: 'Đảng ủy phường Ba Đình',
  ownerMemberId: null,
  ownerPerson: 'Đồng chí Bí thư',
  deadline: '2026-12-31',
  progress: 0,
  progressAsOf: null,
  status: 'NOT_STARTED',
  overdue: false,
  dueSoon: false,
  rule: 'Chưa triển khai: chưa báo cáo tiến độ.',
  parentTaskId: null,
  canReport: true,
  origin: null,
  remindedOn: null,
  canRemove: true,
  version: 0,
  ...over,
});

const programme: ProgrammeView = {
  id: ID,
  code: '01-CTr/TU',
  title: 'Tăng cường xây dựng, chỉnh đốn Đảng',
  issuingUnitId: 1,
  issuingUnitName: 'Đảng bộ thành phố',
  parentProgrammeId: null,
  parentCode: null,
  periodFrom: '2025-10-01',
  periodTo: '2030-09-30',
  goals: 'Xây dựng Đảng bộ trong sạch, vững mạnh',
  asOf: '2026-03-01',
  canEdit: false,
  committee: [
    { memberId: null, fullName: 'Nguyễn Văn Trưởng', role: 'HEAD', position: 'Phó Bí thư Thường trực' },
  ],
  documents: [{ documentId: null, label: 'Nghị quyết Đại hội XVIII' }],
  indicators: [
    indicator(1, {
      status: 'MET',
      value: 96,
      period: '2026-Q1',
      progress: 100,
      rule: 'Đạt: giá trị 96 đạt từ 95 trở lên.',
    }),
    indicator(2, { status: 'AT_RISK', value: 81, period: '2025-Q4', progress: 6, expected: 30 }),
    indicator(3, { canReport: false }),
  ],
  tasks: [
    task(1, { status: 'DONE', progress: 100 }),
    task(2, { status: 'LATE', progress: 40, deadline: '2026-02-15', overdue: true }),
    task(3, {}),
  ],
  children: [],
  version: 0,
};

function render(roles: Role[]) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(ME_KEY, meWith(roles));
  return renderRoutes(
    [{ path: '/programmes/:id', element: <ProgrammeDetailPage /> }],
    `/programmes/${ID}`,
    queryClient,
  );
}

describe('programme page', { timeout: 20_000 }, () => {
  it('shows the indicator board with status tags and progress, and reports only where the unit may', async () => {
    mockApi({ [`GET /api/v1/programmes/${ID}`]: { body: programme } });
    render(['ORG_STAFF']);
    expect(await screen.findByTestId('indicator-status-1')).toHaveTextContent('Đạt');
    expect(screen.getByTestId('indicator-status-2')).toHaveTextContent('Có nguy cơ không đạt');
    expect(screen.getByTestId('indicator-status-3')).toHaveTextContent('Chưa báo cáo');
    expect(screen.getByTestId('indicator-value-1')).toHaveTextContent('96 %');
    expect(screen.getByTestId('indicator-report-1')).toBeInTheDocument();
    expect(screen.queryByTestId('indicator-report-3')).not.toBeInTheDocument();
    const board = screen.getByTestId('indicator-board');
    expect(within(board).getAllByRole('progressbar')).toHaveLength(3);
    expect(screen.getByTestId('programme-counts')).toHaveTextContent('Đạt: 1');
    expect(screen.getByTestId('programme-counts')).toHaveTextContent('Chậm tiến độ: 1');
  });

  it("posts the responsible organisation's report with its period, value, evidence and version", async () => {
    const reported = {
      ...programme,
      indicators: [
        programme.indicators[0],
        { ...programme.indicators[1], status: 'ON_TRACK', value: 90 },
        programme.indicators[2],
      ],
    };
    const api = mockApi({
      [`GET /api/v1/programmes/${ID}`]: { body: programme },
      [`POST /api/v1/programmes/${ID}/indicators/${programme.indicators[1]?.id}/reports`]: {
        status: 201,
        body: reported,
      },
    });
    render(['ORG_STAFF']);
    await userEvent.click(await screen.findByTestId('indicator-report-2'));
    const form = await screen.findByTestId('indicator-report-form');
    await userEvent.type(within(form).getByTestId('report-value'), '90');
    await userEvent.type(within(form).getByTestId('report-evidence'), 'Báo cáo 15-BC/ĐU');
    await userEvent.click(screen.getByTestId('indicator-report-submit'));
    await waitFor(() =>
      expect(
        api.find('POST', `/api/v1/programmes/${ID}/indicators/${programme.indicators[1]?.id}/reports`),
      ).toHaveLength(1),
    );
    expect(
      api.find('POST', `/api/v1/programmes/${ID}/indicators/${programme.indicators[1]?.id}/reports`)[0]?.body,
    ).toEqual({
      period: '2026-Q1',
      value: 90,
      evidenceText: 'Báo cáo 15-BC/ĐU',
      version: 0,
    });
    expect(await screen.findByTestId('indicator-status-2')).toHaveTextContent('Đúng tiến độ');
  });

  it('shows the task board with overdue flags and completes a task at 100%', async () => {
    const api = mockApi({
      [`GET /api/v1/programmes/${ID}`]: { body: programme },
      [`POST /api/v1/programmes/${ID}/tasks/${programme.tasks[1]?.id}/reports`]: {
        status: 201,
        body: programme,
      },
    });
    render(['ORG_STAFF']);
    await userEvent.click(await screen.findByTestId('programme-tab-tasks'));
    expect(await screen.findByTestId('task-status-2')).toHaveTextContent('Chậm tiến độ');
    expect(screen.getByTestId('task-overdue-2')).toHaveTextContent('Quá hạn');
    expect(screen.queryByTestId('task-overdue-3')).not.toBeInTheDocument();
    expect(screen.queryByTestId('task-report-1')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId('task-report-2'));
    await userEvent.click(await screen.findByTestId('task-complete'));
    await userEvent.click(screen.getByTestId('task-report-submit'));
    await waitFor(() =>
      expect(
        api.find('POST', `/api/v1/programmes/${ID}/tasks/${programme.tasks[1]?.id}/reports`),
      ).toHaveLength(1),
    );
    expect(
      api.find('POST', `/api/v1/programmes/${ID}/tasks/${programme.tasks[1]?.id}/reports`)[0]?.body,
    ).toMatchObject({
      progress: 100,
      version: 0,
    });
  });

  it('generates the review as of a day and shows its sentences and tables', async () => {
    const review: ProgrammeReview = {
      programmeId: ID,
      code: '01-CTr/TU',
      title: programme.title,
      issuingUnitName: programme.issuingUnitName,
      issuingUnitId: programme.issuingUnitId,
      kind: 'MID_TERM',
      asOf: '2026-03-01',
      summary: [
        'Sơ kết giữa nhiệm kỳ thực hiện Chương trình số 01-CTr/TU.',
        'Đến nay đã có 1/3 chỉ tiêu cơ bản đạt, 1 chỉ tiêu có nguy cơ không đạt, 1 chỉ tiêu chưa có số liệu.',
      ],
      indicatorCounts: { MET: 1 },
      taskCounts: { DONE: 1 },
      indicators: programme.indicators,
      tasks: programme.tasks,
      cascade: [],
    };
    const api = mockApi({
      [`GET /api/v1/programmes/${ID}`]: { body: programme },
      [`GET /api/v1/programmes/${ID}/review`]: { body: review },
    });
    render(['LEADERSHIP']);
    await userEvent.click(await screen.findByTestId('programme-tab-review'));
    expect(screen.getByTestId('review-excel')).toBeDisabled();
    expect(screen.getByTestId('review-pdf')).toBeDisabled();
    await userEvent.click(screen.getByTestId('review-generate'));
    expect(await screen.findByTestId('review-sentence-1')).toHaveTextContent(
      'Đến nay đã có 1/3 chỉ tiêu cơ bản đạt',
    );
    expect(api.find('GET', `/api/v1/programmes/${ID}/review`)[0]?.query.get('kind')).toBe('MID_TERM');
    expect(within(screen.getByTestId('programme-review')).getAllByRole('table')).toHaveLength(2);
    expect(screen.getByTestId('review-excel')).toBeEnabled();
    expect(screen.getByTestId('review-pdf')).toBeEnabled();
  });

  it('offers adoption to the staff of a subordinate unit', async () => {
    mockApi({ [`GET /api/v1/programmes/${ID}`]: { body: programme } });
    render(['ORG_STAFF']);
    expect(await screen.findByTestId('programme-adopt')).toHaveTextContent('Cụ thể hóa 01-CTr/TU');
  });

  it('lets the issuing unit add indicators and tasks, and hides adoption from it', async () => {
    mockApi({ [`GET /api/v1/programmes/${ID}`]: { body: { ...programme, canEdit: true } } });
    render(['CITY_OFFICE']);
    expect(await screen.findByTestId('indicator-board')).toBeInTheDocument();
    expect(screen.queryByTestId('programme-adopt')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId('indicator-add'));
    expect(await screen.findByTestId('indicator-add-name')).toBeInTheDocument();
  });

  it('shows no add buttons to a unit that only carries the programme out', async () => {
    mockApi({ [`GET /api/v1/programmes/${ID}`]: { body: programme } });
    render(['ORG_STAFF']);
    expect(await screen.findByTestId('indicator-board')).toBeInTheDocument();
    expect(screen.queryByTestId('indicator-add')).not.toBeInTheDocument();
  });

  it('lists programmes with their counts and offers issuing one to writers only', async () => {
    mockApi({
      'GET /api/v1/programmes': {
        body: {
          content: [
            {
              id: ID,
              code: '01-CTr/TU',
              title: programme.title,
              issuingUnitId: 1,
              issuingUnitName: 'Đảng bộ thành phố',
              parentProgrammeId: null,
              periodFrom: '2025-10-01',
              periodTo: '2030-09-30',
              indicators: 14,
              tasks: 18,
            },
          ],
          page: 0,
          size: 20,
          totalElements: 1,
        },
      },
    });
    const queryClient = testQueryClient();
    queryClient.setQueryData(ME_KEY, meWith(['LEADERSHIP']));
    renderRoutes([{ path: '/programmes', element: <ProgrammeListPage /> }], '/programmes', queryClient);
    expect(await screen.findByTestId('programme-open-01-CTr/TU')).toHaveTextContent(programme.title);
    expect(screen.queryByTestId('programme-create')).not.toBeInTheDocument();
  });

  it('revises what the programme says under its version and says so plainly when someone changed it first', async () => {
    let attempt = 0;
    const api = mockApi({
      [`GET /api/v1/programmes/${ID}`]: { body: { ...programme, canEdit: true } },
      [`PUT /api/v1/programmes/${ID}`]: () => {
        attempt += 1;
        return attempt === 1
          ? problem(409, 'conflict.stale', { detail: 'Bản ghi đã được cập nhật sau khi bạn mở nó.' })
          : { body: { ...programme, canEdit: true, title: 'Đẩy mạnh xây dựng Đảng', version: 2 } };
      },
    });
    render(['CITY_OFFICE']);
    await userEvent.click(await screen.findByTestId('programme-revise'));
    const title = await screen.findByTestId('programme-revise-title');
    await userEvent.clear(title);
    await userEvent.type(title, 'Đẩy mạnh xây dựng Đảng');
    await userEvent.click(screen.getByTestId('programme-revise-add-document'));
    await userEvent.type(screen.getByTestId('programme-revise-document-1'), 'Kết luận 21-KL/TW');
    await userEvent.click(screen.getByTestId('programme-revise-submit'));
    expect(await screen.findByText('Bản ghi đã được cập nhật sau khi bạn mở nó.')).toBeInTheDocument();
    expect(api.find('PUT', `/api/v1/programmes/${ID}`)[0]?.body).toMatchObject({
      code: '01-CTr/TU',
      title: 'Đẩy mạnh xây dựng Đảng',
      periodFrom: '2025-10-01',
      periodTo: '2030-09-30',
      committee: [{ fullName: 'Nguyễn Văn Trưởng', role: 'HEAD', position: 'Phó Bí thư Thường trực' }],
      documents: [{ label: 'Nghị quyết Đại hội XVIII' }, { label: 'Kết luận 21-KL/TW' }],
      version: 0,
    });
    await waitFor(() => expect(api.find('GET', `/api/v1/programmes/${ID}`).length).toBeGreaterThan(1));
  });

  it('revises an indicator with its version and removes only what nothing is reported on', async () => {
    const editable = {
      ...programme,
      canEdit: true,
      indicators: [
        indicator(1, { canRemove: false, version: 3 }),
        indicator(2, { canRemove: true, version: 0 }),
      ],
    };
    const first = editable.indicators[0]?.id;
    const second = editable.indicators[1]?.id;
    const api = mockApi({
      [`GET /api/v1/programmes/${ID}`]: { body: editable },
      [`PUT /api/v1/programmes/${ID}/indicators/${first}`]: { body: editable },
      [`DELETE /api/v1/programmes/${ID}/indicators/${second}`]: {
        body: { ...editable, indicators: [editable.indicators[0]] },
      },
    });
    render(['CITY_OFFICE']);
    expect(await screen.findByTestId('indicator-1-remove')).toBeDisabled();
    await userEvent.click(screen.getByTestId('indicator-1-edit'));
    const target = await screen.findByTestId('indicator-add-target');
    await userEvent.clear(target);
    await userEvent.type(target, '97');
    await userEvent.click(screen.getByTestId('indicator-add-submit'));
    await waitFor(() =>
      expect(api.find('PUT', `/api/v1/programmes/${ID}/indicators/${first}`)).toHaveLength(1),
    );
    expect(api.find('PUT', `/api/v1/programmes/${ID}/indicators/${first}`)[0]?.body).toEqual({
      version: 3,
      name: 'Chỉ tiêu 1',
      unit: '%',
      baseline: 80,
      target: 97,
      direction: 'AT_LEAST',
      reporting: 'QUARTER',
      responsibleUnitId: 2,
    });
    await userEvent.click(screen.getByTestId('indicator-2-remove'));
    await userEvent.click(await screen.findByTestId('indicator-2-remove-ok'));
    await waitFor(() =>
      expect(
        api.find('DELETE', `/api/v1/programmes/${ID}/indicators/${second}`)[0]?.query.get('version'),
      ).toBe('0'),
    );
    await waitFor(() => expect(screen.queryByTestId('indicator-status-2')).not.toBeInTheDocument());
  });

  it('keeps the parent programme fields of an adopted indicator read-only', async () => {
    const child = {
      ...programme,
      canEdit: true,
      parentProgrammeId: '00000000-0000-0000-0000-00000000c7a0',
      parentCode: '01-CTr/TU',
      indicators: [indicator(1, { parentIndicatorId: '00000000-0000-0000-0000-000000000999' })],
    };
    mockApi({ [`GET /api/v1/programmes/${ID}`]: { body: child } });
    render(['ORG_STAFF']);
    await userEvent.click(await screen.findByTestId('indicator-1-edit'));
    expect(await screen.findByTestId('indicator-add-name')).toBeDisabled();
    expect(screen.getByTestId('indicator-add-target')).toBeEnabled();
  });

  it('adopts with the unit’s own target per indicator and its own tasks', async () => {
    const api = mockApi({
      [`GET /api/v1/programmes/${ID}`]: { body: programme },
      [`POST /api/v1/programmes/${ID}/adoptions`]: { status: 201, body: { ...programme, id: 'child' } },
      'GET /api/v1/org-units/roots': {
        body: [
          {
            id: 2,
            name: 'Đảng ủy phường Ba Đình',
            parentId: 1,
            kind: 'COMMUNE',
            path: '/1/2/',
            childCount: 0,
            active: true,
          },
        ],
      },
    });
    render(['ORG_STAFF']);
    await userEvent.click(await screen.findByTestId('programme-adopt'));
    const target = await screen.findByTestId('programme-adopt-target-2');
    expect(target).toHaveValue('95');
    await userEvent.clear(target);
    await userEvent.type(target, '92');
    await userEvent.click(screen.getByTestId('programme-adopt-add-task'));
    expect(await screen.findByTestId('programme-adopt-task-title-0')).toBeInTheDocument();
    expect(api.find('POST', `/api/v1/programmes/${ID}/adoptions`)).toHaveLength(0);
  });

  it('reminds the owners of overdue and due-soon tasks and shows the origin of a handed-over task', async () => {
    const withOrigin = {
      ...programme,
      canEdit: true,
      tasks: [
        task(1, {
          status: 'LATE',
          overdue: true,
          remindedOn: '2026-03-01',
          origin: { kind: 'GRASSROOTS_FOLLOW_UP', id: 'f1', label: 'Đi cơ sở ngày 24/02/2026 tại Chi bộ 3' },
        }),
        task(2, { dueSoon: true }),
      ],
    };
    const api = mockApi({
      [`GET /api/v1/programmes/${ID}`]: { body: withOrigin },
      [`POST /api/v1/programmes/${ID}/task-reminders`]: {
        body: { overdue: 1, dueSoon: 1, reminded: 1, withoutOwner: 1 },
      },
    });
    render(['CITY_OFFICE']);
    await userEvent.click(await screen.findByTestId('programme-tab-tasks'));
    expect(await screen.findByTestId('task-origin-1')).toHaveTextContent('Đi cơ sở ngày 24/02/2026');
    expect(screen.getByTestId('task-reminded-1')).toHaveTextContent('01/03/2026');
    expect(screen.getByTestId('task-remind')).toHaveTextContent('Nhắc việc (2)');
    await userEvent.click(screen.getByTestId('task-remind'));
    expect(await screen.findByText(/Đã nhắc 1 người phụ trách/)).toBeInTheDocument();
    expect(api.find('POST', `/api/v1/programmes/${ID}/task-reminders`)).toHaveLength(1);
  });
});
