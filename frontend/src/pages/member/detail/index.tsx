import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card } from 'antd';
import { Link, useParams } from 'react-router';
import { MemberDescriptions } from '../../../components/MemberDescriptions';
import { PageLoading } from '../../../components/PageLoading';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { useMember } from '../useMemberQueries';

export default function MemberDetailPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const member = useMember(id);
  return (
    <PageShell
      title={member.data?.fullName ?? t('member.detail.title')}
      extra={
        <Link to="/members">
          <Button icon={<ArrowLeftOutlined />}>{t('member.detail.back')}</Button>
        </Link>
      }
    >
      {member.isPending ? (
        <PageLoading />
      ) : member.isError ? (
        <ProblemAlert error={member.error} onRetry={() => member.refetch()} />
      ) : (
        <Card data-testid="member-detail">
          <MemberDescriptions member={member.data} />
          <Alert type="info" showIcon style={{ marginTop: 16 }} title={t('member.detail.audited')} />
        </Card>
      )}
    </PageShell>
  );
}
