import createClient, { type Middleware } from 'openapi-fetch';
import { getLanguage } from '../i18n';
import type { paths } from './generated/schema';
import { ApiError, networkError, toApiError } from './problem';

export { ApiError, type FieldError } from './problem';

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';
export const TOTP_ENROLMENT_REQUIRED = 'auth.totp-enrolment-required';
export const CSRF_REJECTED = 'auth.csrf';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);
const LOGIN_PATH = '/api/v1/auth/login';

export interface SessionHandlers {
  /** The session is gone (401): go to the login page, then come back to `redirect`. */
  unauthorized: (redirect: string) => void;
  /** A staff account must enrol TOTP before anything else (403 auth.totp-enrolment-required). */
  totpEnrolmentRequired: () => void;
}

function currentPath(): string {
  const { pathname, search, hash } = globalThis.location ?? { pathname: '/', search: '', hash: '' };
  return `${pathname}${search}${hash}`;
}

const defaultHandlers: SessionHandlers = {
  unauthorized: (redirect) => {
    if (globalThis.location?.pathname === '/login') return;
    globalThis.location.assign(`/login?redirect=${encodeURIComponent(redirect)}`);
  },
  totpEnrolmentRequired: () => {
    if (globalThis.location?.pathname === '/me/totp') return;
    globalThis.location.assign('/me/totp');
  },
};

let handlers: SessionHandlers = defaultHandlers;

/** Lets the app route session problems through its router (instead of a full page load). */
export function setSessionHandlers(next: Partial<SessionHandlers>): () => void {
  handlers = { ...defaultHandlers, ...next };
  return () => {
    handlers = defaultHandlers;
  };
}

/** The value of a cookie readable by scripts, or undefined. */
export function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.clone().text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function isLoginCall(request: Request): boolean {
  return new URL(request.url, 'http://localhost').pathname.startsWith(LOGIN_PATH);
}

/** Unsent copies of writes, to repeat one once when the CSRF token was missing or stale. */
const replayable = new Map<string, Request>();

/**
 * A write refused for its CSRF token (the first write of a page the server did not serve, e.g. under the dev
 * server) is sent once more: the refusal itself carried a fresh token cookie.
 */
async function replayWithFreshToken(copy: Request | undefined, sentToken: string | null) {
  const token = readCookie(CSRF_COOKIE);
  if (!copy || !token || token === sentToken) return undefined;
  copy.headers.set(CSRF_HEADER, token);
  return globalThis.fetch(copy);
}

/**
 * Every call: the UI language, the session cookie, the CSRF token on writes; every error answer becomes a thrown
 * {@link ApiError}, and a lost session or a pending TOTP enrolment is handed to the app.
 */
export const sessionMiddleware: Middleware = {
  onRequest({ request, id }) {
    request.headers.set('Accept-Language', getLanguage());
    if (!request.headers.has('Accept')) {
      request.headers.set('Accept', 'application/json, application/problem+json');
    }
    if (!SAFE_METHODS.has(request.method.toUpperCase())) {
      const token = readCookie(CSRF_COOKIE);
      if (token) request.headers.set(CSRF_HEADER, token);
      replayable.set(id, request.clone());
    }
    return request;
  },
  async onResponse({ request, response: first, id }) {
    const copy = replayable.get(id);
    replayable.delete(id);
    let response = first;
    let error = response.ok ? undefined : toApiError(response.status, await readBody(response));
    if (error?.status === 403 && error.code === CSRF_REJECTED) {
      const replayed = await replayWithFreshToken(copy, request.headers.get(CSRF_HEADER));
      if (replayed) {
        response = replayed;
        error = response.ok ? undefined : toApiError(response.status, await readBody(response));
      }
    }
    if (!error) return response === first ? undefined : response;
    if (error.status === 401 && !isLoginCall(request)) {
      handlers.unauthorized(currentPath());
    } else if (error.status === 403 && error.code === TOTP_ENROLMENT_REQUIRED) {
      handlers.totpEnrolmentRequired();
    }
    throw error;
  },
  onError({ error, id }) {
    replayable.delete(id);
    return error instanceof ApiError ? error : networkError();
  },
};

/** The typed API client (types generated from openapi.json with `npm run api`). */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
  // Looked up on each call, so tests can stub the global fetch after this module is loaded.
  fetch: (input: Request) => globalThis.fetch(input),
});
api.use(sessionMiddleware);

interface ClientResult<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/**
 * The data of a successful call. Failures have already been thrown as {@link ApiError} by the middleware; this
 * also covers a fetch that rejects before any middleware (offline).
 */
export async function request<D>(call: Promise<ClientResult<D>>): Promise<D> {
  let result: ClientResult<D>;
  try {
    result = await call;
  } catch (error) {
    throw error instanceof ApiError ? error : networkError();
  }
  if (!result.response.ok) throw toApiError(result.response.status, result.error);
  return result.data as D;
}
