import { Alert, Button, Card, Col, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { MemberDescriptions } from '../../components/MemberDescriptions';
import { PageShell } from '../../components/PageShell';
import { RoleList } from '../../components/RoleList';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { Dashboard } from './Dashboard';

/** The welcome page; staff who read member records also see the dashboard of their scope. */
export default function HomePage() {
  const { t } = useI18n();
  const { me, access } = useSession();
  const name = me.member?.fullName ?? me.account.displayName;
  return (
    <PageShell title={t('menu.home')}>
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0 }} data-testid="welcome">
          {t('home.welcome', { name })}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('home.intro')}
        </Typography.Paragraph>
      </Card>
      {access.isStaff && !me.account.totpEnabled ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('home.totpReminder')}
          action={
            <Link to="/me/totp">
              <Button size="small">{t('home.totpReminderAction')}</Button>
            </Link>
          }
        />
      ) : null}
      {access.canSeeMembers ? <Dashboard /> : null}
      <Row gutter={[16, 16]} style={access.canSeeMembers ? { marginTop: 16 } : undefined}>
        <Col xs={24} lg={me.member ? 10 : 24}>
          <Card title={t('home.roles')}>
            <RoleList roles={me.roles} emptyText={t('home.noRoles')} />
          </Card>
        </Col>
        {me.member ? (
          <Col xs={24} lg={14}>
            <Card
              title={t('home.memberCard')}
              data-testid="member-card"
              extra={
                <a href="/handbook" data-testid="open-handbook">
                  {t('home.openHandbook')}
                </a>
              }
            >
              <MemberDescriptions member={me.member} columns={1} />
            </Card>
          </Col>
        ) : null}
      </Row>
    </PageShell>
  );
}
