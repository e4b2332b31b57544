import { LockOutlined, PlusOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import { Alert, Button, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageShell } from '../../components/PageShell';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { useSession } from '../../session';
import { DeadlineTag } from './DeadlineTag';
import { type DenunciationSummary, STATE_COLORS, STATES } from './denunciationTypes';
import { ReceiveModal } from './ReceiveModal';
import { type DenunciationFilter, useDenunciations } from './useDenunciationQueries';

/** The register of party-internal denunciations of the caller's commissions, with deadline colours. */
export default function DenunciationListPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const commission = me.roles.find((g) => g.role === 'INSPECTION')?.orgUnitId;
  const [filter, setFilter] = useState<DenunciationFilter>({ page: 0, size: 20 });
  const [receiving, setReceiving] = useState(false);
  const list = useDenunciations(filter);
  const change = (next: Partial<DenunciationFilter>) => setFilter((f) => ({ ...f, page: 0, ...next }));

  const columns: TableColumnsType<DenunciationSummary> = [
    {
      key: 'accused',
      title: t('denunciation.column.accused'),
      render: (_, d) => (
        <Flex vertical>
          <Link
            to={`/denunciations/${d.id}`}
            data-testid={`denunciation-link-${d.id}`}
            style={{ minWidth: 140, display: 'inline-block' }}
          >
            {d.accusedName}
          </Link>
          <Typography.Text type="secondary">{t(`inspection.subjectKind.${d.accusedKind}`)}</Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'received',
      title: t('denunciation.column.receivedOn'),
      responsive: ['sm'],
      render: (_, d) => (
        <Flex vertical>
          <span>{formatDate(d.receivedOn)}</span>
          <Typography.Text type="secondary">{t(`denunciation.channel.${d.channel}`)}</Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'state',
      title: t('denunciation.column.state'),
      render: (_, d) => (
        <Flex vertical align="start" gap={2}>
          <Tag color={STATE_COLORS[d.state]}>{t(`denunciation.state.${d.state}`)}</Tag>
          {d.notHandledReason ? (
            <Typography.Text type="secondary">
              {t(`denunciation.reason.${d.notHandledReason}`)}
            </Typography.Text>
          ) : null}
          <DeadlineTag dueOn={d.dueOn} workingDaysLeft={d.workingDaysLeft} />
        </Flex>
      ),
    },
  ];

  return (
    <PageShell
      title={t('denunciation.title')}
      extra={
        commission != null ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setReceiving(true)}
            data-testid="denunciation-receive"
          >
            {t('denunciation.receive')}
          </Button>
        ) : null
      }
    >
      <Flex vertical gap="middle">
        <Alert type="info" showIcon icon={<LockOutlined />} title={t('denunciation.intro')} />
        <Flex gap="small" wrap>
          <Input.Search
            allowClear
            placeholder={t('denunciation.search')}
            aria-label={t('denunciation.search')}
            onSearch={(q) => change({ q })}
            style={{ maxWidth: 320 }}
            data-testid="denunciation-search"
          />
          <Select
            allowClear
            placeholder={t('denunciation.stateFilter')}
            aria-label={t('denunciation.stateFilter')}
            style={{ minWidth: 220 }}
            value={filter.state}
            onChange={(state) => change({ state })}
            options={STATES.map((s) => ({ value: s, label: t(`denunciation.state.${s}`) }))}
            data-testid="denunciation-state-filter"
          />
        </Flex>
        {list.isError ? <ProblemAlert error={list.error} onRetry={() => list.refetch()} /> : null}
        <Table<DenunciationSummary>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.content ?? []}
          loading={list.isFetching}
          locale={{ emptyText: t('denunciation.empty') }}
          pagination={{
            current: filter.page + 1,
            pageSize: filter.size,
            total: list.data?.totalElements ?? 0,
            onChange: (page, size) => setFilter((f) => ({ ...f, page: page - 1, size })),
          }}
          data-testid="denunciation-table"
          scroll={{ x: true }}
        />
      </Flex>
      {receiving ? <ReceiveModal commissionUnitId={commission} onClose={() => setReceiving(false)} /> : null}
    </PageShell>
  );
}
