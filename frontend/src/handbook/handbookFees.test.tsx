import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { meWith } from '../test/fixtures';
import { mockApi } from '../test/mockApi';
import { HandbookApp } from './HandbookApp';

const me = meWith(['MEMBER']);
const noNotifications = { page: { content: [], page: 0, size: 100, totalElements: 0 }, unread: 0 };
const year = new Date().getFullYear();
const month = (m: number, status: string, paid: number) => ({
  month: `${year}-${String(m).padStart(2, '0')}`,
  due: 52_000,
  paid,
  status,
  rule: 'QĐ 01-QĐ/TW: 1 % lương đóng BHXH tháng trước',
});

describe('handbook fees', () => {
  afterEach(() => globalThis.history.pushState({}, '', '/'));

  it('shows the months due and paid and the month paid up to', async () => {
    const server = mockApi({
      'GET /api/v1/me': { body: me },
      'GET /api/v1/handbook/notifications': { body: noNotifications },
      'GET /api/v1/fees/mine': {
        body: {
          memberId: me.member?.id,
          fullName: 'Nguyễn Văn An',
          cardNumber: '01234567',
          year,
          months: [
            month(1, 'PAID', 52_000),
            month(2, 'PAID', 52_000),
            month(3, 'UNPAID', 0),
            ...[4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => month(m, 'UPCOMING', 0)),
          ],
          due: 624_000,
          paid: 104_000,
          paidUpTo: `${year}-02`,
        },
      },
    });
    globalThis.history.pushState({}, '', '/handbook/fees');
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(<HandbookApp client={client} />);
    expect(await screen.findByText(`Đã đóng đến tháng 2/${year}`)).toBeInTheDocument();
    expect(screen.getByText(/Đã đóng: 104\.000 đ/)).toBeInTheDocument();
    expect(screen.getAllByText('Đã đóng')).toHaveLength(2);
    expect(screen.getByText('Chưa đóng')).toBeInTheDocument();
    expect(server.find('GET', '/api/v1/fees/mine')[0]?.query.get('year')).toBe(String(year));
  });
});
