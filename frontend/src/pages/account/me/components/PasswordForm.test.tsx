import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem } from '../../../../test/mockApi';
import { renderPage } from '../../../../test/render';
import { PasswordForm } from './PasswordForm';

async function fill(current: string, next: string, confirm = next) {
  const user = userEvent.setup();
  await user.type(screen.getByTestId('pw-current'), current);
  await user.type(screen.getByTestId('pw-new'), next);
  await user.type(screen.getByTestId('pw-confirm'), confirm);
  await user.click(screen.getByTestId('pw-submit'));
}

describe('password form', () => {
  it('checks the length before asking the server', async () => {
    const server = mockApi({});
    renderPage(<PasswordForm />, '/me', '/me');
    await fill('cu-mat-khau', 'ngan');
    expect(await screen.findByText('Mật khẩu mới phải có ít nhất 10 ký tự')).toBeInTheDocument();
    expect(server.calls).toHaveLength(0);
  });

  it('shows the server field errors on their fields', async () => {
    mockApi({
      'POST /api/v1/account/password': problem(422, 'validation', {
        errors: [{ field: 'newPassword', code: 'weak', message: 'Mật khẩu quá phổ biến' }],
      }),
    });
    renderPage(<PasswordForm />, '/me', '/me');
    await fill('cu-mat-khau', '1234567890');
    expect(await screen.findByText('Mật khẩu quá phổ biến')).toBeInTheDocument();
  });

  it('marks a wrong current password on that field', async () => {
    mockApi({ 'POST /api/v1/account/password': problem(422, 'account.password.wrong-current') });
    renderPage(<PasswordForm />, '/me', '/me');
    await fill('sai-mat-khau', 'mat-khau-moi-dai');
    expect(await screen.findByText('Detail of account.password.wrong-current')).toBeInTheDocument();
  });

  it('sends the change and clears the form', async () => {
    const server = mockApi({ 'POST /api/v1/account/password': { status: 204 } });
    renderPage(<PasswordForm />, '/me', '/me');
    await fill('cu-mat-khau', 'mat-khau-moi-dai');
    expect(await screen.findByText('Đã đổi mật khẩu')).toBeInTheDocument();
    expect(server.calls[0]?.body).toEqual({
      currentPassword: 'cu-mat-khau',
      newPassword: 'mat-khau-moi-dai',
    });
    expect(screen.getByTestId('pw-new')).toHaveValue('');
  });
});
