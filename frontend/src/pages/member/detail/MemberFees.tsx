import { Descriptions, Empty, Flex, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { FeeBasis, FeeMonth, FeeRelief } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatMonth, formatVnd, STATUS_COLOR } from '../../fee/feeModel';
import { useFeeMemberRecord } from '../../fee/useFeeQueries';

interface Props {
  memberId: string;
  cellId: number;
  active: boolean;
}

/** The basis in force in a month (`yyyy-MM`): the latest that starts in it or before. */
export function basisInForce(bases: FeeBasis[], month: string): FeeBasis | undefined {
  return bases.filter((b) => b.fromMonth <= month).sort((a, b) => b.fromMonth.localeCompare(a.fromMonth))[0];
}

/**
 * The member's party fees on the staff profile (read by the fee readers of the member's scope; the server audits the
 * read): the basis in force and its history, exemptions and reductions, "paid up to" and the year month by month.
 */
export function MemberFees({ memberId, cellId, active }: Props) {
  const { t } = useI18n();
  const [year, setYear] = useState<number | undefined>(undefined);
  const record = useFeeMemberRecord(memberId, year, active);

  if (record.isError) return <ProblemAlert error={record.error} onRetry={() => record.refetch()} />;
  if (!record.data) return <Skeleton active />;

  const { year: months, bases, reliefs } = record.data;
  const shownYear = months.year;
  const lastMonth = months.months[months.months.length - 1]?.month ?? `${shownYear}-12`;
  const current = basisInForce(bases, lastMonth);
  const yearOptions = [shownYear - 2, shownYear - 1, shownYear, shownYear + 1].map((y) => ({
    value: y,
    label: y,
  }));

  return (
    <Flex vertical gap={16} data-testid="member-fees">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('fee.profile.intro')}</Typography.Text>
        <Flex align="center" gap={8}>
          <label htmlFor="member-fee-year">{t('fee.filter.year')}</label>
          <Select<number>
            id="member-fee-year"
            value={shownYear}
            options={yearOptions}
            onChange={setYear}
            style={{ width: 100 }}
            data-testid="member-fee-year"
          />
        </Flex>
      </Flex>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('fee.profile.category')}>
          {current ? t(`fee.category.${current.category}` as never) : t('fee.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('fee.profile.amount')}>
          {current?.amount != null ? formatVnd(current.amount) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('fee.column.paidUpTo')}>
          <span data-testid="member-fee-paid-up-to">
            {months.paidUpTo ? formatMonth(months.paidUpTo) : t('fee.none')}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('fee.profile.yearTotals', { year: shownYear })}>
          {t('fee.profile.totals', { due: formatVnd(months.due), paid: formatVnd(months.paid) })}
        </Descriptions.Item>
      </Descriptions>

      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('fee.profile.months', { year: shownYear })}
      </Typography.Title>
      <Table<FeeMonth>
        data-testid="member-fee-months"
        size="small"
        rowKey="month"
        dataSource={months.months}
        pagination={false}
        scroll={{ x: 480 }}
        loading={record.isFetching}
        columns={[
          { key: 'month', title: t('fee.pay.month'), render: (_, m) => formatMonth(m.month) },
          { key: 'due', title: t('fee.pay.due'), align: 'right', render: (_, m) => formatVnd(m.due) },
          { key: 'paid', title: t('fee.profile.paid'), align: 'right', render: (_, m) => formatVnd(m.paid) },
          {
            key: 'status',
            title: t('fee.profile.status'),
            render: (_, m) => (
              <Tag color={STATUS_COLOR[m.status]} title={m.rule}>
                {t(`fee.status.${m.status}` as never)}
              </Tag>
            ),
          },
        ]}
      />

      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('fee.profile.bases')}
      </Typography.Title>
      <Table<FeeBasis>
        data-testid="member-fee-bases"
        size="small"
        rowKey="id"
        dataSource={bases}
        pagination={false}
        scroll={{ x: 480 }}
        locale={{ emptyText: <Empty description={t('fee.profile.noBasis')} /> }}
        columns={[
          { key: 'from', title: t('fee.profile.from'), render: (_, b) => formatMonth(b.fromMonth) },
          {
            key: 'category',
            title: t('fee.profile.category'),
            render: (_, b) => t(`fee.category.${b.category}` as never),
          },
          {
            key: 'amount',
            title: t('fee.profile.amount'),
            align: 'right',
            render: (_, b) => (b.amount != null ? formatVnd(b.amount) : '—'),
          },
          { key: 'note', title: t('fee.profile.note'), render: (_, b) => b.note ?? '', responsive: ['md'] },
        ]}
      />

      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('fee.profile.reliefs')}
      </Typography.Title>
      <Table<FeeRelief>
        data-testid="member-fee-reliefs"
        size="small"
        rowKey="id"
        dataSource={reliefs}
        pagination={false}
        scroll={{ x: 480 }}
        locale={{ emptyText: t('fee.profile.noRelief') }}
        columns={[
          {
            key: 'ground',
            title: t('fee.profile.ground'),
            render: (_, r) => t(`fee.ground.${r.ground}` as never),
          },
          {
            key: 'percent',
            title: t('fee.profile.relief'),
            render: (_, r) =>
              r.percent === 100 ? t('fee.profile.exempt') : t('fee.profile.reduced', { percent: r.percent }),
          },
          {
            key: 'period',
            title: t('fee.profile.period'),
            render: (_, r) => `${formatMonth(r.fromMonth)} – ${formatMonth(r.toMonth)}`,
          },
          { key: 'decision', title: t('fee.profile.decision'), render: (_, r) => r.decision ?? '' },
        ]}
      />
      <Link to={`/fees?orgUnitId=${cellId}`} data-testid="member-fee-ledger-link">
        {t('fee.profile.ledger')}
      </Link>
    </Flex>
  );
}
