import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { EvaluationBoard, EvaluationCycle, EvaluationEntry, Role } from '../../api/types';
import { ME_KEY } from '../../session';
import { meWith } from '../../test/fixtures';
import { mockApi, problem } from '../../test/mockApi';
import { renderRoutes, testQueryClient } from '../../test/render';
import EvaluationPage from '.';

// ECharts needs a real canvas, which happy-dom has not: the chart is replaced by its accessible label.
vi.mock('../../components/Chart', () => ({
  Chart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const CYCLE = '00000000-0000-0000-0000-0000000000c1';

const cycle: EvaluationCycle = {
  id: CYCLE,
  orgUnitId: 7,
  orgUnitName: 'Đảng bộ phường Ba Đình',
  kind: 'MEMBER',
  year: 2026,
  period: 'YEAR',
  state: 'APPRAISAL',
  selfAssessmentDue: '2026-11-30',
  appraisalDue: '2026-12-10',
  decisionNumber: null,
  decisionDate: null,
  openedBy: 'tochuc',
  openedAt: '2026-03-01T02:00:00Z',
  publishedAt: null,
  entries: 2,
  version: 2,
};

const entry = (id: string, name: string, proposed: EvaluationEntry['proposedLevel']): EvaluationEntry => ({
  id,
  cycleId: CYCLE,
  memberId: `m-${id}`,
  memberName: name,
  orgUnitId: 42,
  grassrootsUnitId: 9,
  selfScore: 92,
  selfLevel: 'EXCELLENT',
  selfComment: null,
  selfAssessedAt: '2026-03-01T02:00:00Z',
  tasksTotal: 10,
  tasksExceeding: 4,
  tasksLate: 0,
  score: 92,
  allowedLevel: 'EXCELLENT',
  disqualified: false,
  proposedLevel: proposed,
  proposedRemark: null,
  decidedLevel: null,
  ruleCode: null,
  ruleVersion: null,
  version: 1,
});

const board: EvaluationBoard = {
  cycle,
  entries: [entry('e1', 'Trần Văn Một', 'EXCELLENT'), entry('e2', 'Lê Thị Hai', 'EXCELLENT')],
  selfAssessed: 2,
  proposed: 2,
  decided: 0,
  quotas: [
    {
      grassrootsUnitId: 9,
      grassrootsUnitName: 'Đảng bộ cơ sở A',
      percent: 20,
      excellent: 2,
      good: 2,
      allowed: 0,
      over: true,
      rule: 'HD 21-HD/BTCTW (2019) (tỷ lệ HTXSNV)',
    },
  ],
};

function render(roles: Role[]) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(ME_KEY, meWith(roles));
  return renderRoutes([{ path: '/evaluations', element: <EvaluationPage /> }], '/evaluations', queryClient);
}

describe('evaluation page', { timeout: 20_000 }, () => {
  it('shows the board with the quota warning and its counts', async () => {
    mockApi({
      'GET /api/v1/evaluations/cycles': { body: [cycle] },
      [`GET /api/v1/evaluations/cycles/${CYCLE}/board`]: { body: board },
    });
    render(['CELL_SECRETARY']);
    expect(await screen.findByText('Trần Văn Một')).toBeInTheDocument();
    const quota = screen.getByTestId('evaluation-quota-9');
    expect(quota).toHaveTextContent('Vượt tỷ lệ hoàn thành xuất sắc nhiệm vụ');
    expect(quota).toHaveTextContent('Đảng bộ cơ sở A: 2 xuất sắc / tối đa 0 (20% của 2 đảng viên');
    expect(screen.queryByTestId('evaluation-decide-9')).not.toBeInTheDocument();
    expect(screen.getByTestId('evaluation-appraise-m-e1')).toBeInTheDocument();
  });

  it('lets the committee decide after seeing the counts and shows a refusal', async () => {
    const api = mockApi({
      'GET /api/v1/evaluations/cycles': { body: [cycle] },
      [`GET /api/v1/evaluations/cycles/${CYCLE}/board`]: { body: board },
      [`POST /api/v1/evaluations/cycles/${CYCLE}/decisions`]: problem(422, 'evaluation.quota.exceeded', {
        detail: 'Đảng bộ cơ sở A: 2 đảng viên được xếp loại hoàn thành xuất sắc nhiệm vụ, vượt mức tối đa 0.',
        rule: 'HD 21-HD/BTCTW (2019) (tỷ lệ HTXSNV)',
      }),
    });
    render(['ORG_STAFF']);
    await userEvent.click(await screen.findByTestId('evaluation-decide-9'));
    const confirm = await screen.findByRole('tooltip');
    expect(confirm).toHaveTextContent('tối đa 0');
    await userEvent.click(within(confirm).getByTestId('evaluation-decide-confirm'));
    await waitFor(() =>
      expect(api.find('POST', `/api/v1/evaluations/cycles/${CYCLE}/decisions`)).toHaveLength(1),
    );
    expect(api.find('POST', `/api/v1/evaluations/cycles/${CYCLE}/decisions`)[0]?.body).toMatchObject({
      grassrootsUnitId: 9,
    });
    expect(await screen.findByTestId('evaluation-decide-problem')).toHaveTextContent('vượt mức tối đa 0');
  });
});
