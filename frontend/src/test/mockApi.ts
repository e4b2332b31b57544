import { vi } from 'vitest';

export interface RecordedCall {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

/** JSON bodies parsed; others (multipart uploads) kept as text. */
function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

type Reply = Response | { status?: number; body?: unknown; problem?: boolean };
type Handler = (call: RecordedCall) => Reply | Promise<Reply>;

/** A problem-details answer as the server sends it. */
export function problem(status: number, code: string, extra: Record<string, unknown> = {}): Reply {
  return {
    status,
    problem: true,
    body: {
      type: `urn:dangvu:problem:${code}`,
      title: `Title of ${code}`,
      status,
      detail: `Detail of ${code}`,
      code,
      ...extra,
    },
  };
}

function toResponse(reply: Reply): Response {
  if (reply instanceof Response) return reply;
  const status = reply.status ?? 200;
  if (status === 204 || reply.body === undefined) return new Response(null, { status });
  return new Response(JSON.stringify(reply.body), {
    status,
    headers: { 'Content-Type': reply.problem ? 'application/problem+json' : 'application/json' },
  });
}

/**
 * Stubs `fetch`, the boundary under the typed client: routes are `"METHOD /path"` (path without query). An
 * unrouted call fails the test loudly with a 599.
 */
export function mockApi(routes: Record<string, Handler | Reply>) {
  const calls: RecordedCall[] = [];
  const fetch = vi.fn(async (input: Request) => {
    const url = new URL(input.url);
    const text = input.method === 'GET' || input.method === 'HEAD' ? '' : await input.clone().text();
    const call: RecordedCall = {
      method: input.method,
      path: url.pathname,
      query: url.searchParams,
      headers: input.headers,
      body: text ? parseBody(text) : undefined,
    };
    calls.push(call);
    const route = routes[`${call.method} ${call.path}`];
    if (!route) return new Response(`no mock for ${call.method} ${call.path}`, { status: 599 });
    return toResponse(typeof route === 'function' ? await route(call) : route);
  });
  vi.stubGlobal('fetch', fetch);
  return {
    calls,
    fetch,
    find: (method: string, path: string) => calls.filter((c) => c.method === method && c.path === path),
  };
}
