import { App, Button, Empty, Flex, Popconfirm, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { FeeArrearsMember } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatMonth, formatVnd } from '../feeModel';
import { ARREARS_PAGE_SIZE, useFeeArrears, useProposeRemovals } from '../useFeeQueries';

interface Props {
  orgUnitId: number | undefined;
  year: number;
  canWrite: boolean;
  active: boolean;
}

/** Members with unpaid months; those meeting the 3-month rule can be proposed for removal once the cell has judged. */
export function ArrearsPanel({ orgUnitId, year, canWrite, active }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [page, setPage] = useState(0);
  const arrears = useFeeArrears(orgUnitId, year, page, active);
  const propose = useProposeRemovals();
  const [selected, setSelected] = useState<string[]>([]);
  // another unit or year starts from the first page
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on these inputs
  useEffect(() => setPage(0), [orgUnitId, year]);

  if (orgUnitId == null) return <Empty description={t('fee.chooseCell')} />;
  if (arrears.isError) return <ProblemAlert error={arrears.error} onRetry={() => arrears.refetch()} />;

  const columns: TableColumnsType<FeeArrearsMember> = [
    { key: 'name', title: t('fee.column.member'), dataIndex: 'fullName' },
    {
      key: 'months',
      title: t('fee.arrears.months'),
      render: (_, row) => (
        <Flex gap={4} wrap>
          {row.unpaidMonths.map((m) => (
            <Tag key={m} color="red">
              {formatMonth(m)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'owed',
      title: t('fee.arrears.owed'),
      render: (_, row) => formatVnd(row.owed),
      responsive: ['sm'],
    },
    {
      key: 'rule',
      title: t('fee.arrears.rule'),
      render: (_, row) => (row.meetsRemovalRule ? <Tag color="volcano">✓</Tag> : null),
    },
    {
      key: 'proposal',
      title: t('fee.arrears.proposal'),
      render: (_, row) =>
        row.proposalState ? (
          <Tag data-testid={`fee-proposal-${row.memberId}`}>
            {t(`fee.arrears.state.${row.proposalState}` as never)}
          </Tag>
        ) : null,
    },
  ];

  const submit = () =>
    propose.mutate(
      { orgUnitId, year, memberIds: selected },
      {
        onSuccess: (proposals) => {
          message.success(t('fee.arrears.proposed', { count: proposals.length }));
          setSelected([]);
        },
      },
    );

  return (
    <Flex vertical gap="middle">
      <Typography.Paragraph type="secondary">{t('fee.arrears.intro')}</Typography.Paragraph>
      {propose.isError ? <ProblemAlert error={propose.error} /> : null}
      {canWrite ? (
        <Popconfirm title={t('fee.arrears.confirm')} onConfirm={submit} disabled={selected.length === 0}>
          <Button
            danger
            disabled={selected.length === 0}
            loading={propose.isPending}
            data-testid="fee-propose"
            style={{ alignSelf: 'flex-start' }}
          >
            {t('fee.arrears.propose', { count: selected.length })}
          </Button>
        </Popconfirm>
      ) : null}
      <div data-testid="fee-arrears">
        <Table<FeeArrearsMember>
          rowKey="memberId"
          size="small"
          columns={columns}
          dataSource={arrears.data?.members ?? []}
          loading={arrears.isFetching}
          locale={{ emptyText: t('fee.arrears.empty') }}
          pagination={{
            current: page + 1,
            pageSize: ARREARS_PAGE_SIZE,
            total: arrears.data?.total ?? 0,
            hideOnSinglePage: true,
            showSizeChanger: false,
            onChange: (p) => setPage(p - 1),
          }}
          scroll={{ x: true }}
          rowSelection={
            canWrite
              ? {
                  selectedRowKeys: selected,
                  onChange: (keys) => setSelected(keys as string[]),
                  getCheckboxProps: (row) => ({
                    disabled: !row.meetsRemovalRule || row.proposalState != null,
                  }),
                }
              : undefined
          }
        />
      </div>
      {arrears.data ? (
        <Typography.Text type="secondary" data-testid="fee-arrears-summary">
          {t('fee.arrears.summary', { total: arrears.data.total, meeting: arrears.data.meetingRule })} ·{' '}
          {arrears.data.rule}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
