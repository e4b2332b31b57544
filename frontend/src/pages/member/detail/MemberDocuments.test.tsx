import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../../test/mockApi';
import { renderPage } from '../../../test/render';
import { MemberDocuments } from './MemberDocuments';

const ID = '00000000-0000-0000-0000-0000000000aa';
const PATH = `/api/v1/members/${ID}/documents`;

const standing = {
  id: 'd1',
  memberId: ID,
  kind: 'MEMBER_FORM',
  title: 'Phiếu đảng viên 2025',
  fileName: 'phieu.pdf',
  contentType: 'application/pdf',
  sizeBytes: 2048,
  sha256: 'ab',
  eventId: null,
  uploadedAt: '2026-02-02T03:00:00Z',
  uploadedBy: 'bithu',
  withdrawnAt: null,
  withdrawnBy: null,
  withdrawnReason: null,
};
const withdrawn = {
  ...standing,
  id: 'd2',
  title: 'Bản chụp nhầm',
  withdrawnAt: '2026-02-03T03:00:00Z',
  withdrawnBy: 'bithu',
  withdrawnReason: 'Nộp nhầm',
};

describe('member documents', () => {
  it('lists the file with Vietnamese kinds, links standing documents and marks withdrawn ones', async () => {
    mockApi({ [`GET ${PATH}`]: { body: [standing, withdrawn] } });
    renderPage(<MemberDocuments id={ID} active canEdit={false} />, '/members/x', '/members/:id');
    const table = await screen.findByTestId('member-documents');
    expect(await within(table).findByText('Phiếu đảng viên 2025')).toBeInTheDocument();
    expect(within(table).getAllByText('Phiếu đảng viên (2-HSĐV)')).toHaveLength(2);
    expect(within(table).getByText('Phiếu đảng viên 2025').closest('a')).toHaveAttribute(
      'href',
      `${PATH}/d1`,
    );
    expect(within(table).getByText('Đã rút')).toBeInTheDocument();
    expect(screen.queryByTestId('document-add')).not.toBeInTheDocument();
  });

  it('withdraws a document with a reason', async () => {
    const server = mockApi({
      [`GET ${PATH}`]: { body: [standing] },
      [`POST ${PATH}/d1/withdrawal`]: { body: { ...standing, withdrawnAt: '2026-02-04T00:00:00Z' } },
    });
    renderPage(<MemberDocuments id={ID} active canEdit />, '/members/x', '/members/:id');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Rút khỏi hồ sơ: Phiếu đảng viên 2025/ }));
    await user.type(await screen.findByTestId('document-withdraw-reason'), 'Bản cũ');
    await user.click(screen.getByTestId('document-withdraw-confirm'));
    await screen.findByText('Đã rút tài liệu khỏi hồ sơ.');
    expect(server.find('POST', `${PATH}/d1/withdrawal`)[0]?.body).toEqual({ reason: 'Bản cũ' });
  });
});
