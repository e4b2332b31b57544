import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ME_KEY } from '../../session';
import { meWith } from '../../test/fixtures';
import { mockApi, problem } from '../../test/mockApi';
import { renderRoutes, testQueryClient } from '../../test/render';
import ElectionCountPage from './count';
import ElectionDetailPage from './detail';
import type { Election } from './electionTypes';
import ElectionResultsPage from './results';

const ID = '00000000-0000-0000-0000-0000000000e1';
const C = (n: number) => `00000000-0000-0000-0000-00000000000${n}`;

function election(overrides: Partial<Election> = {}): Election {
  return {
    id: ID,
    orgUnitId: 7,
    orgUnitName: 'Chi bộ Tổ dân phố số 3',
    title: 'Bầu chi ủy nhiệm kỳ 2027–2030',
    occasion: 'MEMBERS_CONGRESS',
    body: 'EXECUTIVE_COMMITTEE',
    seats: 3,
    heldOn: '2026-03-01',
    directSecretary: false,
    state: 'DRAFT',
    version: 4,
    base: 10,
    present: 10,
    form: 'STRIKE_OUT',
    voters: [
      {
        id: C(1),
        memberId: C(9),
        fullName: 'Nguyễn Văn An',
        kind: 'OFFICIAL_MEMBER',
        exclusion: 'NONE',
        present: true,
        counter: true,
        counts: true,
        votes: true,
      },
    ],
    candidates: [
      { id: C(2), fullName: 'Trần Thị Bình', source: 'CONVENING', admitted: true },
      { id: C(3), fullName: 'Lê Văn Cường', source: 'FLOOR', support: 3, admitted: false },
    ],
    checks: [
      {
        rule: 'election.surplus.max',
        source: 'QĐ 190-QĐ/TW, Điều 14',
        passed: false,
        detail: 'Cơ cấu 3 người: dư tối đa 1 người; danh sách dư 2.',
      },
    ],
    rounds: [],
    ...overrides,
  } as Election;
}

const round = {
  number: 1,
  seats: 3,
  form: 'STRIKE_OUT' as const,
  issued: 10,
  returned: 10,
  reconciled: 9,
  mismatched: [9],
  pending: [],
  valid: 8,
  invalid: 1,
  announced: false,
  tiedSeats: 0,
  unfilled: 0,
  results: [
    {
      candidateId: C(2),
      fullName: 'Trần Thị Bình',
      position: 1,
      votes: 6,
      percentOfBase: 60,
      passes: true,
      elected: false,
      tied: false,
    },
    {
      candidateId: C(3),
      fullName: 'Lê Văn Cường',
      position: 2,
      votes: 5,
      percentOfBase: 50,
      passes: false,
      elected: false,
      tied: false,
    },
  ],
};

function render(path: string, element: React.ReactElement, routePath: string) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(ME_KEY, meWith(['ORG_STAFF']));
  return renderRoutes([{ path: routePath, element }], path, queryClient);
}

