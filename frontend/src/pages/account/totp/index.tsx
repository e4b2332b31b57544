import { CopyOutlined, DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, Form, Input, QRCode, Row, Steps, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api/http';
import { PageLoading } from '../../../components/PageLoading';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { useSession } from '../../../session';
import { useConfirmTotpEnrolment, useStartTotpEnrolment } from '../useAccountQueries';
import { groupSecret, recoveryFile } from './recovery';

/** TOTP enrolment: scan the secret, prove it with a code, then keep the recovery codes (shown once). */
export default function TotpEnrolmentPage() {
  const { t } = useI18n();
  const { me, access } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const start = useStartTotpEnrolment();
  const confirm = useConfirmTotpEnrolment();
  const [form] = Form.useForm<{ code: string }>();
  const [codes, setCodes] = useState<string[] | null>(null);
  const started = useRef(false);

  useEffect(() => {
    // Once per visit, also under StrictMode's double effects: every call makes a new secret.
    if (started.current) return;
    started.current = true;
    start.mutate();
  }, [start]);

  const submit = ({ code }: { code: string }) => {
    confirm.mutate(code.replace(/\s+/g, ''), {
      onSuccess: (result) => setCodes(result.recoveryCodes),
      onError: (error) => {
        if (error instanceof ApiError && (error.code === 'auth.totp-invalid' || error.status === 422)) {
          form.setFields([
            {
              name: 'code',
              errors: [error.code === 'auth.totp-invalid' ? t('account.enrol.invalid') : error.text],
              value: '',
            },
          ]);
        }
      },
    });
  };

  const copyCodes = async () => {
    if (!codes) return;
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      message.success(t('common.states.copied'));
    } catch {
      message.error(t('common.error.title'));
    }
  };

  const downloadCodes = () => {
    if (!codes) return;
    const text = recoveryFile(
      t('account.enrol.recoveryFileTitle'),
      t('account.enrol.recoveryFileAccount', { username: me.account.username }),
      codes,
    );
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `dangvu-recovery-codes-${me.account.username}.txt`;
    link.click();
    URL.revokeObjectURL(url);
  };

  const step = codes ? 2 : start.data ? 1 : 0;
  const confirmError =
    confirm.error instanceof ApiError &&
    confirm.error.code !== 'auth.totp-invalid' &&
    confirm.error.status !== 422;

  return (
    <PageShell title={t('account.enrol.title')}>
      {access.totpEnrolmentRequired && !codes ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('account.enrol.requiredNotice')}
        />
      ) : null}
      <Card>
        <Steps
          current={step}
          size="small"
          style={{ marginBottom: 24 }}
          items={[
            { title: t('account.enrol.stepScan') },
            { title: t('account.enrol.stepVerify') },
            { title: t('account.enrol.stepCodes') },
          ]}
        />
        {codes ? (
          <div>
            <Alert type="success" showIcon title={t('account.enrol.done')} style={{ marginBottom: 16 }} />
            <Alert
              type="warning"
              showIcon
              title={t('account.enrol.recoveryWarning')}
              style={{ marginBottom: 16 }}
            />
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              {t('account.enrol.recoveryTitle')}
            </Typography.Title>
            <ul className="recovery-codes" data-testid="recovery-codes">
              {codes.map((code) => (
                <li key={code}>{code}</li>
              ))}
            </ul>
            <Flex gap="small" wrap style={{ marginTop: 16 }}>
              <Button icon={<CopyOutlined />} onClick={copyCodes} data-testid="recovery-copy">
                {t('common.actions.copy')}
              </Button>
              <Button icon={<DownloadOutlined />} onClick={downloadCodes} data-testid="recovery-download">
                {t('common.actions.download')}
              </Button>
              <Button
                type="primary"
                onClick={() => navigate('/', { replace: true })}
                data-testid="recovery-finish"
              >
                {t('account.enrol.finish')}
              </Button>
            </Flex>
          </div>
        ) : start.isError ? (
          <ProblemAlert error={start.error} onRetry={() => start.mutate()} />
        ) : !start.data ? (
          <PageLoading />
        ) : (
          <Row gutter={[24, 24]}>
            <Col xs={24} md={10}>
              <Typography.Paragraph>{t('account.enrol.scan')}</Typography.Paragraph>
              <div data-testid="totp-qr" role="img" aria-label={t('account.enrol.qrLabel')}>
                <QRCode value={start.data.otpauthUri} size={200} bordered errorLevel="M" />
              </div>
              <Typography.Paragraph style={{ marginTop: 16, marginBottom: 4 }}>
                {t('account.enrol.manual')}
              </Typography.Paragraph>
              <Typography.Text
                className="totp-secret"
                copyable={{ text: start.data.secret }}
                data-testid="totp-secret"
                aria-label={t('account.enrol.secretLabel')}
              >
                {groupSecret(start.data.secret)}
              </Typography.Text>
            </Col>
            <Col xs={24} md={14}>
              {confirmError ? (
                <div style={{ marginBottom: 16 }}>
                  <ProblemAlert error={confirm.error} />
                </div>
              ) : null}
              <Form
                form={form}
                name="totp-enrol"
                layout="vertical"
                onFinish={submit}
                style={{ maxWidth: 320 }}
              >
                <Form.Item
                  name="code"
                  label={t('account.enrol.code')}
                  rules={[
                    { required: true, message: t('account.enrol.codeRequired') },
                    { pattern: /^\s*\d{6}\s*$/, message: t('account.enrol.codeFormat') },
                  ]}
                >
                  <Input
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    maxLength={6}
                    size="large"
                    data-testid="totp-enrol-code"
                  />
                </Form.Item>
                <Flex gap="small" wrap>
                  <Button
                    type="primary"
                    htmlType="submit"
                    loading={confirm.isPending}
                    data-testid="totp-enrol-submit"
                  >
                    {t('account.enrol.submit')}
                  </Button>
                  <Button
                    icon={<ReloadOutlined />}
                    onClick={() => {
                      form.resetFields();
                      start.mutate();
                    }}
                    disabled={start.isPending}
                  >
                    {t('account.enrol.restart')}
                  </Button>
                </Flex>
              </Form>
            </Col>
          </Row>
        )}
      </Card>
    </PageShell>
  );
}
