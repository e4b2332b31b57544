import { PlusOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import { Button, Card, Flex, Form, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageShell } from '../../components/PageShell';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { useSession } from '../../session';
import { CreateProgrammeModal, PROGRAMME_WRITER_ROLES } from './ProgrammeForms';
import type { ProgrammeSummary } from './programmeTypes';
import { useProgrammes } from './useProgrammeQueries';

const PAGE_SIZE = 20;

/** Work programmes the user may read: those issued by their units and by the units above them. */
export default function ProgrammeListPage() {
  const { t } = useI18n();
  const [unitId, setUnitId] = useState<number | undefined>();
  const [page, setPage] = useState(0);
  const [creating, setCreating] = useState(false);
  const { me } = useSession();
  const canWrite = me.roles.some((g) => PROGRAMME_WRITER_ROLES.has(g.role));
  const list = useProgrammes(unitId, page, PAGE_SIZE);
  const columns: TableColumnsType<ProgrammeSummary> = [
    {
      key: 'code',
      title: t('programme.column.code'),
      render: (_, row) => <Typography.Text strong>{row.code}</Typography.Text>,
      width: 140,
    },
    {
      key: 'title',
      title: t('programme.column.title'),
      render: (_, row) => (
        <Flex vertical>
          <Link to={`/programmes/${row.id}`} data-testid={`programme-open-${row.code}`}>
            {row.title}
          </Link>
          <Typography.Text type="secondary">
            {row.issuingUnitName}
            {row.parentProgrammeId ? (
              <Tag style={{ marginInlineStart: 8 }} color="purple">
                {t('programme.detail.parent')}
              </Tag>
            ) : null}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'period',
      title: t('programme.column.period'),
      render: (_, row) => `${formatDate(row.periodFrom)} – ${formatDate(row.periodTo)}`,
      responsive: ['md'],
    },
    {
      key: 'counts',
      title: t('programme.column.counts'),
      render: (_, row) => t('programme.counts', { indicators: row.indicators, tasks: row.tasks }),
      responsive: ['lg'],
    },
  ];
  return (
    <PageShell
      title={t('programme.title')}
      extra={
        canWrite ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="programme-create"
          >
            {t('programme.create.title')}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{t('programme.intro')}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="vertical">
          <Form.Item
            label={t('programme.filter.orgUnit')}
            htmlFor="programme-org"
            style={{ marginBottom: 0 }}
          >
            <OrgTreeSelect
              id="programme-org"
              testId="programme-org"
              value={unitId}
              onChange={(v) => {
                setUnitId(v);
                setPage(0);
              }}
            />
          </Form.Item>
        </Form>
      </Card>
      <ProblemAlert error={list.error} onRetry={() => list.refetch()} />
      <Table<ProgrammeSummary>
        rowKey="id"
        data-testid="programme-list"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.content ?? []}
        locale={{ emptyText: t('programme.empty') }}
        pagination={{
          current: page + 1,
          pageSize: PAGE_SIZE,
          total: list.data?.totalElements ?? 0,
          showSizeChanger: false,
          onChange: (p) => setPage(p - 1),
        }}
      />
      {creating ? <CreateProgrammeModal onClose={() => setCreating(false)} /> : null}
    </PageShell>
  );
}
