import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Report, ReportEntry } from '../../api/types';
import { ME_KEY } from '../../session';
import { meWith, unit } from '../../test/fixtures';
import { mockApi, problem, type RecordedCall } from '../../test/mockApi';
import { renderRoutes, testQueryClient } from '../../test/render';
import ReportPage from '.';

const CATALOGUE: ReportEntry[] = [
  { kind: 'MEMBERS', formCode: 'Biểu 1-TCTW', title: 'BÁO CÁO SỐ LƯỢNG VÀ BIẾN ĐỘNG ĐẢNG VIÊN' },
  { kind: 'QUALITY', formCode: 'Biểu 2-TCTW', title: 'BÁO CÁO CHẤT LƯỢNG ĐẢNG VIÊN' },
];

function report(kind: string): Report {
  return {
    kind: kind as Report['kind'],
    formCode: kind === 'QUALITY' ? 'Biểu 2-TCTW' : 'Biểu 1-TCTW',
    title: kind === 'QUALITY' ? 'BÁO CÁO CHẤT LƯỢNG ĐẢNG VIÊN' : 'BÁO CÁO SỐ LƯỢNG VÀ BIẾN ĐỘNG ĐẢNG VIÊN',
    issuer: ['ĐẢNG BỘ PHƯỜNG BA ĐÌNH', 'ĐẢNG ỦY'],
    place: 'Hà Nội',
    orgUnitId: 7,
    unitName: 'Đảng bộ phường Ba Đình',
    referenceDate: '2026-03-01',
    period: 'Số liệu tính đến ngày 01/03/2026',
    rowHeader: 'Tổ chức đảng',
    columns: [
      { key: 'MEMBERS', label: 'Tổng số đảng viên', group: null },
      { key: 'AGE_BAND.LE_30', label: 'Đến 30', group: 'Tuổi đời' },
      { key: 'AGE_BAND.31_40', label: '31–40', group: 'Tuổi đời' },
    ],
    rows: [
      { orgUnitId: 70, label: 'Chi bộ Tổ dân phố số 1', values: [1200, 700, 500] },
      { orgUnitId: 71, label: 'Chi bộ Tổ dân phố số 2', values: [30, 10, 20] },
    ],
    total: { orgUnitId: null, label: 'Tổng cộng', values: [1230, 710, 520] },
    notes: ['Tuổi đời tính tròn năm đến ngày 01/03/2026.'],
  };
}

function render() {
  const queryClient = testQueryClient();
  queryClient.setQueryData(ME_KEY, meWith(['ORG_STAFF']));
  return renderRoutes([{ path: '/reports', element: <ReportPage /> }], '/reports', queryClient);
}

describe('report page', { timeout: 20_000 }, () => {
  it('shows the report of the scope root with its grouped headings and totals, then another form', async () => {
    const api = mockApi({
      'GET /api/v1/reports': { body: CATALOGUE },
      'GET /api/v1/org-units/roots': {
        body: [unit(7, null, { name: 'Đảng bộ phường Ba Đình', childCount: 2 })],
      },
      'GET /api/v1/org-units/7': { body: unit(7, null, { name: 'Đảng bộ phường Ba Đình', childCount: 2 }) },
      'GET /api/v1/reports/MEMBERS': { body: report('MEMBERS') },
      'GET /api/v1/reports/QUALITY': { body: report('QUALITY') },
    });
    render();

    expect(await screen.findByTestId('report-title')).toHaveTextContent(
      'BÁO CÁO SỐ LƯỢNG VÀ BIẾN ĐỘNG ĐẢNG VIÊN',
    );
    expect(api.find('GET', '/api/v1/reports/MEMBERS')[0]?.query.get('orgUnitId')).toBe('7');
    expect(screen.getByText('ĐẢNG CỘNG SẢN VIỆT NAM')).toBeInTheDocument();
    expect(screen.getByText('Hà Nội, ngày … tháng … năm …')).toBeInTheDocument();
    const table = screen.getByTestId('report-table');
    expect(within(table).getByText('Tuổi đời')).toBeInTheDocument();
    expect(within(table).getByText('Chi bộ Tổ dân phố số 1')).toBeInTheDocument();
    expect(screen.getByTestId('report-total')).toHaveTextContent(/Tổng cộng\s*1\.230\s*710\s*520/);

    await userEvent.click(screen.getByRole('combobox', { name: 'Mẫu báo cáo' }));
    await userEvent.click(await screen.findByTitle('Biểu 2-TCTW — BÁO CÁO CHẤT LƯỢNG ĐẢNG VIÊN'));
    expect(await screen.findByTestId('report-form')).toHaveTextContent('Biểu 2-TCTW');
  });

  it('downloads the PDF of the report shown, with a progress indicator, and shows a refusal', async () => {
    let release: () => void = () => {};
    const api = mockApi({
      'GET /api/v1/reports': { body: CATALOGUE },
      'GET /api/v1/org-units/roots': { body: [unit(7, null)] },
      'GET /api/v1/org-units/7': { body: unit(7, null) },
      'GET /api/v1/reports/MEMBERS': { body: report('MEMBERS') },
      'GET /api/v1/reports/MEMBERS.pdf': () =>
        new Promise<Response>((resolve) => {
          release = () =>
            resolve(new Response(new Blob(['%PDF-1.5']), { headers: { 'Content-Type': 'application/pdf' } }));
        }),
      'GET /api/v1/reports/MEMBERS.xlsx': (_: RecordedCall) => problem(422, 'report.figures.unavailable'),
    });
    const createObjectURL = vi.fn(() => 'blob:report');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    render();
    await screen.findByTestId('report-title');

    await userEvent.click(screen.getByTestId('report-pdf'));
    expect(await screen.findByTestId('report-downloading')).toHaveTextContent('Đang tạo tệp…');
    expect(api.find('GET', '/api/v1/reports/MEMBERS.pdf')[0]?.query.get('date')).toBe('2026-03-01');
    release();
    await waitFor(() => expect(screen.queryByTestId('report-downloading')).not.toBeInTheDocument());
    expect(createObjectURL).toHaveBeenCalledTimes(1);

    await userEvent.click(screen.getByTestId('report-xlsx'));
    expect(await screen.findByText('Title of report.figures.unavailable')).toBeInTheDocument();
  });
});
