import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { EligibleList, EligibleMember, MilestoneCount, Role } from '../../../api/types';
import { ME_KEY } from '../../../session';
import { meWith } from '../../../test/fixtures';
import { mockApi, problem, type RecordedCall } from '../../../test/mockApi';
import { renderRoutes, testQueryClient } from '../../../test/render';
import BadgeListPage from '.';

const MILESTONES = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90];

function counts(totals: Record<number, number>): MilestoneCount[] {
  return MILESTONES.map((m) => ({
    milestone: m,
    total: totals[m] ?? 0,
    early: 0,
    proposed: 0,
    giftMultiple: m === 30 ? 1.5 : null,
  }));
}

const an: EligibleMember = {
  memberId: '00000000-0000-0000-0000-0000000000a1',
  fullName: 'Trần Văn Ba',
  orgUnitId: 42,
  orgUnitName: 'Chi bộ Khu phố 1',
  firstAdmittedOn: '1996-05-19',
  milestone: 30,
  reachesOn: '2026-05-19',
  years: 30,
  months: 0,
  days: 0,
  gapDays: 0,
  early: false,
  kind: 'NORMAL',
  diedOn: null,
  proposal: null,
};

function listOf(members: EligibleMember[], totals: Record<number, number>): EligibleList {
  return {
    occasion: '2026-05-19',
    nextOccasions: ['2026-05-19', '2026-09-02', '2026-11-07', '2027-02-03'],
    counts: counts(totals),
    members: { content: members, page: 0, size: 20, totalElements: members.length },
    rule: 'HD 01-HD/TW (2021) §18',
  };
}

/** The list settles once the first milestone is chosen and its rows are read (no loading overlay). */
async function settled() {
  await waitFor(() => expect(document.querySelector('.ant-spin-blur')).toBeNull());
}

function render(roles: Role[]) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(ME_KEY, meWith(roles));
  return renderRoutes([{ path: '/badges', element: <BadgeListPage /> }], '/badges', queryClient);
}

describe('badge page', { timeout: 20_000 }, () => {
  it('opens the first milestone that lists anyone, with its count and the chart', async () => {
    const api = mockApi({
      'GET /api/v1/badges/eligible': ({ query }: RecordedCall) => ({
        body: query.get('milestone') === '40' ? listOf([], { 30: 1, 40: 3 }) : listOf([an], { 30: 1, 40: 3 }),
      }),
    });
    render(['ORG_STAFF']);
    expect(await screen.findByText('Trần Văn Ba')).toBeInTheDocument();
    expect(screen.getByTestId('badge-tab-30')).toHaveTextContent('30 năm (1)');
    expect(screen.getByTestId('badge-tab-40')).toHaveTextContent('40 năm (3)');
    expect(screen.queryByTestId('badge-tab-45')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Huy hiệu 40 năm: 3 đảng viên' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Huy hiệu 45 năm: 0 đảng viên' })).toBeDisabled();
    expect(screen.getByText('Quà tặng: 1.5 lần lương cơ sở')).toBeInTheDocument();
    await waitFor(() =>
      expect(api.find('GET', '/api/v1/badges/eligible').at(-1)?.query.get('milestone')).toBe('30'),
    );
    await settled();
    await userEvent.click(screen.getByRole('button', { name: 'Huy hiệu 40 năm: 3 đảng viên' }));
    await waitFor(() =>
      expect(api.find('GET', '/api/v1/badges/eligible').at(-1)?.query.get('milestone')).toBe('40'),
    );
  });

  it('lets a cell secretary propose but not record an award', async () => {
    const api = mockApi({
      'GET /api/v1/badges/eligible': { body: listOf([an], { 30: 1 }) },
      'POST /api/v1/badges/awards': {
        status: 201,
        body: { ...an, id: 5, state: 'PROPOSED', occasion: '2026-05-19', version: 0 },
      },
    });
    render(['CELL_SECRETARY']);
    await screen.findByText('Trần Văn Ba');
    await settled();
    await userEvent.click(await screen.findByTestId(`badge-propose-${an.memberId}`));
    expect(screen.queryByTestId(`badge-award-${an.memberId}`)).not.toBeInTheDocument();
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByTestId('award-submit'));
    await waitFor(() => expect(api.find('POST', '/api/v1/badges/awards')).toHaveLength(1));
    expect(api.find('POST', '/api/v1/badges/awards')[0]?.body).toMatchObject({
      memberId: an.memberId,
      milestone: 30,
      occasion: '2026-05-19',
      kind: 'NORMAL',
      state: 'PROPOSED',
    });
  });

  it('asks for a reason before an early award and shows the rule of a refusal', async () => {
    mockApi({
      'GET /api/v1/badges/eligible': {
        body: listOf([{ ...an, early: true, kind: 'ILLNESS', years: 29, months: 2 }], { 30: 1 }),
      },
      'POST /api/v1/badges/awards': problem(422, 'badge.age.too-early', {
        detail: 'Đảng viên ốm nặng được trao sớm tối đa 12 tháng.',
        rule: 'HD 01-HD/TW (2021) §18 (trao sớm)',
      }),
    });
    render(['ORG_STAFF']);
    await screen.findByText('Trần Văn Ba');
    await settled();
    await userEvent.click(await screen.findByTestId(`badge-award-${an.memberId}`));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByTestId('award-submit'));
    expect(await within(dialog).findByText('Hãy nêu lý do.')).toBeInTheDocument();
    expect(await within(dialog).findByText('Hãy nhập số quyết định.')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByTestId('award-reason'), 'Ốm nặng');
    await userEvent.type(within(dialog).getByTestId('award-decision-number'), '12-QĐ/ĐU');
    await userEvent.click(within(dialog).getByTestId('award-decision-date'));
    await userEvent.keyboard('20/02/2026{Enter}');
    await userEvent.click(within(dialog).getByTestId('award-submit'));
    expect(await within(dialog).findByTestId('award-problem')).toHaveTextContent('tối đa 12 tháng');
    expect(within(dialog).getByTestId('award-rule')).toHaveTextContent(
      'Căn cứ: HD 01-HD/TW (2021) §18 (trao sớm)',
    );
  });
});
