import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../api/types';
import { ME_KEY } from '../../../session';
import { meWith } from '../../../test/fixtures';
import { mockApi } from '../../../test/mockApi';
import { renderRoutes, testQueryClient } from '../../../test/render';
import type { MeetingSummary } from '../meetingTypes';
import MeetingListPage from '.';

const row: MeetingSummary = {
  id: '00000000-0000-0000-0000-0000000000a1',
  orgUnitId: 42,
  orgUnitName: 'Chi bộ Khu phố 1',
  kind: 'COMBINED',
  title: 'Sinh hoạt chi bộ tháng 2',
  plannedStart: '2026-02-05T01:00:00Z',
  place: null,
  state: 'MINUTED',
  invited: 20,
  present: 18,
  materials: 2,
  lateMaterials: 1,
  durationMinutes: 100,
  tooShort: true,
  version: 3,
};

function render(roles: Role[]) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(ME_KEY, meWith(roles));
  return renderRoutes([{ path: '/meetings', element: <MeetingListPage /> }], '/meetings', queryClient);
}

describe('meeting list', { timeout: 20_000 }, () => {
  it('shows the meetings with their flags and lets the secretary plan one', async () => {
    mockApi({
      'GET /api/v1/meetings': { body: { content: [row], page: 0, size: 20, totalElements: 1 } },
      'GET /api/v1/meetings/schedules': { body: [] },
    });
    render(['CELL_SECRETARY']);
    expect(await screen.findByText('Sinh hoạt chi bộ tháng 2')).toBeInTheDocument();
    expect(screen.getByText('1 tài liệu đăng muộn')).toBeInTheDocument();
    expect(screen.getByText('Họp 100 phút, dưới 120 phút')).toBeInTheDocument();
    expect(screen.getByText('18/20')).toBeInTheDocument();
    expect(screen.getByTestId('meeting-plan')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Lịch định kỳ' })).toBeInTheDocument();
  });

  it('offers no planning to leadership', async () => {
    mockApi({ 'GET /api/v1/meetings': { body: { content: [], page: 0, size: 20, totalElements: 0 } } });
    render(['LEADERSHIP']);
    expect(await screen.findByText('Chưa có cuộc họp nào.')).toBeInTheDocument();
    expect(screen.queryByTestId('meeting-plan')).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Lịch định kỳ' })).not.toBeInTheDocument();
  });
});
