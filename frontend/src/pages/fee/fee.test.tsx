import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FeeImportReport, FeeLedger, FeeMonth, Role } from '../../api/types';
import { ME_KEY } from '../../session';
import { meWith } from '../../test/fixtures';
import { mockApi } from '../../test/mockApi';
import { renderRoutes, testQueryClient } from '../../test/render';
import FeePage from '.';

const year = new Date().getFullYear();
const A = '00000000-0000-0000-0000-0000000000a1';
const B = '00000000-0000-0000-0000-0000000000b2';

function months(status: FeeMonth['status'], due: number): FeeMonth[] {
  return Array.from({ length: 12 }, (_, i) => ({
    month: `${year}-${String(i + 1).padStart(2, '0')}`,
    due,
    paid: status === 'PAID' ? due : 0,
    status,
    rule: 'QĐ 01-QĐ/TW 03/02/2026: BHXH_SALARY',
  }));
}

const ledger: FeeLedger = {
  orgUnitId: 1,
  orgUnitName: 'Chi bộ Khu phố 1',
  year,
  members: [
    {
      memberId: A,
      fullName: 'Phạm Văn Phí',
      cardNumber: '123456',
      year,
      months: months('UNPAID', 50000),
      due: 600000,
      paid: 0,
      paidUpTo: null,
    },
    {
      memberId: B,
      fullName: 'Lê Thị Miễn',
      cardNumber: null,
      year,
      months: months('EXEMPT', 0),
      due: 0,
      paid: 0,
      paidUpTo: `${year}-12`,
    },
  ],
  totals: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, due: 50000, paid: 0, unpaid: 1 })),
};

function render(roles: Role[]) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(ME_KEY, meWith(roles));
  return renderRoutes([{ path: '/fees', element: <FeePage /> }], '/fees', queryClient);
}

describe('fee page', { timeout: 20_000 }, () => {
  it("shows the cell's months coloured by status and records a month in cash for the selected members", async () => {
    const api = mockApi({
      'GET /api/v1/fees/ledger': { body: ledger },
      'POST /api/v1/fees/payments': { body: [months('PAID', 50000)[0]] },
    });
    render(['CELL_SECRETARY']);
    expect(await screen.findByText('Phạm Văn Phí')).toBeInTheDocument();
    expect(api.find('GET', '/api/v1/fees/ledger')[0]?.query.get('orgUnitId')).toBe('1');
    expect(screen.getByTestId(`fee-cell-${A}-1`)).toHaveAttribute('data-status', 'UNPAID');
    expect(screen.getByTestId(`fee-cell-${B}-1`)).toHaveTextContent('Miễn');
    const rows = screen.getAllByRole('checkbox');
    await userEvent.click(rows[1]);
    await userEvent.click(screen.getByTestId('fee-batch-record'));
    await waitFor(() => expect(api.find('POST', '/api/v1/fees/payments')).toHaveLength(1));
    expect(api.find('POST', '/api/v1/fees/payments')[0]?.body).toMatchObject({ payments: [{ memberId: A }] });
  });

  it('opens the payment dialog from an unpaid month with the amount still due', async () => {
    const api = mockApi({
      'GET /api/v1/fees/ledger': { body: ledger },
      'POST /api/v1/fees/payments': { body: [months('PAID', 50000)[2]] },
    });
    render(['CELL_SECRETARY']);
    await userEvent.click(await screen.findByTestId(`fee-cell-${A}-3`));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('fee-pay-amount')).toHaveValue('50.000');
    await userEvent.click(within(dialog).getByTestId('fee-pay-submit'));
    await waitFor(() => expect(api.find('POST', '/api/v1/fees/payments')).toHaveLength(1));
    expect(api.find('POST', '/api/v1/fees/payments')[0]?.body).toMatchObject({
      month: `${year}-03`,
      payments: [{ memberId: A, amount: 50000 }],
    });
  });

  it('reports the mismatches of a rejected portal file', async () => {
    const report: FeeImportReport = {
      id: 1,
      orgUnitId: 1,
      fileName: 'cong.csv',
      digest: 'x',
      applied: false,
      rows: 2,
      matched: 1,
      recorded: 0,
      amount: 0,
      issues: [
        { line: 3, kind: 'UNMATCHED', blocking: true, identifier: '999', reference: 'GD2', detail: null },
      ],
      importedBy: 'bithu',
      importedAt: '2026-03-01T02:00:00Z',
    };
    mockApi({
      'GET /api/v1/fees/ledger': { body: ledger },
      'POST /api/v1/fees/imports': { body: report },
    });
    render(['CELL_SECRETARY']);
    await userEvent.click(await screen.findByTestId('fee-tab-import'));
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    await userEvent.upload(input, new File(['h\n'], 'cong.csv', { type: 'text/csv' }));
    expect(await screen.findByTestId('fee-import-rejected')).toBeInTheDocument();
    expect(screen.getByTestId('fee-issue-UNMATCHED')).toHaveTextContent('Không khớp đảng viên');
  });

  it('keeps the grid read-only for inspection', async () => {
    mockApi({ 'GET /api/v1/fees/ledger': { body: ledger } });
    render(['INSPECTION']);
    await screen.findByText('Phạm Văn Phí');
    expect(screen.queryByTestId('fee-batch-record')).not.toBeInTheDocument();
    expect(screen.queryByTestId('fee-tab-import')).not.toBeInTheDocument();
  });
});
