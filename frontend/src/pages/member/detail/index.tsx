import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Space, Tabs } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Role } from '../../../api/types';
import { PageLoading } from '../../../components/PageLoading';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { useSession } from '../../../session';
import { useMember } from '../useMemberQueries';
import { MemberEditForm } from './MemberEditForm';
import { MemberHistory } from './MemberHistory';
import { MemberProfile } from './MemberProfile';
import { MembershipAgeCard } from './MembershipAgeCard';

/** Roles that may edit a record; the server also checks that the member is in the editor's scope. */
const EDITOR_ROLES: readonly Role[] = ['CELL_SECRETARY', 'ORG_STAFF', 'CITY_ORGANISATION'];

export default function MemberDetailPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const { me } = useSession();
  const member = useMember(id);
  const [tab, setTab] = useState('info');
  const [editing, setEditing] = useState(false);
  const canEdit = me.roles.some((grant) => EDITOR_ROLES.includes(grant.role));
  return (
    <PageShell
      title={member.data?.fullName ?? t('member.detail.title')}
      extra={
        <Space>
          {canEdit && member.data ? (
            <Button
              type="primary"
              icon={<EditOutlined />}
              onClick={() => setEditing(true)}
              data-testid="member-edit"
            >
              {t('member.profile.edit')}
            </Button>
          ) : null}
          <Link to="/members">
            <Button icon={<ArrowLeftOutlined />}>{t('member.detail.back')}</Button>
          </Link>
        </Space>
      }
    >
      {member.isPending ? (
        <PageLoading />
      ) : member.isError ? (
        <ProblemAlert error={member.error} onRetry={() => member.refetch()} />
      ) : (
        <Card data-testid="member-detail">
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              {
                key: 'info',
                label: t('member.profile.tabInfo'),
                children: (
                  <Flex vertical gap={16}>
                    <MembershipAgeCard id={id} admitted={member.data.admittedOn != null} />
                    <MemberProfile member={member.data} canEdit={canEdit} />
                  </Flex>
                ),
              },
              {
                key: 'history',
                label: <span data-testid="member-tab-history">{t('member.profile.tabHistory')}</span>,
                children: <MemberHistory id={id} active={tab === 'history'} />,
              },
            ]}
          />
          <Alert type="info" showIcon style={{ marginTop: 16 }} title={t('member.detail.audited')} />
          {editing ? (
            <MemberEditForm
              member={member.data}
              open={editing}
              onClose={() => setEditing(false)}
              onReload={() => {
                setEditing(false);
                member.refetch().then(() => setEditing(true));
              }}
            />
          ) : null}
        </Card>
      )}
    </PageShell>
  );
}
