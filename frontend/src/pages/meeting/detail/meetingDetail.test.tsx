import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ME_KEY } from '../../../session';
import { meWith } from '../../../test/fixtures';
import { mockApi } from '../../../test/mockApi';
import { renderRoutes, testQueryClient } from '../../../test/render';
import type { InvitationView, MeetingView } from '../meetingTypes';
import MeetingDetailPage from '.';

const ID = '00000000-0000-0000-0000-0000000000m1'.replace('m', 'a');

const member: InvitationView = {
  id: 'inv-1',
  memberId: '00000000-0000-0000-0000-0000000000b1',
  fullName: 'Trần Văn Ba',
  guestRole: null,
  memberStatus: 'OFFICIAL',
  reply: 'ATTENDING',
  replyReason: null,
  repliedAt: '2026-03-01T01:00:00Z',
  attendance: null,
  absenceReason: null,
  baseExclusion: null,
  checkedInAt: null,
  checkedInBy: null,
};

function meeting(over: Partial<MeetingView> = {}): MeetingView {
  return {
    id: ID,
    orgUnitId: 42,
    orgUnitName: 'Chi bộ Khu phố 1',
    kind: 'REGULAR',
    title: 'Sinh hoạt chi bộ tháng 3',
    plannedStart: '2026-03-05T01:00:00Z',
    place: 'Nhà văn hóa',
    agenda: ['Thu đảng phí', 'Thảo luận và biểu quyết nghị quyết'],
    state: 'INVITED',
    scheduleId: null,
    invitedAt: '2026-03-01T01:00:00Z',
    startedAt: null,
    endedAt: null,
    cancelReason: null,
    durationMinutes: null,
    minimumMinutes: 90,
    tooShort: false,
    materials: [
      {
        id: 'mat-1',
        purpose: 'MATERIAL',
        title: 'Dự thảo nghị quyết',
        fileName: 'du-thao.pdf',
        contentType: 'application/pdf',
        size: 10,
        uploadedAt: '2026-03-04T10:00:00Z',
        publishedAt: '2026-03-04T10:00:00Z',
        late: true,
      },
    ],
    invitations: [member],
    minutes: null,
    version: 2,
    ...over,
  } as MeetingView;
}

function render() {
  const queryClient = testQueryClient();
  queryClient.setQueryData(ME_KEY, meWith(['CELL_SECRETARY']));
  return renderRoutes(
    [{ path: '/meetings/:id', element: <MeetingDetailPage /> }],
    `/meetings/${ID}`,
    queryClient,
  );
}

describe('meeting detail', { timeout: 20_000 }, () => {
  it('shows the agenda, the late material and checks a member in by the card QR payload', async () => {
    const api = mockApi({
      [`GET /api/v1/meetings/${ID}`]: { body: meeting() },
      [`POST /api/v1/meetings/${ID}/check-ins`]: {
        body: { ...member, attendance: 'PRESENT', checkedInAt: '2026-03-05T00:55:00Z', checkedInBy: 'CARD' },
      },
    });
    render();
    expect(await screen.findByText('Thu đảng phí')).toBeInTheDocument();
    expect(screen.getByText('Đăng muộn (phải trước ít nhất 1 ngày)')).toBeInTheDocument();
    expect(screen.getByTestId('invitation-counts')).toHaveTextContent('Đã mời 1 · Tham dự 1');
    await userEvent.type(screen.getByLabelText('Quét thẻ đảng viên'), 'DANGVU-CARD:012345{Enter}');
    await waitFor(() => expect(api.find('POST', `/api/v1/meetings/${ID}/check-ins`)).toHaveLength(1));
    expect(api.find('POST', `/api/v1/meetings/${ID}/check-ins`)[0].body).toEqual({ cardNumber: '012345' });
  });

  it('shows the quorum result of the minutes', async () => {
    mockApi({
      [`GET /api/v1/meetings/${ID}`]: {
        body: meeting({
          state: 'MINUTED',
          startedAt: '2026-03-05T01:00:00Z',
          endedAt: '2026-03-05T02:00:00Z',
          durationMinutes: 60,
          tooShort: true,
          minutes: {
            minutesText: 'Biên bản',
            resolutionText: 'Nghị quyết',
            votesFor: 5,
            votesAgainst: 5,
            votesAbstain: 0,
            base: 10,
            votersPresent: 10,
            quorate: true,
            resolutionValid: false,
            rule: 'Điều lệ Đảng Điều 9(5); QĐ 24-QĐ/TW §9.3',
            recordedAt: '2026-03-05T02:10:00Z',
            recordedBy: 'bithu',
          },
        }),
      },
    });
    render();
    expect(await screen.findByTestId('minutes-result')).toHaveTextContent(
      'Nghị quyết không có giá trị (chưa quá nửa tán thành)',
    );
    expect(screen.getByTestId('meeting-duration')).toHaveTextContent(
      'Thời lượng: 60 phút (tối thiểu 90 phút)',
    );
  });
});
