import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ME_KEY } from '../../../session';
import { meWith } from '../../../test/fixtures';
import { mockApi, problem } from '../../../test/mockApi';
import { renderRoutes, testQueryClient } from '../../../test/render';
import TotpEnrolmentPage from '.';
import { groupSecret, recoveryFile } from './recovery';

const enrolment = {
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  otpauthUri:
    'otpauth://totp/%C4%90%E1%BA%A3ng%20V%E1%BB%A5:tester?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=DangVu',
};

function renderEnrolment() {
  const queryClient = testQueryClient();
  queryClient.setQueryData(ME_KEY, meWith(['ORG_STAFF'], { totpEnabled: false }));
  return renderRoutes([{ path: '/me/totp', element: <TotpEnrolmentPage /> }], '/me/totp', queryClient);
}

describe('TOTP enrolment', () => {
  it('shows the QR code and the secret in groups of four, then the recovery codes once confirmed', async () => {
    const api = mockApi({
      'POST /api/v1/account/totp/enrolment': { body: enrolment },
      'POST /api/v1/account/totp/enrolment/confirmation': ({ body }) =>
        (body as { code: string }).code === '654321'
          ? { body: { recoveryCodes: ['aaaa-bbbb', 'cccc-dddd', 'eeee-ffff'] } }
          : problem(422, 'auth.totp-invalid'),
      'GET /api/v1/me': { body: meWith(['ORG_STAFF']) },
    });
    renderEnrolment();

    expect(await screen.findByTestId('totp-secret')).toHaveTextContent(
      'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP',
    );
    expect(screen.getByTestId('totp-qr')).toBeInTheDocument();
    expect(screen.getByText(/bắt buộc dùng xác thực hai bước/)).toBeInTheDocument();

    const user = userEvent.setup();
    await user.type(screen.getByTestId('totp-enrol-code'), '111111');
    await user.click(screen.getByTestId('totp-enrol-submit'));
    expect(await screen.findByText(/Mã không đúng/)).toBeInTheDocument();

    await user.type(screen.getByTestId('totp-enrol-code'), '654321');
    await user.click(screen.getByTestId('totp-enrol-submit'));
    const codes = await screen.findByTestId('recovery-codes');
    expect(codes.querySelectorAll('li')).toHaveLength(3);
    expect(codes).toHaveTextContent('cccc-dddd');
    expect(screen.getByText(/sẽ không hiển thị lại/)).toBeInTheDocument();
    expect(api.find('POST', '/api/v1/account/totp/enrolment')).toHaveLength(1);
  });

  it('formats the secret and the download file', () => {
    expect(groupSecret('abcdefghij')).toBe('abcd efgh ij');
    expect(recoveryFile('Title', 'Account: x', ['1', '2'])).toBe('Title\nAccount: x\n\n1\n2\n');
  });
});
