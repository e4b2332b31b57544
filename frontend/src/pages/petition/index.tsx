import { PlusOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import { Button, Card, Flex, Form, Segmented, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageShell } from '../../components/PageShell';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { useSession } from '../../session';
import { AgeingPanel } from './components/AgeingPanel';
import { IntakeModal } from './components/IntakeModal';
import { ReceptionPanel } from './components/ReceptionPanel';
import { deadlineColor, KINDS } from './petitionModel';
import type { PetitionKind, PetitionSummary } from './petitionTypes';
import { type PetitionFilter, usePetitions } from './usePetitionQueries';

const PAGE_SIZE = 20;
const HANDLER_ROLES = new Set(['PETITION_STAFF', 'LEADERSHIP']);

/**
 * Citizens' petitions: the inbox with deadline colours, intake, the ageing report of open cases and the reception
 * days of committee heads.
 */
export default function PetitionPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const home = me.roles.find((g) => HANDLER_ROLES.has(g.role))?.orgUnitId;
  const [unitId, setUnitId] = useState<number | undefined>(home);
  const [tab, setTab] = useState('inbox');
  const [intake, setIntake] = useState(false);
  return (
    <PageShell
      title={t('petition.title')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setIntake(true)}
          data-testid="petition-receive"
        >
          {t('petition.receive')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('petition.intro')}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="vertical">
          <Form.Item label={t('petition.filter.orgUnit')} htmlFor="petition-org" style={{ marginBottom: 0 }}>
            <OrgTreeSelect id="petition-org" testId="petition-org" value={unitId} onChange={setUnitId} />
          </Form.Item>
        </Form>
      </Card>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'inbox',
            label: <span data-testid="petition-tab-inbox">{t('petition.tab.inbox')}</span>,
            children: <Inbox unitId={unitId} />,
          },
          {
            key: 'ageing',
            label: <span data-testid="petition-tab-ageing">{t('petition.tab.ageing')}</span>,
            children: <AgeingPanel unitId={unitId} active={tab === 'ageing'} />,
          },
          {
            key: 'reception',
            label: <span data-testid="petition-tab-reception">{t('petition.tab.reception')}</span>,
            children: <ReceptionPanel unitId={unitId} active={tab === 'reception'} />,
          },
        ]}
      />
      {intake ? <IntakeModal unitId={unitId} onClose={() => setIntake(false)} /> : null}
    </PageShell>
  );
}

function Inbox({ unitId }: { unitId: number | undefined }) {
  const { t } = useI18n();
  const [scope, setScope] = useState<'open' | 'overdue' | 'all'>('open');
  const [kind, setKind] = useState<PetitionKind | undefined>();
  const [page, setPage] = useState(0);
  const filter: PetitionFilter = {
    orgUnitId: unitId,
    kind,
    open: scope === 'open',
    overdue: scope === 'overdue',
    page,
    size: PAGE_SIZE,
  };
  const list = usePetitions(filter);
  const columns: TableColumnsType<PetitionSummary> = [
    {
      key: 'receivedOn',
      title: t('petition.column.receivedOn'),
      render: (_, row) => formatDate(row.receivedOn),
      responsive: ['md'],
    },
    {
      key: 'subject',
      title: t('petition.column.subject'),
      render: (_, row) => (
        <Flex vertical>
          <Link to={`/petitions/${row.id}`} data-testid={`petition-open-${row.id}`}>
            {row.subject}
          </Link>
          <Typography.Text type="secondary">
            {row.petitionerName} · {row.handlingUnitName}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'kind',
      title: t('petition.column.kind'),
      render: (_, row) => t(`petition.kind.${row.kind ?? 'NONE'}`),
      responsive: ['sm'],
    },
    {
      key: 'state',
      title: t('petition.column.state'),
      render: (_, row) => t(`petition.state.${row.state}`),
      responsive: ['sm'],
    },
    {
      key: 'due',
      title: t('petition.column.due'),
      render: (_, row) => (
        <Tag color={deadlineColor(row.deadline)} data-testid={`petition-deadline-${row.id}`}>
          {row.due ? `${formatDate(row.due)} · ` : ''}
          {t(`petition.deadline.${row.deadline}`)}
        </Tag>
      ),
    },
  ];
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented
          aria-label={t('petition.column.state')}
          value={scope}
          onChange={(value) => {
            setScope(value as typeof scope);
            setPage(0);
          }}
          options={[
            { value: 'open', label: t('petition.filter.open') },
            { value: 'overdue', label: t('petition.filter.overdue') },
            { value: 'all', label: t('petition.filter.all') },
          ]}
        />
        <Select<PetitionKind>
          allowClear
          aria-label={t('petition.column.kind')}
          placeholder={t('petition.column.kind')}
          style={{ minWidth: 160 }}
          value={kind}
          onChange={(value) => {
            setKind(value);
            setPage(0);
          }}
          options={KINDS.map((k) => ({ value: k, label: t(`petition.kind.${k}`) }))}
        />
      </Space>
      <ProblemAlert error={list.error} onRetry={() => list.refetch()} />
      <Table<PetitionSummary>
        rowKey="id"
        data-testid="petition-table"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.content ?? []}
        locale={{ emptyText: t('petition.empty') }}
        pagination={{
          current: page + 1,
          pageSize: PAGE_SIZE,
          total: list.data?.totalElements ?? 0,
          showSizeChanger: false,
          onChange: (p) => setPage(p - 1),
        }}
      />
    </>
  );
}
