import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { meWith } from '../test/fixtures';
import { mockApi, problem } from '../test/mockApi';
import { HandbookApp } from './HandbookApp';
import type { DocumentView, MyMeeting } from './useHandbook';

const me = meWith(['MEMBER']);
const noNotifications = { page: { content: [], page: 0, size: 100, totalElements: 0 }, unread: 0 };

// nullable members of the API are typed as present by the generated schema
const meeting = {
  meetingId: 'm1',
  invitationId: 'i1',
  orgUnitName: 'Chi bộ Khu phố 1',
  kind: 'REGULAR',
  title: 'Sinh hoạt chi bộ tháng 3',
  plannedStart: '2026-03-04T07:00:00Z',
  place: 'Nhà văn hóa',
  state: 'INVITED',
  agenda: ['Thu đảng phí', 'Phổ biến nghị quyết'],
  materials: [
    {
      id: 'f1',
      purpose: 'MATERIAL',
      title: 'Dự thảo nghị quyết',
      fileName: 'du-thao.pdf',
      contentType: 'application/pdf',
      size: 1000,
      uploadedAt: '2026-03-01T00:00:00Z',
      publishedAt: '2026-03-01T00:00:00Z',
      late: false,
    },
  ],
  reply: null,
  replyReason: null,
  attendance: null,
  checkedInAt: null,
  canCheckInNow: true,
  checkInOpensAt: '2026-03-04T06:30:00Z',
  checkInClosesAt: '2026-03-04T10:00:00Z',
} as unknown as MyMeeting;

const document = {
  id: 7,
  type: 'NQ',
  number: '57-NQ/TW',
  title: 'Nghị quyết về đột phá phát triển khoa học, công nghệ',
  summary: 'Khoa học, công nghệ là đột phá quan trọng hàng đầu.',
  issuedOn: '2024-12-22',
  orgUnitId: 1,
  orgUnitName: 'Đảng bộ Thành phố Hà Nội',
  signer: 'Tổng Bí thư',
  confidentiality: 'PUBLIC',
  status: 'PUBLISHED',
  attachments: [{ id: 3, fileName: 'van-ban.pdf', contentType: 'application/pdf', size: 10, sha256: 'x' }],
  acknowledgedAt: null,
  bookmarked: false,
  scope: [],
  links: [],
  linkedBy: [],
  version: 1,
} as unknown as DocumentView;

function open(path: string) {
  globalThis.history.pushState({}, '', path);
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return render(<HandbookApp client={client} />);
}

describe('handbook meetings and documents', () => {
  afterEach(() => globalThis.history.pushState({}, '', '/'));

  it('shows the next meeting on the start screen and checks the member in', async () => {
    let checkedIn = false;
    const current = () => ({ ...meeting, checkedInAt: checkedIn ? '2026-03-04T06:50:00Z' : null });
    const server = mockApi({
      'GET /api/v1/me': { body: me },
      'GET /api/v1/handbook/notifications': { body: noNotifications },
      'GET /api/v1/handbook/home': () => ({
        body: {
          card: { member: me.member, qrPayload: null },
          nextMeeting: current(),
          unreadNotifications: 2,
          unreadDocuments: 5,
        },
      }),
      'GET /api/v1/meetings/mine': () => ({ body: [current()] }),
      'POST /api/v1/meetings/m1/check-in': () => {
        checkedIn = true;
        return { body: {} };
      },
    });
    const user = userEvent.setup();
    open('/handbook');
    expect(await screen.findByRole('heading', { name: 'Sinh hoạt chi bộ tháng 3' })).toBeInTheDocument();
    expect(screen.getByText('5')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Dự thảo nghị quyết' })).toHaveAttribute(
      'href',
      '/api/v1/meetings/m1/materials/f1',
    );
    await user.click(screen.getByRole('button', { name: 'Điểm danh' }));
    expect(await screen.findByText(/Đã điểm danh lúc/)).toBeInTheDocument();
    expect(server.find('POST', '/api/v1/meetings/m1/check-in')).toHaveLength(1);
  });

  it('sends an absence with its reason and shows a refusal', async () => {
    const server = mockApi({
      'GET /api/v1/me': { body: me },
      'GET /api/v1/handbook/notifications': { body: noNotifications },
      'GET /api/v1/meetings/mine': { body: [meeting] },
      'POST /api/v1/meetings/m1/reply': (call) =>
        (call.body as { reason: string | null }).reason
          ? { status: 204 }
          : problem(400, 'validation', {
              errors: [{ field: 'reason', code: 'NotBlank', message: 'Hãy nêu lý do vắng.' }],
            }),
    });
    const user = userEvent.setup();
    open('/handbook/meetings/m1');
    await user.click(await screen.findByRole('button', { name: 'Báo vắng' }));
    await user.click(screen.getByRole('button', { name: 'Gửi báo vắng' }));
    expect(await screen.findByText('Hãy nêu lý do vắng.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Lý do vắng'), 'Đi công tác');
    await user.click(screen.getByRole('button', { name: 'Gửi báo vắng' }));
    await waitFor(() => expect(server.find('POST', '/api/v1/meetings/m1/reply')).toHaveLength(2));
    expect(server.find('POST', '/api/v1/meetings/m1/reply').at(-1)?.body).toEqual({
      reply: 'ABSENT',
      reason: 'Đi công tác',
    });
  });

  it('searches documents, opens one, acknowledges it and saves it', async () => {
    let view = document;
    const server = mockApi({
      'GET /api/v1/me': { body: me },
      'GET /api/v1/handbook/notifications': { body: noNotifications },
      'GET /api/v1/documents': (call) => ({
        body: {
          content: call.query.get('q') === 'khoa hoc' ? [{ ...document, read: false }] : [],
          page: 0,
          size: 50,
          totalElements: 1,
        },
      }),
      'GET /api/v1/documents/7': () => ({ body: view }),
      'POST /api/v1/documents/7/acknowledgement': () => {
        view = { ...view, acknowledgedAt: '2026-03-01T03:00:00Z' } as DocumentView;
        return { status: 204 };
      },
      'PUT /api/v1/documents/7/bookmark': () => {
        view = { ...view, bookmarked: true };
        return { status: 204 };
      },
    });
    const user = userEvent.setup();
    open('/handbook/documents');
    expect(await screen.findByText('Không có văn bản nào.')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox'), 'khoa hoc');
    await user.click(screen.getByRole('button', { name: 'Tìm' }));
    await user.click(await screen.findByRole('link', { name: document.title }));
    expect(await screen.findByRole('heading', { name: document.title })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Xác nhận đã nghiên cứu' }));
    expect(await screen.findByText(/Đã xác nhận lúc/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lưu để đọc khi không có mạng' }));
    expect(await screen.findByText('Đã lưu trên máy này.')).toBeInTheDocument();
    expect(server.find('PUT', '/api/v1/documents/7/bookmark')).toHaveLength(1);
  });
});
