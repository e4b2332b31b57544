import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { Account } from '../../../../api/types';
import { useI18n } from '../../../../i18n';

export function TotpSection({ account }: { account: Account }) {
  const { t } = useI18n();
  return (
    <div data-testid="totp-section">
      <Flex gap="small" align="center" wrap style={{ marginBottom: 12 }}>
        <Tag color={account.totpEnabled ? 'green' : 'default'} data-testid="totp-status">
          {account.totpEnabled ? t('account.totp.enabled') : t('account.totp.disabled')}
        </Tag>
        {account.totpRequired ? (
          <Typography.Text type="secondary">{t('account.totp.required')}</Typography.Text>
        ) : null}
      </Flex>
      <Typography.Paragraph type="secondary">{t('account.totp.explain')}</Typography.Paragraph>
      <Link to="/me/totp">
        <Button
          type={account.totpEnabled ? 'default' : 'primary'}
          icon={<SafetyCertificateOutlined />}
          data-testid="totp-enable"
        >
          {account.totpEnabled ? t('account.totp.reenrol') : t('account.totp.enable')}
        </Button>
      </Link>
    </div>
  );
}
