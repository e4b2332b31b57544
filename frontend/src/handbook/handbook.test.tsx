import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meWith } from '../test/fixtures';
import { mockApi, problem } from '../test/mockApi';
import { HandbookApp } from './HandbookApp';
import { qrPath } from './QrCode';

const me = meWith(['MEMBER']);
const card = { member: me.member, qrPayload: 'DANGVU-CARD:01234567' };
const noNotifications = { page: { content: [], page: 0, size: 100, totalElements: 0 }, unread: 0 };

function open(path: string) {
  globalThis.history.pushState({}, '', path);
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return render(<HandbookApp client={client} />);
}

describe('handbook', () => {
  beforeEach(() => globalThis.history.pushState({}, '', '/'));
  afterEach(() => globalThis.history.pushState({}, '', '/'));

  it('shows the card of QĐ 339 with its check-in QR code', async () => {
    mockApi({
      'GET /api/v1/me': { body: me },
      'GET /api/v1/handbook/card': { body: card },
      'GET /api/v1/handbook/notifications': { body: noNotifications },
    });
    open('/handbook/card');
    expect(await screen.findByText('Chi bộ Khu phố 1')).toBeInTheDocument();
    expect(screen.getByText('26/03/2005')).toBeInTheDocument();
    expect(screen.getByText('********1234')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Mã QR điểm danh của thẻ 01234567' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tải bản PDF' })).toHaveAttribute(
      'href',
      '/api/v1/handbook/my-data.pdf',
    );
    expect(screen.getByRole('link', { name: 'Tải dữ liệu (JSON)' })).toHaveAttribute(
      'href',
      '/api/v1/handbook/my-data',
    );
  });

  it('explains that probationary members have no card yet', async () => {
    mockApi({
      'GET /api/v1/me': { body: me },
      'GET /api/v1/handbook/card': { body: { member: { ...me.member, cardNumber: null }, qrPayload: null } },
      'GET /api/v1/handbook/notifications': { body: noNotifications },
    });
    open('/handbook/card');
    expect(await screen.findByText(/được cấp khi là đảng viên chính thức/)).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /Mã QR/ })).not.toBeInTheDocument();
  });

  it('draws a version 2 code (25 modules) for a card payload', () => {
    const { path, modules } = qrPath('DANGVU-CARD:01234567');
    expect(modules).toBe(25);
    // the three finder patterns alone have 3 × 33 dark modules
    expect(path.split('M').length - 1).toBeGreaterThan(99);
  });

  it('sends feedback, shows the fields at fault, then the sent question', async () => {
    let sent = false;
    const server = mockApi({
      'GET /api/v1/me': { body: me },
      'GET /api/v1/handbook/notifications': { body: noNotifications },
      'GET /api/v1/handbook/feedback': () => ({
        body: sent
          ? [
              {
                id: 'f1',
                memberId: me.member?.id,
                memberName: 'Nguyễn Văn An',
                orgUnitId: 42,
                orgUnitName: 'Chi bộ Khu phố 1',
                kind: 'QUESTION',
                subject: 'Lịch sinh hoạt',
                body: 'Ngày nào?',
                createdAt: '2026-03-01T02:00:00Z',
                state: 'ANSWERED',
                answer: 'Ngày 04 hằng tháng.',
                answeredBy: 'bithu',
                answeredAt: '2026-03-01T03:00:00Z',
                version: 1,
              },
            ]
          : [],
      }),
      'POST /api/v1/handbook/feedback': (call) => {
        const body = call.body as { subject: string };
        if (!body.subject) {
          return problem(400, 'validation', {
            errors: [{ field: 'subject', code: 'NotBlank', message: 'Hãy nhập tiêu đề.' }],
          });
        }
        sent = true;
        return { status: 201, body: {} };
      },
    });
    const user = userEvent.setup();
    open('/handbook/feedback');
    expect(await screen.findByText('Đồng chí chưa gửi ý kiến nào.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gửi' }));
    expect(await screen.findByText('Hãy nhập tiêu đề.')).toBeInTheDocument();
    expect(screen.getByLabelText('Tiêu đề')).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByLabelText('Tiêu đề'), 'Lịch sinh hoạt');
    await user.type(screen.getByLabelText('Nội dung'), 'Ngày nào?');
    await user.click(screen.getByRole('button', { name: 'Gửi' }));
    expect(await screen.findByText('Đã gửi tới cấp ủy.')).toBeInTheDocument();
    expect(await screen.findByText('Ngày 04 hằng tháng.')).toBeInTheDocument();
    expect(server.find('POST', '/api/v1/handbook/feedback').at(-1)?.body).toEqual({
      kind: 'QUESTION',
      subject: 'Lịch sinh hoạt',
      body: 'Ngày nào?',
    });
  });

  it('marks every notification read', async () => {
    let unread = 1;
    const server = mockApi({
      'GET /api/v1/me': { body: me },
      'GET /api/v1/handbook/notifications': () => ({
        body: {
          page: {
            content: [
              {
                id: 'n1',
                kind: 'feedback.answered',
                title: 'Đã có trả lời: Lịch sinh hoạt',
                body: 'Ngày 04',
                link: '/handbook/feedback',
                createdAt: '2026-03-01T03:00:00Z',
                readAt: unread ? null : '2026-03-01T04:00:00Z',
              },
            ],
            page: 0,
            size: 100,
            totalElements: 1,
          },
          unread,
        },
      }),
      'POST /api/v1/handbook/notifications/read-all': () => {
        unread = 0;
        return { status: 204 };
      },
    });
    const user = userEvent.setup();
    open('/handbook/notifications');
    expect(await screen.findByRole('link', { name: 'Đã có trả lời: Lịch sinh hoạt' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Đánh dấu đã đọc tất cả' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Đánh dấu đã đọc tất cả' })).toBeNull());
    expect(server.find('POST', '/api/v1/handbook/notifications/read-all')).toHaveLength(1);
  });

  it('sends a signed-out member to the login page and back', async () => {
    let signedIn = false;
    mockApi({
      'GET /api/v1/me': () => (signedIn ? { body: me } : problem(401, 'auth.required')),
      'GET /api/v1/handbook/card': () => (signedIn ? { body: card } : problem(401, 'auth.required')),
      'GET /api/v1/handbook/notifications': () =>
        signedIn ? { body: noNotifications } : problem(401, 'auth.required'),
      'POST /api/v1/auth/login': () => {
        signedIn = true;
        return { body: { status: 'AUTHENTICATED' } };
      },
    });
    const user = userEvent.setup();
    open('/handbook/card');
    await user.type(await screen.findByLabelText('Số thẻ đảng viên hoặc số CCCD'), '01234567');
    await user.type(screen.getByLabelText('Mật khẩu'), 'demo-2026');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByText('Chi bộ Khu phố 1')).toBeInTheDocument();
    expect(globalThis.location.pathname).toBe('/handbook/card');
  });
});
