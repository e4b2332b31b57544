import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MeView } from './api/types';
import { routeObjects } from './router';
import { meWith } from './test/fixtures';
import { mockApi, problem } from './test/mockApi';
import { renderRoutes } from './test/render';

function start(path: string, me: MeView | null, extra: Parameters<typeof mockApi>[0] = {}) {
  const server = mockApi({
    'GET /api/v1/me': me ? { body: me } : problem(401, 'auth.required'),
    'GET /api/v1/org-units/roots': { body: [] },
    ...extra,
  });
  return { server, ...renderRoutes(routeObjects(), path) };
}

describe('app shell', () => {
  it('shows the menu entries of the user roles', async () => {
    start('/', meWith(['ORG_STAFF']));
    expect(await screen.findByTestId('menu-org')).toBeInTheDocument();
    expect(screen.getByTestId('menu-home')).toBeInTheDocument();
    expect(screen.getByTestId('menu-members')).toBeInTheDocument();
    expect(screen.getByTestId('menu-me')).toBeInTheDocument();
    expect(screen.queryByTestId('menu-audit')).not.toBeInTheDocument();
    expect(screen.queryByTestId('menu-accounts')).not.toBeInTheDocument();
    expect(await screen.findByTestId('welcome')).toHaveTextContent('Xin chào, Nguyễn Văn An');
  });

  it('sends a visitor without a session to the login page, remembering where they were going', async () => {
    const { router } = start('/members?q=x', null);
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe(`?redirect=${encodeURIComponent('/members?q=x')}`);
  });

  it('keeps a staff account without TOTP on the enrolment page', async () => {
    const { router } = start('/org', meWith(['ORG_STAFF'], { totpEnabled: false, totpRequired: true }), {
      'POST /api/v1/account/totp/enrolment': {
        body: {
          secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
          otpauthUri: 'otpauth://totp/DangVu:tester?secret=JBSWY3DPEHPK3PXPJBSWY3DP',
        },
      },
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/me/totp'));
    expect(await screen.findByTestId('totp-secret')).toHaveTextContent('JBSW Y3DP EHPK 3PXP JBSW Y3DP');
    expect(screen.getByTestId('totp-qr')).toBeInTheDocument();
  });

  it('refuses a page the roles do not open', async () => {
    start('/admin/audit', meWith(['MEMBER']));
    expect(await screen.findByText('Không có quyền truy cập')).toBeInTheDocument();
  });

  it('shows a not-found page with a way home', async () => {
    const { router } = start('/khong-co', meWith(['MEMBER']));
    const home = await screen.findByTestId('not-found-home');
    await userEvent.setup().click(within(home).getByRole('button'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('switches the language from the header', async () => {
    start('/', meWith(['MEMBER']));
    await userEvent.setup().click(await screen.findByTestId('lang-switch'));
    expect(await screen.findByTestId('menu-me')).toHaveTextContent('My information');
    expect(localStorage.getItem('dangvu.language')).toBe('en');
  });

  it('logs out and returns to the login page', async () => {
    const { router, server } = start('/', meWith(['MEMBER']), {
      'POST /api/v1/auth/logout': { status: 204 },
    });
    await userEvent.setup().click(await screen.findByTestId('logout'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(server.find('POST', '/api/v1/auth/logout')).toHaveLength(1);
  });
});
