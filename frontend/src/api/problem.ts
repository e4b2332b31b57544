import { t } from '../i18n';

/** One field at fault, as the server names it (`field` is the request property path). */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/**
 * An error answer of the API (RFC 9457 problem detail) or a failure to reach it (status 0). `title` and
 * `detail` come localized from the server; `code` is the stable key to branch on.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string | undefined,
    readonly fieldErrors: FieldError[] = [],
    readonly extensions: Readonly<Record<string, unknown>> = {},
    readonly traceId?: string,
  ) {
    super(detail ?? title);
    this.name = 'ApiError';
  }

  /** The text to show: the server's detail, else its title. */
  get text(): string {
    return this.detail ?? this.title;
  }
}

const STANDARD_MEMBERS = new Set([
  'type',
  'title',
  'status',
  'detail',
  'instance',
  'code',
  'errors',
  'traceId',
]);

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function fieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((e): e is Record<string, unknown> => e !== null && typeof e === 'object')
    .map((e) => ({
      field: String(e.field ?? ''),
      code: String(e.code ?? ''),
      message: String(e.message ?? ''),
    }));
}

/** The code of a problem: its `code` member, else the tail of a `urn:…:problem:<code>` type. */
function problemCode(body: Record<string, unknown>, status: number): string {
  const code = str(body.code);
  if (code) return code;
  const type = str(body.type);
  const marker = ':problem:';
  if (type?.includes(marker)) return type.slice(type.lastIndexOf(marker) + marker.length);
  return `http.${status}`;
}

/** Turns an error response body (parsed JSON, or text) into an {@link ApiError}. */
export function toApiError(status: number, body: unknown): ApiError {
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    const problem = body as Record<string, unknown>;
    const extensions: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(problem)) {
      if (!STANDARD_MEMBERS.has(key)) extensions[key] = value;
    }
    return new ApiError(
      typeof problem.status === 'number' ? problem.status : status,
      problemCode(problem, status),
      str(problem.title) ?? t('common.error.title'),
      str(problem.detail),
      fieldErrors(problem.errors),
      extensions,
      str(problem.traceId),
    );
  }
  return new ApiError(status, `http.${status}`, t('common.error.title'), t('common.error.http', { status }));
}

/** A request that never got an answer (offline, DNS, server down). */
export function networkError(): ApiError {
  return new ApiError(0, 'network', t('common.error.title'), t('common.error.network'));
}
