import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Space, Tabs } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageLoading } from '../../../components/PageLoading';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { useSession } from '../../../session';
import { useMember } from '../useMemberQueries';
import { MemberDocuments } from './MemberDocuments';
import { MemberEditForm } from './MemberEditForm';
import { MemberFees } from './MemberFees';
import { MemberHistory } from './MemberHistory';
import { MemberProfile } from './MemberProfile';
import { MembershipAgeCard } from './MembershipAgeCard';
import { PartyHistory } from './PartyHistory';

export default function MemberDetailPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const { access } = useSession();
  const member = useMember(id);
  const [params] = useSearchParams();
  const [tab, setTab] = useState(() => {
    const wanted = params.get('tab');
    return wanted === 'party' || wanted === 'history' || wanted === 'documents' || wanted === 'fees'
      ? wanted
      : 'info';
  });
  const [editing, setEditing] = useState(false);
  // The roles that edit a record also record its steps; the server checks the member is in their scope.
  const canEdit = access.canRecordSteps;
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
                key: 'party',
                label: <span data-testid="member-tab-party">{t('member.partyHistory.tab')}</span>,
                children: (
                  <PartyHistory
                    memberId={id}
                    cellId={member.data.cellId}
                    active={tab === 'party'}
                    canRecord={canEdit}
                  />
                ),
              },
              {
                key: 'history',
                label: <span data-testid="member-tab-history">{t('member.profile.tabHistory')}</span>,
                children: <MemberHistory id={id} active={tab === 'history'} />,
              },
              {
                key: 'documents',
                label: <span data-testid="member-tab-documents">{t('memberFile.tab')}</span>,
                children: <MemberDocuments id={id} active={tab === 'documents'} canEdit={canEdit} />,
              },
              // the fee readers are the member readers (FeeController.READERS): whoever opens the record
              {
                key: 'fees',
                label: <span data-testid="member-tab-fees">{t('fee.profile.tab')}</span>,
                children: <MemberFees memberId={id} cellId={member.data.cellId} active={tab === 'fees'} />,
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
