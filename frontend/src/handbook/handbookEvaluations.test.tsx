import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { meWith } from '../test/fixtures';
import { mockApi, problem } from '../test/mockApi';
import { HandbookApp } from './HandbookApp';

const me = meWith(['MEMBER']);
const noNotifications = { page: { content: [], page: 0, size: 100, totalElements: 0 }, unread: 0 };
const cycle = (id: string, year: number, state: string) => ({
  id,
  kind: 'MEMBER',
  period: 'YEAR',
  year,
  orgUnitId: 1,
  orgUnitName: 'Đảng bộ phường Ba Đình',
  state,
  entries: 10,
  version: 1,
});

function open(path: string) {
  globalThis.history.pushState({}, '', path);
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return render(<HandbookApp client={client} />);
}

describe('handbook evaluations', () => {
  afterEach(() => globalThis.history.pushState({}, '', '/'));

  it('shows the published result and sends the self-assessment of the open cycle', async () => {
    const server = mockApi({
      'GET /api/v1/me': { body: me },
      'GET /api/v1/handbook/notifications': { body: noNotifications },
      'GET /api/v1/evaluations/mine': {
        body: [
          { cycle: cycle('c26', 2026, 'SELF_ASSESSMENT'), entry: null },
          {
            cycle: cycle('c25', 2025, 'PUBLISHED'),
            entry: { selfLevel: 'GOOD', selfScore: 82, decidedLevel: 'GOOD', version: 3 },
          },
        ],
      },
      'PUT /api/v1/evaluations/mine/c26': (call) =>
        (call.body as { level: string | null }).level
          ? { body: {} }
          : problem(400, 'validation', {
              errors: [{ field: 'level', code: 'NotNull', message: 'Hãy chọn mức tự xếp loại.' }],
            }),
    });
    const user = userEvent.setup();
    open('/handbook/evaluations');
    expect(await screen.findByText('Kết quả: Hoàn thành tốt nhiệm vụ')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Điểm tự chấm (0–100)'), '92');
    await user.click(screen.getByRole('button', { name: 'Gửi tự đánh giá' }));
    expect(await screen.findByText('Hãy chọn mức tự xếp loại.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Tự xếp loại'), 'EXCELLENT');
    await user.type(screen.getByLabelText('Số nhiệm vụ được giao'), '10');
    await user.type(screen.getByLabelText('Số nhiệm vụ vượt yêu cầu'), '4');
    await user.type(screen.getByLabelText('Số nhiệm vụ chậm tiến độ'), '0');
    await user.click(screen.getByRole('button', { name: 'Gửi tự đánh giá' }));
    expect(await screen.findByText('Đã gửi tự đánh giá.')).toBeInTheDocument();
    expect(server.find('PUT', '/api/v1/evaluations/mine/c26').at(-1)?.body).toEqual({
      score: 92,
      level: 'EXCELLENT',
      tasksTotal: 10,
      tasksExceeding: 4,
      tasksLate: 0,
      comment: '',
      version: null,
    });
  });
});
