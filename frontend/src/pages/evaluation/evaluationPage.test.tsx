import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type {
  EvaluationBoard,
  EvaluationCycle,
  EvaluationEntry,
  EvaluationUnitBoard,
  EvaluationUnitEntry,
  Role,
} from '../../api/types';
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
      unitId: 9,
      unitName: 'Đảng bộ cơ sở A',
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

  it('rates organisations: self-assessment, the collective conditions, the superior decides', async () => {
    const ORG_CYCLE = '00000000-0000-0000-0000-0000000000c2';
    const orgCycle: EvaluationCycle = { ...cycle, id: ORG_CYCLE, kind: 'ORGANISATION', state: 'APPRAISAL' };
    const unit = (id: string, orgUnitId: number, name: string, collective: boolean): EvaluationUnitEntry => ({
      id,
      cycleId: ORG_CYCLE,
      orgUnitId,
      unitName: name,
      unitKind: 'CELL',
      decidingUnitId: 9,
      subordinateUnits: 0,
      disciplinedUnits: 0,
      collectiveDisciplined: collective,
      selfScore: 85,
      selfLevel: collective ? 'NOT_COMPLETED' : 'GOOD',
      selfComment: null,
      selfAssessedBy: 'bithu',
      selfAssessedAt: '2026-03-01T02:00:00Z',
      tasksTotal: 10,
      tasksExceeding: 0,
      tasksLate: 0,
      score: null,
      allowedLevel: collective ? 'NOT_COMPLETED' : 'GOOD',
      proposedLevel: collective ? 'NOT_COMPLETED' : 'GOOD',
      proposedRemark: null,
      decidedLevel: null,
      ruleCode: null,
      ruleVersion: null,
      version: 3,
    });
    const orgBoard: EvaluationUnitBoard = {
      cycle: orgCycle,
      entries: [unit('u1', 51, 'Chi bộ Tổ dân phố 1', false), unit('u2', 52, 'Chi bộ Tổ dân phố 2', true)],
      selfAssessed: 2,
      proposed: 2,
      decided: 0,
      quotas: [
        {
          unitId: 9,
          unitName: 'Đảng ủy phường A',
          percent: 20,
          excellent: 0,
          good: 1,
          allowed: 0,
          over: false,
          rule: 'HD 21-HD/BTCTW (2019) (tỷ lệ HTXSNV)',
        },
      ],
    };
    const api = mockApi({
      'GET /api/v1/evaluations/cycles': { body: [orgCycle] },
      [`GET /api/v1/evaluations/cycles/${ORG_CYCLE}/organisations`]: { body: orgBoard },
      [`PUT /api/v1/evaluations/cycles/${ORG_CYCLE}/organisations/u1/appraisal`]: {
        body: orgBoard.entries[0],
      },
      [`POST /api/v1/evaluations/cycles/${ORG_CYCLE}/organisation-decisions`]: { body: orgBoard.quotas[0] },
    });
    render(['ORG_STAFF']);
    expect(await screen.findByText('Chi bộ Tổ dân phố 2')).toBeInTheDocument();
    // shown beside the name, not only in the discipline column that narrow screens hide
    expect(screen.getByTestId('evaluation-unit-forced-52')).toHaveTextContent('Tập thể lãnh đạo bị kỷ luật');
    expect(screen.queryByTestId('evaluation-unit-forced-51')).not.toBeInTheDocument();
    expect(screen.getByTestId('evaluation-quota-9')).toHaveTextContent(
      'Đảng ủy phường A: 0 tổ chức xuất sắc / tối đa 0',
    );
    await userEvent.click(screen.getByTestId('evaluation-unit-appraise-51'));
    await userEvent.click(await screen.findByTestId('appraisal-submit'));
    await waitFor(() =>
      expect(
        api.find('PUT', `/api/v1/evaluations/cycles/${ORG_CYCLE}/organisations/u1/appraisal`),
      ).toHaveLength(1),
    );
    expect(
      api.find('PUT', `/api/v1/evaluations/cycles/${ORG_CYCLE}/organisations/u1/appraisal`)[0]?.body,
    ).toMatchObject({ score: 85, level: 'GOOD', version: 3 });
    await userEvent.click(screen.getByTestId('evaluation-decide-9'));
    await userEvent.click(
      within(await screen.findByRole('tooltip')).getByTestId('evaluation-decide-confirm'),
    );
    await waitFor(() =>
      expect(api.find('POST', `/api/v1/evaluations/cycles/${ORG_CYCLE}/organisation-decisions`)).toHaveLength(
        1,
      ),
    );
    expect(
      api.find('POST', `/api/v1/evaluations/cycles/${ORG_CYCLE}/organisation-decisions`)[0]?.body,
    ).toMatchObject({ decidingUnitId: 9 });
  });
});
