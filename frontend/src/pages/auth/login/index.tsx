import { LockOutlined, SafetyOutlined, StarFilled, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../../api/http';
import type { LoginStatus } from '../../../api/types';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { TOTP_ENROLMENT_PATH } from '../../../components/RequireAuth';
import { useI18n } from '../../../i18n';
import { loginErrorMessage, safeRedirect } from './messages';
import { usePasswordLogin, useTotpLogin } from './useLoginQueries';

interface Credentials {
  username: string;
  password: string;
}

/** Password first, then (for accounts with TOTP) the 6-digit code or a recovery code. */
export default function LoginPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const redirect = safeRedirect(params.get('redirect'));
  const [step, setStep] = useState<'password' | 'totp'>('password');
  const [useRecovery, setUseRecovery] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [passwordForm] = Form.useForm<Credentials>();
  const [totpForm] = Form.useForm<{ code: string }>();
  const passwordLogin = usePasswordLogin();
  const totpLogin = useTotpLogin();

  useEffect(() => {
    document.title = `${t('auth.login.title')} · ${t('common.appName')}`;
  }, [t]);

  // Whoever comes here (logout, expired session) leaves nothing of the previous session in the cache.
  useEffect(() => {
    queryClient.clear();
  }, [queryClient]);

  // The document types `status` as a plain string; these are its three values.
  const proceed = (status: LoginStatus | (string & {})) => {
    setError(null);
    if (status === 'TOTP_REQUIRED') {
      setStep('totp');
      return;
    }
    // A new session: nothing cached from before may leak into it.
    queryClient.clear();
    navigate(status === 'TOTP_ENROLMENT_REQUIRED' ? TOTP_ENROLMENT_PATH : redirect, { replace: true });
  };

  const submitPassword = (values: Credentials) => {
    setError(null);
    passwordLogin.mutate(
      { username: values.username.trim(), password: values.password },
      {
        onSuccess: (result) => proceed(result.status),
        onError: (e) => {
          setError(loginErrorMessage(e, t));
          passwordForm.setFieldValue('password', '');
        },
      },
    );
  };

  const submitCode = (values: { code: string }) => {
    setError(null);
    totpLogin.mutate(values.code.replace(/\s+/g, ''), {
      onSuccess: (result) => proceed(result.status),
      onError: (e) => {
        if (e instanceof ApiError && e.code === 'auth.totp-not-pending') {
          // The half-done login expired on the server: start again from the password.
          restart();
        }
        setError(loginErrorMessage(e, t));
        totpForm.setFieldValue('code', '');
      },
    });
  };

  const restart = () => {
    setStep('password');
    setUseRecovery(false);
    setError(null);
    passwordForm.resetFields();
    totpForm.resetFields();
  };

  return (
    <main className="login-page">
      <LanguageSwitch className="login-lang" />
      <Card className="login-card">
        <div className="login-brand">
          <StarFilled className="brand-star" aria-hidden />
          <Typography.Title level={1} style={{ margin: '4px 0 0', fontSize: 28 }}>
            {t('common.appName')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('common.appTagline')}</Typography.Text>
        </div>
        <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
          {step === 'password' ? t('auth.login.title') : t('auth.totp.title')}
        </Typography.Title>
        {error ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={error}
            data-testid="login-error"
            style={{ marginBottom: 16 }}
          />
        ) : null}

        {step === 'password' ? (
          <Form<Credentials>
            key="password"
            form={passwordForm}
            name="login"
            layout="vertical"
            requiredMark={false}
            onFinish={submitPassword}
            disabled={passwordLogin.isPending}
          >
            <Form.Item
              name="username"
              label={t('auth.login.username')}
              rules={[{ required: true, whitespace: true, message: t('auth.login.usernameRequired') }]}
            >
              <Input
                prefix={<UserOutlined aria-hidden />}
                autoComplete="username"
                autoFocus
                size="large"
                data-testid="login-username"
              />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('auth.login.password')}
              rules={[{ required: true, message: t('auth.login.passwordRequired') }]}
            >
              <Input.Password
                prefix={<LockOutlined aria-hidden />}
                autoComplete="current-password"
                size="large"
                data-testid="login-password"
              />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              block
              loading={passwordLogin.isPending}
              data-testid="login-submit"
            >
              {t('auth.login.submit')}
            </Button>
          </Form>
        ) : (
          // A key per step: antd binds a Form element to the first form instance it was given.
          <Form<{ code: string }>
            key="totp"
            form={totpForm}
            name="totp"
            layout="vertical"
            requiredMark={false}
            onFinish={submitCode}
            disabled={totpLogin.isPending}
          >
            <Typography.Paragraph type="secondary">
              {useRecovery ? t('auth.totp.recoveryHint') : t('auth.totp.hint')}
            </Typography.Paragraph>
            {useRecovery ? (
              <Form.Item
                key="recovery"
                name="code"
                label={t('auth.totp.recoveryCode')}
                rules={[{ required: true, whitespace: true, message: t('auth.totp.recoveryRequired') }]}
              >
                <Input autoComplete="off" autoFocus size="large" spellCheck={false} data-testid="totp-code" />
              </Form.Item>
            ) : (
              <Form.Item
                key="app"
                name="code"
                label={t('auth.totp.code')}
                rules={[
                  { required: true, message: t('auth.totp.codeRequired') },
                  { pattern: /^\s*\d{6}\s*$/, message: t('auth.totp.codeFormat') },
                ]}
              >
                <Input
                  prefix={<SafetyOutlined aria-hidden />}
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  maxLength={6}
                  autoFocus
                  size="large"
                  data-testid="totp-code"
                />
              </Form.Item>
            )}
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              block
              loading={totpLogin.isPending}
              data-testid="totp-submit"
            >
              {t('auth.totp.submit')}
            </Button>
            <Button
              type="link"
              block
              data-testid="totp-use-recovery"
              onClick={() => {
                setUseRecovery(!useRecovery);
                setError(null);
                totpForm.resetFields();
              }}
            >
              {useRecovery ? t('auth.totp.useApp') : t('auth.totp.useRecovery')}
            </Button>
            <Button type="link" block onClick={restart}>
              {t('auth.totp.restart')}
            </Button>
          </Form>
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          {t('auth.login.footer')}
        </Typography.Paragraph>
      </Card>
    </main>
  );
}
