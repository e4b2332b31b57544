import { Button, Card, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { IncomingTransfer } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { StepDialog } from '../../member/detail/StepDialog';
import { useIncomingTransfers } from '../../member/useLifecycleQueries';

/** Members on their way to a cell of the user's scope; "Tiếp nhận" records the receiving cell's confirmation. */
export function IncomingTransfers() {
  const { t } = useI18n();
  const incoming = useIncomingTransfers(true);
  const [receiving, setReceiving] = useState<IncomingTransfer | null>(null);

  const columns: TableColumnsType<IncomingTransfer> = [
    {
      key: 'member',
      title: t('member.deadlines.member'),
      dataIndex: 'fullName',
      render: (name: string, row) => <Link to={`/members/${row.memberId}?tab=party`}>{name}</Link>,
    },
    { key: 'from', title: t('member.deadlines.from'), dataIndex: 'fromOrgUnitName', responsive: ['md'] },
    { key: 'to', title: t('member.deadlines.to'), dataIndex: 'toOrgUnitName' },
    {
      key: 'since',
      title: t('member.deadlines.since'),
      dataIndex: 'since',
      width: 110,
      render: (d: string) => formatDate(d),
      responsive: ['lg'],
    },
    {
      key: 'due',
      title: t('member.deadlines.dueDate'),
      dataIndex: 'dueDate',
      width: 120,
      render: (d: string, row) =>
        row.overdue ? <Tag color="red">{formatDate(d)}</Tag> : <span>{formatDate(d)}</span>,
    },
    {
      key: 'receive',
      width: 120,
      render: (_: unknown, row) => (
        <Button
          type="primary"
          size="small"
          onClick={() => setReceiving(row)}
          data-testid={`incoming-receive-${row.memberId}`}
        >
          {t('member.deadlines.receive')}
        </Button>
      ),
    },
  ];

  return (
    <Card title={t('member.deadlines.incoming')} size="small" data-testid="incoming-transfers">
      {incoming.isError ? <ProblemAlert error={incoming.error} onRetry={() => incoming.refetch()} /> : null}
      <Table<IncomingTransfer>
        rowKey="memberId"
        size="small"
        columns={columns}
        dataSource={incoming.data ?? []}
        loading={incoming.isFetching}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('member.deadlines.incomingEmpty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
      />
      {receiving ? (
        <StepDialog
          memberId={receiving.memberId}
          kind="TRANSFER_RECEIVED"
          deadline={{ date: receiving.dueDate, workingDaysLeft: null }}
          version={receiving.version}
          onClose={() => setReceiving(null)}
          onReload={() => {
            setReceiving(null);
            incoming.refetch();
          }}
        />
      ) : null}
    </Card>
  );
}
