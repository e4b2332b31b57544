import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { mockApi, problem } from '../../../test/mockApi';
import { renderPage } from '../../../test/render';
import LoginPage from '.';
import { safeRedirect } from './messages';

function renderLogin(path = '/login?redirect=%2Forg%3Fq%3D1') {
  return renderPage(<LoginPage />, path, '/login');
}

async function submitPassword(username = 'nguyenvana', password = 'mat-khau-dai') {
  const user = userEvent.setup();
  await user.type(screen.getByTestId('login-username'), username);
  await user.type(screen.getByTestId('login-password'), password);
  await user.click(screen.getByTestId('login-submit'));
  return user;
}

describe('login page', () => {
  it('labels its inputs for assistive technology', () => {
    renderLogin();
    expect(screen.getByLabelText('Tên đăng nhập, số thẻ đảng viên hoặc số CCCD')).toBe(
      screen.getByTestId('login-username'),
    );
    expect(screen.getByLabelText('Mật khẩu')).toBe(screen.getByTestId('login-password'));
  });

  it('logs in and goes back to the page asked for', async () => {
    const server = mockApi({ 'POST /api/v1/auth/login': { body: { status: 'AUTHENTICATED' } } });
    renderLogin();
    await submitPassword(' 012345678901 ');
    expect(await screen.findByTestId('location')).toHaveTextContent('/org?q=1');
    expect(server.calls[0]?.body).toEqual({ username: '012345678901', password: 'mat-khau-dai' });
  });

  it('says the credentials are wrong', async () => {
    mockApi({ 'POST /api/v1/auth/login': problem(401, 'auth.bad-credentials') });
    renderLogin();
    await submitPassword();
    expect(await screen.findByTestId('login-error')).toHaveTextContent(
      'Tên đăng nhập hoặc mật khẩu không đúng.',
    );
    expect(screen.getByTestId('login-password')).toHaveValue('');
  });

  it('says until when a locked account stays locked, in local time', async () => {
    const lockedUntil = '2026-11-22T08:15:00Z';
    mockApi({ 'POST /api/v1/auth/login': problem(423, 'auth.locked', { lockedUntil }) });
    renderLogin();
    await submitPassword();
    const error = await screen.findByTestId('login-error');
    expect(error).toHaveTextContent('Tài khoản tạm khóa');
    expect(error).toHaveTextContent(dayjs(lockedUntil).format('HH:mm DD/MM/YYYY'));
  });

  it('says when this address has tried too often', async () => {
    mockApi({ 'POST /api/v1/auth/login': problem(429, 'auth.rate-limited') });
    renderLogin();
    await submitPassword();
    expect(await screen.findByTestId('login-error')).toHaveTextContent('Có quá nhiều lần đăng nhập');
  });

  it('asks for the TOTP code as a second step', async () => {
    const server = mockApi({
      'POST /api/v1/auth/login': { body: { status: 'TOTP_REQUIRED' } },
      'POST /api/v1/auth/login/totp': ({ body }) =>
        (body as { code: string }).code === '123456'
          ? { body: { status: 'AUTHENTICATED' } }
          : problem(401, 'auth.totp-invalid'),
    });
    renderLogin();
    const user = await submitPassword();

    const code = await screen.findByTestId('totp-code');
    await user.type(code, '000000');
    await user.click(screen.getByTestId('totp-submit'));
    expect(await screen.findByTestId('login-error')).toHaveTextContent(
      'Mã xác thực không đúng hoặc đã hết hạn.',
    );

    await user.type(screen.getByTestId('totp-code'), '123456');
    await user.click(screen.getByTestId('totp-submit'));
    expect(await screen.findByTestId('location')).toHaveTextContent('/org?q=1');
    expect(server.find('POST', '/api/v1/auth/login/totp').map((c) => c.body)).toEqual([
      { code: '000000' },
      { code: '123456' },
    ]);
  });

  it('checks the code format before sending it', async () => {
    const server = mockApi({ 'POST /api/v1/auth/login': { body: { status: 'TOTP_REQUIRED' } } });
    renderLogin();
    const user = await submitPassword();
    await user.type(await screen.findByTestId('totp-code'), '12a');
    await user.click(screen.getByTestId('totp-submit'));
    expect(await screen.findByText('Mã xác thực gồm 6 chữ số')).toBeInTheDocument();
    expect(server.find('POST', '/api/v1/auth/login/totp')).toHaveLength(0);
  });

  it('accepts a recovery code instead', async () => {
    const server = mockApi({
      'POST /api/v1/auth/login': { body: { status: 'TOTP_REQUIRED' } },
      'POST /api/v1/auth/login/totp': { body: { status: 'AUTHENTICATED' } },
    });
    renderLogin('/login');
    const user = await submitPassword();
    await user.click(await screen.findByTestId('totp-use-recovery'));
    expect(screen.getByLabelText('Mã khôi phục')).toBe(screen.getByTestId('totp-code'));
    await user.type(screen.getByTestId('totp-code'), 'abcd-efgh-ijkl');
    await user.click(screen.getByTestId('totp-submit'));
    expect(await screen.findByTestId('location')).toHaveTextContent(/^\/$/);
    expect(server.find('POST', '/api/v1/auth/login/totp')[0]?.body).toEqual({ code: 'abcd-efgh-ijkl' });
  });

  it('takes a staff account without TOTP to the enrolment page', async () => {
    mockApi({ 'POST /api/v1/auth/login': { body: { status: 'TOTP_ENROLMENT_REQUIRED' } } });
    renderLogin();
    await submitPassword();
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/me/totp'));
  });
});

describe('redirect after login', () => {
  it.each([
    ['/members?q=a', '/members?q=a'],
    [null, '/'],
    ['https://evil.example/x', '/'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['/login?redirect=/org', '/'],
  ])('%s → %s', (value, expected) => {
    expect(safeRedirect(value)).toBe(expected);
  });
});
