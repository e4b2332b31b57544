import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { OrgUnit, Role } from '../../../api/types';
import { ME_KEY } from '../../../session';
import { meWith, unit } from '../../../test/fixtures';
import { mockApi, problem, type RecordedCall } from '../../../test/mockApi';
import { renderRoutes, testQueryClient } from '../../../test/render';
import OrgTreePage from '.';

const city = unit(1, null, {
  kind: 'PROVINCIAL',
  name: 'Đảng bộ Thành phố Hà Nội',
  childCount: 250,
  depth: 0,
});
const ward = (id: number, name: string, childCount = 40) =>
  unit(id, 1, { kind: 'COMMUNE', name, childCount, depth: 1, path: `/1/${id}/` });
const cell = unit(500, 10, { kind: 'GRASSROOTS_CELL', name: 'Chi bộ Trường Tiểu học Điện Biên', depth: 2 });

const pageOf = (content: OrgUnit[], page: number, total: number) => ({
  body: { content, page, size: 100, totalElements: total },
});

function server() {
  return mockApi({
    'GET /api/v1/org-units/roots': { body: [city] },
    'GET /api/v1/org-units/1/children': ({ query }: RecordedCall) =>
      query.get('page') === '0'
        ? pageOf(
            [
              ward(10, 'Đảng bộ phường Ba Đình'),
              ward(11, 'Đảng bộ phường Điện Biên'),
              ward(12, 'Đảng bộ phường Giảng Võ'),
            ],
            0,
            250,
          )
        : pageOf([ward(13, 'Đảng bộ phường Hoàn Kiếm'), ward(14, 'Đảng bộ phường Kim Liên')], 1, 250),
    'GET /api/v1/org-units/10/children': pageOf(
      [unit(400, 10, { name: 'Chi bộ Khu phố 1', depth: 2 })],
      0,
      40,
    ),
    'GET /api/v1/org-units': ({ query }: RecordedCall) =>
      query.get('q') === 'dien bien' ? pageOf([cell], 0, 1) : pageOf([], 0, 0),
    'GET /api/v1/org-units/500/ancestors': { body: [city, ward(10, 'Đảng bộ phường Ba Đình')] },
    'GET /api/v1/org-units/1/warnings': { body: [] },
    'GET /api/v1/org-units/1/terms': { body: { terms: [], allowedLengths: [60] } },
    'GET /api/v1/org-units/10/warnings': { body: [] },
    'GET /api/v1/org-units/10/terms': { body: { terms: [], allowedLengths: [60] } },
    'GET /api/v1/org-units/500/warnings': { body: [] },
    'GET /api/v1/org-units/500/terms': { body: { terms: [], allowedLengths: [60] } },
    'POST /api/v1/org-units': problem(422, 'org.nesting.not-allowed', {
      detail: 'Tổ đảng không được đặt trực thuộc Chi bộ cơ sở này.',
    }),
  });
}

function renderTree(roles: Role[]) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(ME_KEY, meWith(roles));
  return renderRoutes([{ path: '/org', element: <OrgTreePage /> }], '/org', queryClient);
}

describe('organisation tree page', () => {
  beforeEach(() => {
    // happy-dom lays nothing out, so the virtual list cannot measure the rows it scrolls to.
    const error = console.error;
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).includes('rc-virtual-list')) error(...args);
    });
  });

  it('opens the single root, reads children 100 at a time and offers the rest', async () => {
    const api = server();
    renderTree(['ORG_STAFF']);
    expect(await screen.findByTestId('org-node-10')).toHaveTextContent('Đảng bộ phường Ba Đình');
    expect(screen.getByTestId('org-detail-name')).toHaveTextContent('Đảng bộ Thành phố Hà Nội');
    expect(api.find('GET', '/api/v1/org-units/1/children')[0]?.query.get('size')).toBe('100');

    const more = screen.getByTestId('org-more-1');
    expect(more).toHaveTextContent('Xem thêm (247 đơn vị nữa)');
    await userEvent.setup().click(more);
    expect(await screen.findByTestId('org-node-13')).toBeInTheDocument();
    expect(screen.getByTestId('org-more-1')).toHaveTextContent('Xem thêm (245 đơn vị nữa)');
  });

  it('shows the details of the unit clicked', async () => {
    server();
    renderTree(['CELL_SECRETARY']);
    await userEvent.setup().click(await screen.findByTestId('org-node-11'));
    expect(screen.getByTestId('org-detail-name')).toHaveTextContent('Đảng bộ phường Điện Biên');
    expect(screen.getByText('Đảng bộ xã, phường')).toBeInTheDocument();
    expect(screen.getByTestId('org-detail-child-count')).toHaveTextContent('40');
    expect(screen.queryByTestId('org-create-child')).not.toBeInTheDocument();
    expect(screen.queryByTestId('org-personal-data')).not.toBeInTheDocument();
  });

  it('offers the organisation staff the export of the personal data of the subtree', async () => {
    server();
    renderTree(['ORG_STAFF']);
    await userEvent.setup().click(await screen.findByTestId('org-node-11'));
    expect(screen.getByTestId('org-personal-data')).toHaveAttribute(
      'href',
      '/api/v1/org-units/11/personal-data.zip',
    );
    expect(screen.getByTestId('org-personal-data')).toHaveTextContent('Xuất dữ liệu cá nhân');
  });

  it('reveals a search hit: opens its ancestors, pins it under its parent and selects it', async () => {
    const api = server();
    renderTree(['ORG_STAFF']);
    await screen.findByTestId('org-node-10');
    const user = userEvent.setup();
    await user.type(screen.getByTestId('org-search'), 'dien bien');
    await user.click(await screen.findByTestId('org-search-hit-500', {}, { timeout: 2000 }));

    expect(await screen.findByTestId('org-node-500')).toHaveTextContent('Chi bộ Trường Tiểu học Điện Biên');
    await waitFor(() =>
      expect(screen.getByTestId('org-detail-name')).toHaveTextContent('Chi bộ Trường Tiểu học Điện Biên'),
    );
    expect(screen.getByTestId('org-node-400')).toBeInTheDocument();
    expect(api.find('GET', '/api/v1/org-units/500/ancestors')).toHaveLength(1);
  });

  // the create dialog holds the optional founding decision too: more to render than the other cases
  it('shows the server verdict when a child unit may not be created', { timeout: 15_000 }, async () => {
    const api = server();
    renderTree(['ORG_STAFF']);
    await screen.findByTestId('org-node-10');
    const user = userEvent.setup();
    await user.type(screen.getByTestId('org-search'), 'dien bien');
    await user.click(await screen.findByTestId('org-search-hit-500', {}, { timeout: 2000 }));
    await waitFor(() => expect(screen.getByTestId('org-detail-name')).toHaveTextContent('Điện Biên'));

    await user.click(screen.getByTestId('org-create-child'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Tổ đảng')).toBeInTheDocument();
    await user.type(within(dialog).getByTestId('org-create-code'), 'TD-01');
    await user.type(within(dialog).getByTestId('org-create-name'), 'Tổ đảng số 1');
    await user.click(within(dialog).getByTestId('org-create-submit'));

    expect(await within(dialog).findByTestId('org-create-error')).toHaveTextContent(
      'Tổ đảng không được đặt trực thuộc Chi bộ cơ sở này.',
    );
    expect(api.find('POST', '/api/v1/org-units')[0]?.body).toEqual({
      parentId: 500,
      kind: 'PARTY_GROUP',
      code: 'TD-01',
      name: 'Tổ đảng số 1',
    });
  });
});
