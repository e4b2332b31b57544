import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ME_KEY } from '../../session';
import { meWith } from '../../test/fixtures';
import { mockApi } from '../../test/mockApi';
import { renderRoutes, testQueryClient } from '../../test/render';
import ElectionVotePage from './vote';

const ID = '00000000-0000-0000-0000-0000000000e2';

describe('electronic voting page', { timeout: 20_000 }, () => {
  it('takes the code, the ballot and the confirmation, and shows the receipt', async () => {
    const api = mockApi({
      [`GET /api/v1/elections/${ID}/e-ballot`]: {
        body: {
          electionId: ID,
          title: 'Bầu Ban Chấp hành Đảng bộ phường nhiệm kỳ 2025–2030',
          orgUnitName: 'Đảng bộ phường Thạch Thọ',
          state: 'VOTING_OPEN',
          round: 1,
          seats: 2,
          form: 'STRIKE_OUT',
          names: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'],
        },
      },
      [`POST /api/v1/elections/${ID}/e-ballot`]: { body: { receipt: 'QWERT-23456' } },
      [`GET /api/v1/elections/${ID}/receipts/QWERT-23456`]: { body: { counted: true } },
    });
    const queryClient = testQueryClient();
    queryClient.setQueryData(ME_KEY, meWith(['MEMBER']));
    renderRoutes(
      [{ path: '/elections/:id/vote', element: <ElectionVotePage /> }],
      `/elections/${ID}/vote`,
      queryClient,
    );
    await userEvent.type(await screen.findByTestId('vote-token'), 'abcde-fghjk');
    await userEvent.click(screen.getByTestId('vote-next'));
    await userEvent.click(screen.getByTestId('vote-row-3'));
    await userEvent.click(screen.getByTestId('vote-review'));
    await userEvent.click(screen.getByTestId('vote-confirm'));
    expect(await screen.findByTestId('vote-receipt')).toHaveTextContent('QWERT-23456');
    expect(api.find('POST', `/api/v1/elections/${ID}/e-ballot`)[0]?.body).toEqual({
      token: 'ABCDE-FGHJK',
      marks: 'KKS',
    });
    await userEvent.type(screen.getByTestId('vote-check-code'), 'QWERT-23456');
    await userEvent.click(screen.getByTestId('vote-check'));
    await waitFor(() => expect(screen.getByTestId('vote-check-result')).toHaveTextContent('đã được tính'));
  });
});
