import { Card, Col, Descriptions, Row } from 'antd';
import { MemberDescriptions } from '../../../components/MemberDescriptions';
import { PageShell } from '../../../components/PageShell';
import { RoleList } from '../../../components/RoleList';
import { useI18n } from '../../../i18n';
import { useSession } from '../../../session';
import { PasswordForm } from './components/PasswordForm';
import { TotpSection } from './components/TotpSection';

export default function MePage() {
  const { t } = useI18n();
  const { me } = useSession();
  return (
    <PageShell title={t('account.me.title')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('account.me.account')} style={{ marginBottom: 16 }}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'username', label: t('account.me.username'), children: me.account.username },
                { key: 'displayName', label: t('account.me.displayName'), children: me.account.displayName },
              ]}
            />
          </Card>
          <Card title={t('account.me.roles')} style={{ marginBottom: 16 }}>
            <RoleList roles={me.roles} emptyText={t('account.me.noRoles')} />
          </Card>
          {me.member ? (
            <Card title={t('account.me.memberCard')} data-testid="member-card">
              <MemberDescriptions member={me.member} columns={1} />
            </Card>
          ) : null}
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('account.totp.title')} style={{ marginBottom: 16 }}>
            <TotpSection account={me.account} />
          </Card>
          <Card title={t('account.password.title')}>
            <PasswordForm />
          </Card>
        </Col>
      </Row>
    </PageShell>
  );
}
