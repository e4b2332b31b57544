import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../../test/mockApi';
import { renderPage } from '../../../test/render';
import { event, MEMBER_ID, overview } from './lifecycleFixtures';
import { PartyHistory } from './PartyHistory';

const BASE = `/api/v1/members/${MEMBER_ID}`;

const history = [
  event(1, { kind: 'CANDIDATE_REGISTERED', effectiveDate: '2024-01-10', statusBefore: null }),
  event(2, { kind: 'COURSE_COMPLETED', effectiveDate: '2024-01-15' }),
  event(3, {
    kind: 'ADMISSION_DECIDED',
    effectiveDate: '2024-10-01',
    decisionNumber: '125-QĐ/ĐU',
    decisionDate: '2024-10-01',
    decisionBody: 'Đảng ủy phường',
    statusBefore: 'PROPOSED',
    statusAfter: 'ADMITTED',
    supersededBy: 4,
    recordedBy: 'tochuc',
  }),
  event(4, {
    kind: 'ADMISSION_DECIDED',
    effectiveDate: '2024-10-02',
    decisionNumber: '126-QĐ/ĐU',
    decisionDate: '2024-10-02',
    decisionBody: 'Đảng ủy phường',
    statusBefore: 'PROPOSED',
    statusAfter: 'ADMITTED',
    supersedesId: 3,
    late: true,
    lateReason: 'Chờ kết quả thẩm tra',
    recordedBy: 'tochuc',
  }),
];

function renderHistory(canRecord = true) {
  const server = mockApi({
    [`GET ${BASE}/events`]: { body: history },
    [`GET ${BASE}/lifecycle`]: { body: overview() },
  });
  renderPage(
    <PartyHistory memberId={MEMBER_ID} cellId={42} active canRecord={canRecord} />,
    '/members/x',
    '/members/:id',
  );
  return server;
}

describe('party history', () => {
  it('shows every step oldest first with its date, label, decision and who recorded it', async () => {
    renderHistory();
    const timeline = await screen.findByTestId('party-timeline');
    const titles = within(timeline)
      .getAllByTestId('event-title')
      .map((e) => e.textContent);
    expect(titles).toEqual([
      '10/01/2024 · Đưa vào danh sách quần chúng ưu tú',
      '15/01/2024 · Hoàn thành lớp bồi dưỡng nhận thức về Đảng',
      '01/10/2024 · Quyết định kết nạp',
      '02/10/2024 · Quyết định kết nạp',
    ]);
    const corrected = screen.getByTestId('event-4');
    expect(corrected).toHaveTextContent('Quyết định 126-QĐ/ĐU ngày 02/10/2024 của Đảng ủy phường');
    expect(corrected).toHaveTextContent('Đính chính bước ngày 01/10/2024');
    expect(corrected).toHaveTextContent('Quá hạn');
    expect(corrected).toHaveTextContent('Lý do chậm: Chờ kết quả thẩm tra');
    expect(corrected).toHaveTextContent('Ghi nhận bởi tochuc');
    expect(corrected).toHaveTextContent('Chi bộ đề nghị kết nạp → Đã có quyết định kết nạp');
  });

  it('strikes superseded steps through and links them to the step that replaced them', async () => {
    renderHistory();
    const original = await screen.findByTestId('event-3');
    expect(within(original).getByTestId('event-title').querySelector('del')).not.toBeNull();
    expect(original).toHaveTextContent('đã đính chính');
    expect(within(original).getByText('xem bước thay thế').closest('a')).toHaveAttribute('href', '#event-4');
    expect(screen.queryByTestId('event-correct-3')).not.toBeInTheDocument();
    expect(screen.getByTestId('event-correct-4')).toBeInTheDocument();
    expect(screen.getByTestId('event-annul-4')).toBeInTheDocument();
    expect(screen.queryByTestId('event-annul-2')).not.toBeInTheDocument();
    expect(screen.queryByTestId('event-correct-1')).not.toBeInTheDocument();
  });

  it('shows the status with the pending deadline in red when overdue, and the next steps', async () => {
    renderHistory();
    const deadline = await screen.findByTestId('lifecycle-deadline');
    expect(deadline).toHaveTextContent('12/11/2024');
    expect(deadline).toHaveTextContent('quá hạn 3 ngày làm việc');
    expect(deadline.className).toContain('danger');
    expect(screen.getByTestId('lifecycle-status')).toHaveTextContent('Đã có quyết định kết nạp');
    expect(screen.getByTestId('step-CEREMONY_HELD')).toBeEnabled();
    expect(screen.getByTestId('step-DIED')).toBeDisabled();
  });

  it('opens the guided dialog of a step with its rule and deadline', async () => {
    renderHistory();
    await userEvent.setup().click(await screen.findByTestId('step-CEREMONY_HELD'));
    const rule = await screen.findByTestId('step-rule');
    expect(rule).toHaveTextContent('Căn cứ: QĐ 294-QĐ/TW §4.1');
    expect(screen.getByTestId('step-deadline')).toHaveTextContent('12/11/2024');
  });

  it('offers no corrections to a reader', async () => {
    renderHistory(false);
    await screen.findByTestId('party-timeline');
    expect(screen.queryByTestId('event-correct-4')).not.toBeInTheDocument();
    expect(screen.queryByTestId('event-annul-4')).not.toBeInTheDocument();
  });
});
