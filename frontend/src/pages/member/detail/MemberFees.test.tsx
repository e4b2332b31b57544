import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../../test/mockApi';
import { renderPage } from '../../../test/render';
import { basisInForce, MemberFees } from './MemberFees';

const ID = '00000000-0000-0000-0000-0000000000bb';
const PATH = `/api/v1/fees/members/${ID}`;

function months(year: number) {
  return Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    if (i < 2)
      return { month, due: 73457, paid: 73457, status: 'PAID', rule: 'QĐ 01-QĐ/TW 03/02/2026: BHXH_SALARY' };
    if (i < 4)
      return { month, due: 22037, paid: 0, status: 'UNPAID', rule: 'QĐ 01-QĐ/TW 03/02/2026, giảm 70%' };
    return { month, due: 73457, paid: 0, status: 'UPCOMING', rule: 'QĐ 01-QĐ/TW 03/02/2026' };
  });
}

function record(year: number) {
  return {
    year: {
      memberId: ID,
      fullName: 'Phạm Văn Phí',
      cardNumber: null,
      year,
      months: months(year),
      due: 500000,
      paid: 146914,
      paidUpTo: `${year}-02`,
    },
    bases: [
      {
        id: 1,
        memberId: ID,
        category: 'STUDENT',
        amount: null,
        fromMonth: '2024-09',
        note: null,
        version: 0,
      },
      {
        id: 2,
        memberId: ID,
        category: 'BHXH_SALARY',
        amount: 7345678,
        fromMonth: '2026-01',
        note: 'Lương tháng 12/2025',
        version: 0,
      },
    ],
    reliefs: [
      {
        id: 5,
        memberId: ID,
        ground: 'HARDSHIP',
        percent: 70,
        fromMonth: '2026-03',
        toMonth: '2026-08',
        decision: 'NQ 05 của chi bộ',
        version: 0,
      },
    ],
  };
}

describe('member fees on the staff profile', () => {
  it('shows the basis in force, paid up to, reliefs with dates and the year month by month', async () => {
    mockApi({ [`GET ${PATH}`]: (call) => ({ body: record(Number(call.query.get('year') ?? 2026)) }) });
    renderPage(<MemberFees memberId={ID} cellId={42} active />, '/members/x', '/members/:id');
    const section = await screen.findByTestId('member-fees');
    expect(within(section).getAllByText('Đóng BHXH bắt buộc (1% tiền lương)').length).toBeGreaterThan(0);
    expect(screen.getByTestId('member-fee-paid-up-to')).toHaveTextContent('02/2026');
    const monthsTable = screen.getByTestId('member-fee-months');
    expect(within(monthsTable).getAllByText('Đã đóng')).toHaveLength(2);
    expect(within(monthsTable).getAllByText('Chưa đóng')).toHaveLength(2);
    expect(within(monthsTable).getByText('03/2026')).toBeInTheDocument();
    const reliefs = screen.getByTestId('member-fee-reliefs');
    expect(within(reliefs).getByText('Hoàn cảnh khó khăn')).toBeInTheDocument();
    expect(within(reliefs).getByText('Giảm 70%')).toBeInTheDocument();
    expect(within(reliefs).getByText('03/2026 – 08/2026')).toBeInTheDocument();
    const bases = screen.getByTestId('member-fee-bases');
    expect(within(bases).getByText('Học sinh, sinh viên')).toBeInTheDocument();
    expect(screen.getByTestId('member-fee-ledger-link')).toHaveAttribute('href', '/fees?orgUnitId=42');
  });

  it('reads another year when chosen and does not read while the tab is closed', async () => {
    const server = mockApi({
      [`GET ${PATH}`]: (call) => ({ body: record(Number(call.query.get('year') ?? 2026)) }),
    });
    renderPage(<MemberFees memberId={ID} cellId={42} active />, '/members/x', '/members/:id');
    await screen.findByTestId('member-fees');
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox'));
    await user.click(await screen.findByTitle('2025'));
    await waitFor(() =>
      expect(server.find('GET', PATH).some((c) => c.query.get('year') === '2025')).toBe(true),
    );
    expect(await screen.findByText('Các tháng năm 2025')).toBeInTheDocument();
  });

  it('does not read (an audited read) while the tab is closed', async () => {
    const server = mockApi({ [`GET ${PATH}`]: { body: record(2026) } });
    renderPage(<MemberFees memberId={ID} cellId={42} active={false} />, '/members/x', '/members/:id');
    await new Promise((r) => setTimeout(r, 50));
    expect(server.find('GET', PATH)).toHaveLength(0);
  });

  it('takes the latest basis that starts in the month or before', () => {
    const { bases } = record(2026) as unknown as { bases: Parameters<typeof basisInForce>[0] };
    expect(basisInForce(bases, '2025-12')?.category).toBe('STUDENT');
    expect(basisInForce(bases, '2026-12')?.category).toBe('BHXH_SALARY');
    expect(basisInForce(bases, '2024-01')).toBeUndefined();
  });
});
