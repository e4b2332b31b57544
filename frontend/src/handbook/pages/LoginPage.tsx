import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/http';
import { useI18n } from '../../i18n';
import { useLogin } from '../useHandbook';

/** Members log in with their party card number (or citizen ID) and password. */
export function LoginPage() {
  const { t } = useI18n();
  const login = useLogin();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string>();

  const redirect = params.get('redirect');
  const target = redirect?.startsWith('/handbook') ? redirect : '/handbook';

  function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(undefined);
    login.mutate(
      { username: username.trim(), password },
      {
        onSuccess: (result) => {
          if (result.status === 'AUTHENTICATED') navigate(target, { replace: true });
          else setMessage(t('handbook.login.staffOnly'));
        },
        onError: (error) => setMessage(error instanceof ApiError ? error.text : t('handbook.error')),
      },
    );
  }

  return (
    <main className="hb-login" id="hb-main">
      <img src="/handbook-icon.svg" alt="" width={64} height={64} />
      <h1>{t('handbook.login.title')}</h1>
      <p className="hb-muted">{t('handbook.login.intro')}</p>
      <form onSubmit={submit} className="hb-form" noValidate>
        <label htmlFor="hb-username">{t('handbook.login.username')}</label>
        <input
          id="hb-username"
          name="username"
          autoComplete="username"
          inputMode="numeric"
          required
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <label htmlFor="hb-password">{t('handbook.login.password')}</label>
        <input
          id="hb-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {message && (
          <p className="hb-alert" role="alert">
            {message}
          </p>
        )}
        <button type="submit" className="hb-button hb-primary" disabled={login.isPending}>
          {t('handbook.login.submit')}
        </button>
      </form>
    </main>
  );
}
