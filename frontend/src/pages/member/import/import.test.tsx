import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem } from '../../../test/mockApi';
import { renderPage } from '../../../test/render';
import MemberImportPage from '.';

const job = {
  id: '5b0c8f5e-3c1a-4a43-9d0e-1f6f6a1e2b10',
  orgUnitId: 1,
  orgUnitName: 'Đảng bộ Thành phố Hà Nội',
  createdBy: 'bantochuc',
  createdAt: '2026-03-01T08:00:00Z',
  finishedAt: '2026-03-01T08:00:02Z',
  fileName: 'dang-vien.csv',
  mode: 'ALL_OR_NOTHING',
  rowsTotal: 3,
  rowsRead: 3,
  rowsValid: 2,
  rowsWritten: 0,
  inserted: 0,
  updated: 0,
  unchanged: 0,
  errorCount: 1,
  percent: 100,
  failureCode: null,
  failureMessage: null,
};

describe('member import page', () => {
  it('sends the file with the chosen mode and shows the errors with the report link', async () => {
    const server = mockApi({
      'GET /api/v1/org-units/roots': { body: [] },
      'POST /api/v1/member-imports': {
        status: 202,
        body: {
          ...job,
          state: 'REJECTED',
          errors: [
            {
              row: 3,
              column: 'Số định danh cá nhân (CCCD)',
              value: '12345',
              code: 'member.citizenId.pattern',
              message: 'Số CCCD (số định danh cá nhân) gồm đúng 12 chữ số.',
            },
          ],
        },
      },
    });
    renderPage(<MemberImportPage />, '/members/import', '/members/import');
    const user = userEvent.setup();
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    await user.upload(input, new File(['Họ và tên\n'], 'dang-vien.csv', { type: 'text/csv' }));
    await user.click(screen.getByTestId('import-mode-valid'));
    await user.click(screen.getByTestId('import-start'));

    expect(await screen.findByText('Không nhập: tệp có lỗi')).toBeInTheDocument();
    expect(screen.getByText('Số CCCD (số định danh cá nhân) gồm đúng 12 chữ số.')).toBeInTheDocument();
    expect(screen.getByTestId('import-report')).toHaveAttribute(
      'href',
      `/api/v1/member-imports/${job.id}/report.xlsx`,
    );
    const post = server.calls.find((c) => c.method === 'POST');
    expect(post?.query.get('mode')).toBe('VALID_ROWS_ONLY');
    expect(String(post?.body)).toContain('filename="dang-vien.csv"');
  }, 20_000);

  it('shows the counts of a successful import and no report without errors', async () => {
    mockApi({
      'GET /api/v1/org-units/roots': { body: [] },
      'POST /api/v1/member-imports': {
        status: 202,
        body: { ...job, state: 'SUCCEEDED', errorCount: 0, inserted: 2, rowsWritten: 2, errors: [] },
      },
    });
    renderPage(<MemberImportPage />, '/members/import', '/members/import');
    const user = userEvent.setup();
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    await user.upload(input, new File(['x'], 'dang-vien.xlsx'));
    await user.click(screen.getByTestId('import-start'));

    expect(await screen.findByText('Đã nhập xong')).toBeInTheDocument();
    expect(screen.getByTestId('import-inserted')).toHaveTextContent('2');
    expect(screen.queryByTestId('import-report')).toBeNull();
  }, 20_000);

  it('keeps polling through a restart and shows an import that the stopped application left as interrupted', async () => {
    let polls = 0;
    mockApi({
      'GET /api/v1/org-units/roots': { body: [] },
      'POST /api/v1/member-imports': {
        status: 202,
        body: { ...job, state: 'WRITING', percent: 88, finishedAt: null, errorCount: 0, errors: [] },
      },
      [`GET /api/v1/member-imports/${job.id}`]: () => {
        polls += 1;
        if (polls === 1) return problem(503, 'server.unavailable');
        return {
          body: {
            ...job,
            state: 'FAILED',
            errorCount: 0,
            errors: [],
            failureCode: 'member-import.interrupted',
            failureMessage:
              'Việc nhập bị gián đoạn vì ứng dụng đã dừng giữa chừng; không có dữ liệu nào bị thay đổi. Hãy tải tệp lên và nhập lại.',
          },
        };
      },
    });
    renderPage(<MemberImportPage />, '/members/import', '/members/import');
    const user = userEvent.setup();
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    await user.upload(input, new File(['x'], 'dang-vien.csv', { type: 'text/csv' }));
    await user.click(screen.getByTestId('import-start'));

    expect(
      await screen.findByText(/Việc nhập bị gián đoạn/, undefined, { timeout: 8_000 }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('import-state')).toHaveTextContent('Nhập không thành công');
    expect(polls).toBeGreaterThanOrEqual(2);
  }, 20_000);

  it('keeps the start button disabled until a file is chosen', () => {
    mockApi({ 'GET /api/v1/org-units/roots': { body: [] } });
    renderPage(<MemberImportPage />, '/members/import', '/members/import');
    expect(screen.getByTestId('import-start')).toBeDisabled();
  });
});
