import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ME_KEY } from '../../session';
import { meWith, unit } from '../../test/fixtures';
import { mockApi, problem } from '../../test/mockApi';
import { renderRoutes, testQueryClient } from '../../test/render';
import FeedbackPage from '.';
import type { Feedback } from './useFeedbackQueries';

// nullable members of the API are typed as present by the generated schema
const question = {
  id: 'f1',
  memberId: 'm1',
  memberName: 'Trần Thị Bình',
  orgUnitId: 42,
  orgUnitName: 'Chi bộ Khu phố 1',
  kind: 'QUESTION',
  subject: 'Lịch sinh hoạt tháng 4',
  body: 'Xin hỏi chi bộ sinh hoạt ngày nào?',
  createdAt: '2026-03-01T02:00:00Z',
  state: 'OPEN',
  answer: null,
  answeredBy: null,
  answeredAt: null,
  version: 3,
} as unknown as Feedback;

function render() {
  const queryClient = testQueryClient();
  queryClient.setQueryData(ME_KEY, meWith(['CELL_SECRETARY']));
  return renderRoutes([{ path: '/feedback', element: <FeedbackPage /> }], '/feedback', queryClient);
}

describe('feedback page', { timeout: 20_000 }, () => {
  it('lists open questions and answers one with the version it was read at', async () => {
    let answered = false;
    const api = mockApi({
      'GET /api/v1/org-units/roots': { body: [unit(42, null, { name: 'Chi bộ Khu phố 1' })] },
      'GET /api/v1/feedback': () => ({
        body: {
          content: [
            answered ? { ...question, state: 'ANSWERED', answer: 'Ngày 04.', answeredBy: 'bithu' } : question,
          ],
          page: 0,
          size: 20,
          totalElements: 1,
        },
      }),
      'POST /api/v1/feedback/f1/answer': (call) => {
        if (!(call.body as { answer: string }).answer) {
          return problem(400, 'validation', {
            errors: [{ field: 'answer', code: 'NotBlank', message: 'Hãy nhập nội dung trả lời.' }],
          });
        }
        answered = true;
        return { body: { ...question, state: 'ANSWERED' } };
      },
    });
    const user = userEvent.setup();
    render();
    await user.click(await screen.findByText('Lịch sinh hoạt tháng 4'));
    expect(api.find('GET', '/api/v1/feedback')[0]?.query.get('state')).toBe('OPEN');
    expect(await screen.findByText('Xin hỏi chi bộ sinh hoạt ngày nào?')).toBeInTheDocument();

    await user.click(screen.getByTestId('feedback-send-f1'));
    expect(await screen.findByText('Hãy nhập nội dung trả lời.')).toBeInTheDocument();

    await user.type(screen.getByTestId('feedback-answer-f1'), 'Ngày 04.');
    await user.click(screen.getByTestId('feedback-send-f1'));
    expect(await screen.findByTestId('feedback-state-f1')).toHaveTextContent('Đã trả lời');
    expect(api.find('POST', '/api/v1/feedback/f1/answer').at(-1)?.body).toEqual({
      answer: 'Ngày 04.',
      version: 3,
    });
  });
});
