import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ME_KEY } from '../../../session';
import { meWith, unit } from '../../../test/fixtures';
import { mockApi, problem } from '../../../test/mockApi';
import { renderRoutes, testQueryClient } from '../../../test/render';
import InspectionSummaryPage from '.';
import { figuresChart, formsChart, type InspectionSummary, summaryFileName } from './summaryModel';

// ECharts needs a real canvas, which happy-dom has not: the chart is replaced by its accessible label.
vi.mock('../../../components/Chart', () => ({
  Chart: ({ label, testId }: { label: string; testId?: string }) => (
    <div role="img" aria-label={label} data-testid={testId} />
  ),
}));

const PARAGRAPH =
  'Từ ngày 01/01/2026 đến ngày 01/03/2026, cấp ủy, ủy ban kiểm tra các cấp trong Đảng bộ 1 đã kiểm tra đối với 1.282 tổ chức đảng và 360 đảng viên; giám sát đối với 766 tổ chức đảng và 184 đảng viên.';

function summary(): InspectionSummary {
  const organisations = {
    inspected: 1282,
    supervised: 766,
    signsOfViolation: 81,
    concluded: 317,
    violationFound: 122,
    violationPercent: 38,
    disciplined: 17,
  };
  const members = {
    inspected: 360,
    supervised: 184,
    signsOfViolation: 343,
    concluded: 756,
    violationFound: 332,
    violationPercent: 44,
    disciplined: 236,
  };
  return {
    unitId: 1,
    unitName: 'Đảng bộ 1',
    from: '2026-01-01',
    to: '2026-03-01',
    organisations,
    members,
    organisationForms: [
      { form: 'REPRIMAND', count: 12 },
      { form: 'WARNING', count: 5 },
      { form: 'DISSOLUTION', count: 0 },
    ],
    memberForms: [
      { form: 'REPRIMAND', count: 150 },
      { form: 'WARNING', count: 60 },
      { form: 'REMOVAL_FROM_POST', count: 6 },
      { form: 'EXPULSION', count: 20 },
    ],
    appeals: { filed: 14, upheld: 9, changed: 2, annulled: 1, pending: 2 },
    rows: [
      {
        orgUnitId: 70,
        label: 'Đảng bộ phường Ba Đình',
        organisations: { ...organisations, inspected: 40 },
        members: { ...members, inspected: 12 },
      },
      {
        orgUnitId: null,
        label: 'Cấp ủy, ủy ban kiểm tra Đảng bộ 1',
        organisations: { ...organisations, inspected: 1242, violationPercent: null },
        members: { ...members, inspected: 348 },
      },
    ],
    paragraph: PARAGRAPH,
    notes: ['Kết luận có vi phạm: tính theo ngày kết luận trong kỳ.'],
  } as InspectionSummary;
}

function render() {
  const queryClient = testQueryClient();
  queryClient.setQueryData(ME_KEY, meWith(['INSPECTION']));
  return renderRoutes(
    [{ path: '/inspection/summary', element: <InspectionSummaryPage /> }],
    '/inspection/summary',
    queryClient,
  );
}

const TREE = {
  'GET /api/v1/org-units/roots': { body: [unit(1, null, { name: 'Đảng bộ 1', childCount: 1 })] },
  'GET /api/v1/org-units/1': { body: unit(1, null, { name: 'Đảng bộ 1', childCount: 1 }) },
};

describe('inspection summary page', { timeout: 20_000 }, () => {
  it('asks for the commission of the inspection role over the default period of the server', async () => {
    const api = mockApi({ ...TREE, 'GET /api/v1/inspection-reports/summary': { body: summary() } });
    render();
    expect(await screen.findByTestId('summary-paragraph')).toHaveTextContent(PARAGRAPH);
    const call = api.find('GET', '/api/v1/inspection-reports/summary')[0];
    expect(call?.query.get('unitId')).toBe('1');
    expect(call?.query.has('from')).toBe(false);
    expect(call?.query.has('to')).toBe(false);

    const cards = screen.getByTestId('summary-cards');
    expect(within(cards).getByText('Kiểm tra khi có dấu hiệu vi phạm')).toBeInTheDocument();
    expect(screen.getByTestId('summary-card-violation')).toHaveTextContent(
      'Tỷ lệ: tổ chức đảng 38%, đảng viên 44%',
    );
    expect(screen.getByTestId('summary-card-appeals')).toHaveTextContent(
      'Đã giải quyết 12 · đang giải quyết 2',
    );
    expect(screen.getByTestId('summary-table')).toHaveTextContent('Đảng bộ phường Ba Đình');
    expect(screen.getByTestId('summary-total')).toHaveTextContent('Tổng cộng');
    expect(screen.getByTestId('summary-total')).toHaveTextContent('1.282');
    expect(screen.getByText('Kết luận có vi phạm: tính theo ngày kết luận trong kỳ.')).toBeInTheDocument();
    expect(screen.getByTestId('summary-chart-figures')).toHaveAttribute(
      'aria-label',
      'Tổ chức đảng và đảng viên theo nội dung',
    );
  });

  it('downloads the PDF and shows a refused period as a problem', async () => {
    const api = mockApi({
      ...TREE,
      'GET /api/v1/inspection-reports/summary': { body: summary() },
      'GET /api/v1/inspection-reports/summary.pdf': () =>
        new Response(new Blob(['%PDF-1.5']), { headers: { 'Content-Type': 'application/pdf' } }),
      'GET /api/v1/inspection-reports/summary.xlsx': problem(400, 'inspection.report.period-future'),
    });
    const createObjectURL = vi.fn(() => 'blob:summary');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    render();
    await screen.findByTestId('summary-paragraph');
    await userEvent.click(screen.getByTestId('summary-pdf'));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(1));
    const pdf = api.find('GET', '/api/v1/inspection-reports/summary.pdf')[0];
    expect(pdf?.query.get('unitId')).toBe('1');
    expect(pdf?.query.get('to')).toBe('2026-03-01');
    await userEvent.click(screen.getByTestId('summary-xlsx'));
    expect(await screen.findByText('Detail of inspection.report.period-future')).toBeInTheDocument();
  });

  it('builds the charts and the file name from the figures', () => {
    const labels = { organisations: 'TCĐ', members: 'ĐV' };
    const figures = figuresChart(summary(), { ...labels, measure: (m) => m }) as {
      series: { data: number[] }[];
    };
    expect(figures.series[0]?.data).toEqual([1282, 766, 81, 122, 17]);
    expect(figures.series[1]?.data).toEqual([360, 184, 343, 332, 236]);
    const forms = formsChart(summary(), { ...labels, form: (f) => f }) as {
      yAxis: { data: string[] };
      series: { data: { value: number }[] }[];
    };
    expect(forms.yAxis.data[0]).toBe('REPRIMAND (TCĐ)');
    expect(forms.yAxis.data).toHaveLength(7);
    expect(forms.series[0]?.data.map((d) => d.value)).toEqual([12, 5, 0, 150, 60, 6, 20]);
    expect(summaryFileName('2026-01-01', '2026-03-01', 'pdf')).toBe(
      'bao-cao-kiem-tra-giam-sat-2026-01-01_2026-03-01.pdf',
    );
  });
});
