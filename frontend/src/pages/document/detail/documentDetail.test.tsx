import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DocumentReaders, DocumentView, Role } from '../../../api/types';
import { ME_KEY } from '../../../session';
import { meWith } from '../../../test/fixtures';
import { mockApi } from '../../../test/mockApi';
import { renderRoutes, testQueryClient } from '../../../test/render';
import DocumentDetailPage from '.';

const view: DocumentView = {
  id: 7,
  number: '03-CTr/TU',
  type: 'CTR',
  issuerCode: 'TU',
  congress: false,
  incoming: false,
  orgUnitId: 1,
  orgUnitName: 'Đảng bộ Thành phố',
  title: 'Chương trình công tác năm 2026',
  summary: 'Các nhiệm vụ trọng tâm',
  signer: 'Bí thư Thành ủy',
  issuedOn: '2026-01-05',
  effectiveOn: null,
  confidentiality: 'INTERNAL',
  status: 'PUBLISHED',
  publishedAt: '2026-01-05T02:00:00Z',
  scope: [{ kind: 'SUBTREE', orgUnitId: 4, role: null, orgUnitName: 'Đảng bộ phường Hoàn Kiếm' }],
  links: [],
  linkedBy: [{ kind: 'REPLACES', documentId: 9, number: '05-CTr/TU', title: 'Chương trình mới' }],
  attachments: [
    {
      id: 3,
      fileName: 'chuong-trinh.pdf',
      contentType: 'application/pdf',
      size: 20480,
      sha256: 'ab',
      createdAt: '2026-01-05T02:00:00Z',
    },
  ],
  bookmarked: false,
  readAt: '2026-02-01T02:00:00Z',
  acknowledgedAt: null,
  manageable: true,
  version: 2,
};

const readers: DocumentReaders = {
  total: 4,
  read: 1,
  acknowledged: 1,
  unread: 2,
  members: {
    content: [
      {
        memberId: 'a',
        fullName: 'Nguyễn Văn An',
        orgUnitId: 5,
        state: 'UNREAD',
        readAt: null,
        acknowledgedAt: null,
      },
    ],
    page: 0,
    size: 20,
    totalElements: 2,
  },
};

function render(roles: Role[]) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(ME_KEY, meWith(roles));
  return renderRoutes(
    [{ path: '/documents/:id', element: <DocumentDetailPage /> }],
    '/documents/7',
    queryClient,
  );
}

describe('document detail', { timeout: 20_000 }, () => {
  it('shows metadata, recipients by name, the replacing document and the attachment', async () => {
    mockApi({ 'GET /api/v1/documents/7': { body: view } });
    render(['CITY_OFFICE']);
    expect(await screen.findByText('Đảng bộ phường Hoàn Kiếm', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('05-CTr/TU')).toBeInTheDocument();
    expect(screen.getByText('chuong-trinh.pdf')).toBeInTheDocument();
    expect(screen.getByTestId('document-status')).toHaveTextContent('Đã ban hành');
  });

  it('counts the readers and lists who has not read', async () => {
    const api = mockApi({
      'GET /api/v1/documents/7': { body: view },
      'GET /api/v1/documents/7/readers': { body: readers },
    });
    render(['CELL_SECRETARY']);
    await userEvent.click(await screen.findByTestId('document-tab-readers'));
    expect(await screen.findByText('Nguyễn Văn An')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50');
    await userEvent.click(screen.getByText('Chưa đọc', { selector: '.ant-segmented-item-label' }));
    await waitFor(() =>
      expect(api.find('GET', '/api/v1/documents/7/readers').at(-1)?.query.get('state')).toBe('UNREAD'),
    );
  });
});
