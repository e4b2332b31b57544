import { PlusOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import { Alert, Button, Flex, InputNumber, Progress, Select, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { PLAN_ACTIVITIES, type PlanSummary } from '../planTypes';
import { type PlanFilter, usePlans } from '../usePlanQueries';
import { PlanDialog } from './PlanDialog';

/** The inspection and supervision plans of the caller's commissions, committees and cells, with their progress. */
export default function PlanListPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<PlanFilter>({ year: dayjs().year(), page: 0, size: 20 });
  const [creating, setCreating] = useState(false);
  const list = usePlans(filter);
  const change = (next: Partial<PlanFilter>) => setFilter((f) => ({ ...f, page: 0, ...next }));

  const columns: TableColumnsType<PlanSummary> = [
    {
      key: 'title',
      title: t('inspection.plan.column.title'),
      render: (_, p) => (
        <Flex vertical>
          <Link to={`/inspection/plans/${p.id}`} data-testid={`plan-link-${p.id}`}>
            {p.title}
          </Link>
          <Typography.Text type="secondary">
            {t(`inspection.plan.activity.${p.activity}`)}
            {p.decisionNumber ? ` · ${p.decisionNumber}` : ''}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'owner',
      title: t('inspection.plan.column.owner'),
      render: (_, p) => (
        <Flex vertical>
          <span>{p.ownerName}</span>
          <Typography.Text type="secondary">{t(`inspection.plan.owner.${p.owner}`)}</Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'period',
      title: t('inspection.plan.column.period'),
      responsive: ['sm'],
      render: (_, p) =>
        p.periodKind === 'YEAR' ? (
          t('inspection.plan.period.year', { year: p.year ?? '' })
        ) : (
          <Flex vertical>
            <Tag>{t('inspection.plan.periodKind.TERM')}</Tag>
            <span>
              {formatDate(p.periodFrom)} – {formatDate(p.periodTo)}
            </span>
          </Flex>
        ),
    },
    {
      key: 'progress',
      title: t('inspection.plan.column.progress'),
      render: (_, p) => (
        <Flex vertical style={{ minWidth: 160 }}>
          <Progress
            percent={p.progress.percentDone}
            size="small"
            status={p.progress.overdue > 0 ? 'exception' : undefined}
            aria-label={t('inspection.plan.progress.percent', { percent: p.progress.percentDone })}
          />
          <Typography.Text type="secondary">
            {t('inspection.plan.progress.short', {
              done: p.progress.done,
              planned: p.progress.planned,
              overdue: p.progress.overdue,
            })}
          </Typography.Text>
        </Flex>
      ),
    },
  ];

  return (
    <PageShell
      title={t('inspection.plan.title')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="plan-create"
        >
          {t('inspection.plan.create')}
        </Button>
      }
    >
      <Flex vertical gap="middle">
        <Alert type="info" showIcon title={t('inspection.plan.intro')} />
        <Flex gap="small" wrap>
          <InputNumber
            min={2000}
            max={2100}
            value={filter.year}
            onChange={(year) => change({ year: year ?? undefined })}
            placeholder={t('inspection.plan.form.year')}
            aria-label={t('inspection.plan.form.year')}
            data-testid="plan-year-filter"
          />
          <Select
            allowClear
            placeholder={t('inspection.plan.form.activity')}
            aria-label={t('inspection.plan.form.activity')}
            style={{ minWidth: 200 }}
            value={filter.activity}
            onChange={(activity) => change({ activity })}
            options={PLAN_ACTIVITIES.map((a) => ({ value: a, label: t(`inspection.plan.activity.${a}`) }))}
            data-testid="plan-activity-filter"
          />
          <Link to="/inspection">{t('inspection.plan.toCases')}</Link>
        </Flex>
        {list.isError ? <ProblemAlert error={list.error} onRetry={() => list.refetch()} /> : null}
        <Table<PlanSummary>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.content ?? []}
          loading={list.isFetching}
          locale={{ emptyText: t('inspection.plan.empty') }}
          pagination={{
            current: filter.page + 1,
            pageSize: filter.size,
            total: list.data?.totalElements ?? 0,
            onChange: (page, size) => setFilter((f) => ({ ...f, page: page - 1, size })),
          }}
          data-testid="plan-table"
          scroll={{ x: true }}
        />
      </Flex>
      {creating ? <PlanDialog onClose={() => setCreating(false)} /> : null}
    </PageShell>
  );
}