describe('election pages', { timeout: 20_000 }, () => {
  it('shows the checks with their rule and the refusal of adopting the list', async () => {
    const api = mockApi({
      [`GET /api/v1/elections/${ID}`]: { body: election() },
      [`POST /api/v1/elections/${ID}/steps`]: problem(422, 'election.surplus.max'),
    });
    render(`/elections/${ID}`, <ElectionDetailPage />, '/elections/:id');
    expect(await screen.findByTestId('election-check-election.surplus.max')).toHaveTextContent(
      'QĐ 190-QĐ/TW, Điều 14',
    );
    expect(screen.getByTestId('election-check-election.surplus.max')).toHaveTextContent('Chưa đạt');
    expect(screen.getByTestId('election-summary')).toHaveTextContent('Tổng số tính làm căn cứ: 10');
    await userEvent.click(screen.getByTestId('election-adopt'));
    await waitFor(() => expect(api.find('POST', `/api/v1/elections/${ID}/steps`)).toHaveLength(1));
    expect(api.find('POST', `/api/v1/elections/${ID}/steps`)[0]?.body).toEqual({
      action: 'ADOPT_LIST',
      version: 4,
    });
    expect(await screen.findByTestId('election-step-problem')).toHaveTextContent(
      'Detail of election.surplus.max',
    );
  });

  it('takes a delegates’ congress roll from the delegates of the organisation’s congress', async () => {
    const congressId = '00000000-0000-0000-0000-0000000000c1';
    const api = mockApi({
      [`GET /api/v1/elections/${ID}`]: { body: election({ occasion: 'DELEGATES_CONGRESS', voters: [] }) },
      'GET /api/v1/congresses': {
        body: [
          { id: congressId, orgUnitId: 7, kind: 'DELEGATES', title: 'Đại hội đại biểu lần thứ III' },
          { id: C(9), orgUnitId: 8, kind: 'DELEGATES', title: 'Đại hội của đơn vị khác' },
        ],
      },
      [`POST /api/v1/elections/${ID}/voters/from-congress`]: {
        body: election({ occasion: 'DELEGATES_CONGRESS' }),
      },
    });
    render(`/elections/${ID}`, <ElectionDetailPage />, '/elections/:id');
    expect(await screen.findByTestId('election-roll-from-congress')).toBeDisabled();
    expect(screen.queryByTestId('election-roll-import')).not.toBeInTheDocument();
    await waitFor(() => expect(api.find('GET', '/api/v1/congresses')[0]?.query.get('orgUnitId')).toBe('7'));
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Đại hội' }));
    await userEvent.click(await screen.findByText('Đại hội đại biểu lần thứ III'));
    expect(screen.queryByText('Đại hội của đơn vị khác')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId('election-roll-from-congress'));
    await waitFor(() =>
      expect(api.find('POST', `/api/v1/elections/${ID}/voters/from-congress`)[0]?.body).toEqual({
        version: 4,
        congressId,
      }),
    );
  });

  it('enters a ballot from the keyboard and lists mismatched ballots for entry again', async () => {
    const counting = election({ state: 'COUNTING', voters: [], checks: [], rounds: [round] });
    const api = mockApi({
      [`GET /api/v1/elections/${ID}`]: { body: counting },
      [`POST /api/v1/elections/${ID}/ballot-entries`]: { body: counting },
      [`DELETE /api/v1/elections/${ID}/ballot-entries/9`]: { body: counting },
    });
    render(`/elections/${ID}/count`, <ElectionCountPage />, '/elections/:id/count');
    const list = await screen.findByTestId('count-list');
    list.focus();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: ' ' });
    expect(screen.getByTestId('count-row-2')).toHaveClass('struck');
    fireEvent.keyDown(list, { key: 'Enter' });
    await waitFor(() => expect(api.find('POST', `/api/v1/elections/${ID}/ballot-entries`)).toHaveLength(1));
    expect(api.find('POST', `/api/v1/elections/${ID}/ballot-entries`)[0]?.body).toEqual({
      ballotNumber: 1,
      marks: 'KS',
      spoiled: false,
    });
    expect(await screen.findByText('Đã lưu phiếu số 1.')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('count-reenter-9'));
    await waitFor(() =>
      expect(api.find('DELETE', `/api/v1/elections/${ID}/ballot-entries/9`)).toHaveLength(1),
    );
  });

  it('shows the announced result with the elected marked', async () => {
    const announced = {
      ...round,
      announced: true,
      mismatched: [],
      reconciled: 10,
      unfilled: 2,
      results: [{ ...round.results[0], elected: true }, round.results[1]],
    };
    mockApi({
      [`GET /api/v1/elections/${ID}`]: {
        body: election({ state: 'RESULTS_ANNOUNCED', rounds: [announced as typeof round] }),
      },
    });
    render(`/elections/${ID}/results`, <ElectionResultsPage />, '/elections/:id/results');
    expect(await screen.findByTestId('election-result-1')).toHaveTextContent('Trần Thị Bình');
    expect(screen.getByTestId('election-result-1')).toHaveTextContent('Trúng cử');
    expect(screen.getByTestId('election-result-2')).not.toHaveTextContent('Trúng cử');
    expect(screen.getByTestId('election-result-2')).toHaveTextContent('5 · 50%');
    expect(screen.getByTestId('election-screen-full')).toHaveTextContent('Toàn màn hình');
  });
});
