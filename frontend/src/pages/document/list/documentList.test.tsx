import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DocumentPage, DocumentSummary, Role } from '../../../api/types';
import { ME_KEY } from '../../../session';
import { meWith } from '../../../test/fixtures';
import { mockApi } from '../../../test/mockApi';
import { renderRoutes, testQueryClient } from '../../../test/render';
import DocumentListPage from '.';

const plan: DocumentSummary = {
  id: 7,
  number: '03-CTr/TU',
  type: 'CTR',
  title: 'Chương trình công tác năm 2026',
  orgUnitId: 1,
  issuedOn: '2026-01-05',
  confidentiality: 'INTERNAL',
  status: 'PUBLISHED',
  bookmarked: false,
  read: true,
  acknowledged: false,
  version: 1,
};

const draft: DocumentSummary = {
  ...plan,
  id: 8,
  number: null,
  issuedOn: null,
  status: 'DRAFT',
  title: 'Dự thảo',
};

function page(rows: DocumentSummary[]): DocumentPage {
  return { content: rows, page: 0, size: 20, totalElements: rows.length };
}

function render(roles: Role[]) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(ME_KEY, meWith(roles));
  return renderRoutes([{ path: '/documents', element: <DocumentListPage /> }], '/documents', queryClient);
}

describe('document library', { timeout: 20_000 }, () => {
  it('lists numbers, status and confidentiality and searches the typed words', async () => {
    const api = mockApi({ 'GET /api/v1/documents': { body: page([plan, draft]) } });
    render(['CITY_OFFICE']);
    expect(await screen.findByText('Chương trình công tác năm 2026')).toBeInTheDocument();
    expect(screen.getByText('03-CTr/TU')).toBeInTheDocument();
    expect(screen.getByText('Chưa cấp số')).toBeInTheDocument();
    expect(screen.getByTestId('document-status-8')).toHaveTextContent('Dự thảo');
    expect(screen.getByTestId('document-create')).toBeInTheDocument();
    await userEvent.type(
      screen.getByLabelText('Tìm theo số, ký hiệu, tên, trích yếu, nội dung'),
      'chuong trinh{Enter}',
    );
    await waitFor(() =>
      expect(api.find('GET', '/api/v1/documents').at(-1)?.query.get('q')).toBe('chuong trinh'),
    );
  });

  it('bookmarks with the star and hides the create button from readers', async () => {
    const api = mockApi({
      'GET /api/v1/documents': { body: page([plan]) },
      'PUT /api/v1/documents/7/bookmark': { status: 204 },
    });
    render(['INSPECTION']);
    await screen.findByText('Chương trình công tác năm 2026');
    expect(screen.queryByTestId('document-create')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Đánh dấu văn bản' }));
    await waitFor(() => expect(api.find('PUT', '/api/v1/documents/7/bookmark')).toHaveLength(1));
  });
});
