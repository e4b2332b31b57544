import { LockOutlined, PlusOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import { Alert, Button, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { useSession } from '../../../session';
import { CASE_TYPES, type CaseSummary } from '../inspectionTypes';
import { type CaseFilter, useCases } from '../useInspectionQueries';
import { OpenCaseModal } from './OpenCaseModal';

/** The confidential cases of the caller's commissions (or naming the caller), and the dialog to open one. */
export default function CaseListPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const commission = me.roles.find((g) => g.role === 'INSPECTION')?.orgUnitId;
  const [filter, setFilter] = useState<CaseFilter>({ page: 0, size: 20 });
  const [opening, setOpening] = useState(false);
  const list = useCases(filter);
  const change = (next: Partial<CaseFilter>) => setFilter((f) => ({ ...f, page: 0, ...next }));

  const columns: TableColumnsType<CaseSummary> = [
    {
      key: 'title',
      title: t('inspection.column.title'),
      render: (_, c) => (
        <Flex vertical>
          <Link to={`/inspection/${c.id}`} data-testid={`case-link-${c.id}`}>
            {c.title}
          </Link>
          <Typography.Text type="secondary">{t(`inspection.type.${c.type}`)}</Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'subject',
      title: t('inspection.column.subject'),
      render: (_, c) => (
        <Flex vertical>
          <span>{c.subjectName}</span>
          <Typography.Text type="secondary">{t(`inspection.subjectKind.${c.subjectKind}`)}</Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'step',
      title: t('inspection.column.lastStep'),
      responsive: ['sm'],
      render: (_, c) =>
        c.lastStep ? `${t(`inspection.step.${c.lastStep}`)} · ${formatDate(c.lastStepOn)}` : '—',
    },
    {
      key: 'finding',
      title: t('inspection.column.finding'),
      render: (_, c) =>
        c.violationFound == null ? (
          '—'
        ) : c.violationFound ? (
          <Tag color="error">{t('inspection.file.violationFound')}</Tag>
        ) : (
          <Tag color="success">{t('inspection.file.noViolation')}</Tag>
        ),
    },
    { key: 'decisions', title: t('inspection.column.decisions'), dataIndex: 'decisions', responsive: ['md'] },
  ];

  return (
    <PageShell
      title={t('inspection.title')}
      extra={
        commission != null ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setOpening(true)}
            data-testid="case-open"
          >
            {t('inspection.open')}
          </Button>
        ) : null
      }
    >
      <Flex vertical gap="middle">
        <Alert type="info" showIcon icon={<LockOutlined />} title={t('inspection.intro')} />
        <Flex gap="small" wrap>
          <Input.Search
            allowClear
            placeholder={t('inspection.search')}
            aria-label={t('inspection.search')}
            onSearch={(q) => change({ q })}
            style={{ maxWidth: 320 }}
            data-testid="case-search"
          />
          <Select
            allowClear
            placeholder={t('inspection.column.type')}
            aria-label={t('inspection.column.type')}
            style={{ minWidth: 260 }}
            value={filter.type}
            onChange={(type) => change({ type })}
            options={CASE_TYPES.map((type) => ({ value: type, label: t(`inspection.type.${type}`) }))}
            data-testid="case-type-filter"
          />
          <Link to="/inspection/plans" data-testid="plans-link">
            {t('inspection.plan.title')}
          </Link>
        </Flex>
        {list.isError ? <ProblemAlert error={list.error} onRetry={() => list.refetch()} /> : null}
        <Table<CaseSummary>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.content ?? []}
          loading={list.isFetching}
          locale={{ emptyText: t('inspection.empty') }}
          pagination={{
            current: filter.page + 1,
            pageSize: filter.size,
            total: list.data?.totalElements ?? 0,
            onChange: (page, size) => setFilter((f) => ({ ...f, page: page - 1, size })),
          }}
          data-testid="case-table"
          scroll={{ x: true }}
        />
      </Flex>
      {opening ? <OpenCaseModal commissionUnitId={commission} onClose={() => setOpening(false)} /> : null}
    </PageShell>
  );
}
