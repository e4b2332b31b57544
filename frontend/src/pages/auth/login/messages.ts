import { ApiError } from '../../../api/http';
import type { MessageKey, MessageParams } from '../../../i18n';
import { formatTimeDate } from '../../../i18n/format';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** What to tell the user about a failed login step: our own clear wording for the known codes. */
export function loginErrorMessage(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('common.error.network');
  switch (error.code) {
    case 'auth.bad-credentials':
      return t('auth.login.badCredentials');
    case 'auth.locked': {
      const until = error.extensions.lockedUntil;
      return typeof until === 'string' && until
        ? t('auth.login.locked', { until: formatTimeDate(until) })
        : t('auth.login.lockedNoTime');
    }
    case 'auth.rate-limited':
      return t('auth.login.rateLimited');
    case 'auth.totp-invalid':
      return t('auth.totp.invalid');
    default:
      return error.text;
  }
}

/** Only same-site paths are followed after login, never another origin or the login page itself. */
export function safeRedirect(value: string | null): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value === '/login' || value.startsWith('/login?')) return '/';
  return value;
}
