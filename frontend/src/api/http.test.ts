import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../i18n';
import { mockApi, problem } from '../test/mockApi';
import { ApiError, api, request, setSessionHandlers } from './http';
import { toApiError } from './problem';

describe('problem parsing', () => {
  it('turns a problem+json answer into an ApiError with code, texts, field errors and extensions', async () => {
    mockApi({
      'POST /api/v1/account/password': {
        status: 422,
        problem: true,
        body: {
          type: 'urn:dangvu:problem:validation',
          title: 'Dữ liệu không hợp lệ',
          status: 422,
          detail: 'Vui lòng kiểm tra các trường được đánh dấu.',
          code: 'validation',
          errors: [{ field: 'newPassword', code: 'Size', message: 'Mật khẩu phải có ít nhất 10 ký tự' }],
          traceId: 'req-42',
        },
      },
    });

    const error = await request(
      api.POST('/api/v1/account/password', { body: { currentPassword: 'a', newPassword: 'b' } }),
    ).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(422);
    expect(apiError.code).toBe('validation');
    expect(apiError.title).toBe('Dữ liệu không hợp lệ');
    expect(apiError.detail).toBe('Vui lòng kiểm tra các trường được đánh dấu.');
    expect(apiError.traceId).toBe('req-42');
    expect(apiError.fieldErrors).toEqual([
      { field: 'newPassword', code: 'Size', message: 'Mật khẩu phải có ít nhất 10 ký tự' },
    ]);
  });

  it('keeps extension members such as lockedUntil', () => {
    const error = toApiError(423, {
      type: 'urn:dangvu:problem:auth.locked',
      title: 'Tài khoản bị khóa',
      status: 423,
      code: 'auth.locked',
      lockedUntil: '2026-11-22T08:15:00Z',
    });
    expect(error.code).toBe('auth.locked');
    expect(error.extensions.lockedUntil).toBe('2026-11-22T08:15:00Z');
  });

  it('takes the code from the type URN when the code member is missing', () => {
    expect(toApiError(409, { type: 'urn:dangvu:problem:org.unit.stale', title: 'x', status: 409 }).code).toBe(
      'org.unit.stale',
    );
  });

  it('gives a non-problem error answer a generic code and text', () => {
    const error = toApiError(502, '<html>Bad gateway</html>');
    expect(error.status).toBe(502);
    expect(error.code).toBe('http.502');
    expect(error.detail).toBe('Máy chủ trả lỗi 502.');
  });

  it('reports an unreachable server as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    const error = (await request(api.GET('/api/v1/org-units/roots')).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
    expect(error.code).toBe('network');
  });
});

describe('request headers', () => {
  it('sends the XSRF-TOKEN cookie as X-XSRF-TOKEN on writes, not on reads', async () => {
    // biome-ignore lint/suspicious/noDocumentCookie: the CSRF cookie is what is under test
    document.cookie = 'XSRF-TOKEN=token%2D123; path=/';
    const server = mockApi({
      'GET /api/v1/org-units/roots': { body: [] },
      'POST /api/v1/auth/logout': { status: 204 },
    });

    await request(api.GET('/api/v1/org-units/roots'));
    await request(api.POST('/api/v1/auth/logout'));

    expect(server.find('GET', '/api/v1/org-units/roots')[0]?.headers.get('X-XSRF-TOKEN')).toBeNull();
    expect(server.find('POST', '/api/v1/auth/logout')[0]?.headers.get('X-XSRF-TOKEN')).toBe('token-123');
  });

  it('sends a write refused for a missing CSRF token once more with the token the refusal set', async () => {
    let attempts = 0;
    const server = mockApi({
      'POST /api/v1/auth/login': () => {
        attempts++;
        if (attempts === 1) {
          // biome-ignore lint/suspicious/noDocumentCookie: the server's Set-Cookie, as the browser applies it
          document.cookie = 'XSRF-TOKEN=fresh; path=/';
          return problem(403, 'auth.csrf');
        }
        return { body: { status: 'AUTHENTICATED' } };
      },
    });

    const result = await request(api.POST('/api/v1/auth/login', { body: { username: 'a', password: 'b' } }));

    expect(result).toEqual({ status: 'AUTHENTICATED' });
    const sent = server.find('POST', '/api/v1/auth/login');
    expect(sent.map((c) => c.headers.get('X-XSRF-TOKEN'))).toEqual([null, 'fresh']);
    expect(sent[1]?.body).toEqual({ username: 'a', password: 'b' });
  });

  it('does not repeat a CSRF refusal when the token did not change', async () => {
    // biome-ignore lint/suspicious/noDocumentCookie: the CSRF cookie is what is under test
    document.cookie = 'XSRF-TOKEN=same; path=/';
    const server = mockApi({ 'POST /api/v1/auth/logout': problem(403, 'auth.csrf') });
    await expect(request(api.POST('/api/v1/auth/logout'))).rejects.toMatchObject({ code: 'auth.csrf' });
    expect(server.calls).toHaveLength(1);
  });

  it('sends the UI language as Accept-Language', async () => {
    const server = mockApi({ 'GET /api/v1/org-units/roots': { body: [] } });
    await request(api.GET('/api/v1/org-units/roots'));
    setLanguage('en');
    await request(api.GET('/api/v1/org-units/roots'));
    expect(server.calls.map((c) => c.headers.get('Accept-Language'))).toEqual(['vi', 'en']);
  });

  it('serializes query parameters and leaves out empty ones', async () => {
    const server = mockApi({
      'GET /api/v1/members': { body: { content: [], page: 0, size: 20, totalElements: 0 } },
    });
    await request(
      api.GET('/api/v1/members', {
        params: { query: { q: 'nguyen', orgUnitId: undefined, page: 2, size: 20 } },
      }),
    );
    const query = server.calls[0]?.query;
    expect(query?.get('q')).toBe('nguyen');
    expect(query?.get('page')).toBe('2');
    expect(query?.has('orgUnitId')).toBe(false);
  });
});

describe('session handling', () => {
  let restore: () => void = () => {};
  afterEach(() => restore());

  it('hands a 401 to the unauthorized handler with the current path', async () => {
    const unauthorized = vi.fn();
    restore = setSessionHandlers({ unauthorized });
    window.history.pushState({}, '', '/org?x=1');
    mockApi({ 'GET /api/v1/me': problem(401, 'auth.required') });

    await expect(request(api.GET('/api/v1/me'))).rejects.toMatchObject({ status: 401 });
    expect(unauthorized).toHaveBeenCalledWith('/org?x=1');
  });

  it('does not redirect when the login call itself answers 401', async () => {
    const unauthorized = vi.fn();
    restore = setSessionHandlers({ unauthorized });
    mockApi({ 'POST /api/v1/auth/login': problem(401, 'auth.bad-credentials') });

    await expect(
      request(api.POST('/api/v1/auth/login', { body: { username: 'a', password: 'b' } })),
    ).rejects.toMatchObject({ code: 'auth.bad-credentials' });
    expect(unauthorized).not.toHaveBeenCalled();
  });

  it('sends a pending TOTP enrolment to its handler', async () => {
    const totpEnrolmentRequired = vi.fn();
    restore = setSessionHandlers({ totpEnrolmentRequired });
    mockApi({ 'GET /api/v1/org-units/roots': problem(403, 'auth.totp-enrolment-required') });

    await expect(request(api.GET('/api/v1/org-units/roots'))).rejects.toMatchObject({ status: 403 });
    expect(totpEnrolmentRequired).toHaveBeenCalledOnce();
  });
});
