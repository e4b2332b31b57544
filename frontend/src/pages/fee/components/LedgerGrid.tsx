import {
  Alert,
  App,
  Button,
  Empty,
  Flex,
  Select,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import type { FeeMemberYear, FeeMonth } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatMonth, formatVnd, monthKey, payable, STATUS_COLOR } from '../feeModel';
import { useFeeLedger, useRecordCash } from '../useFeeQueries';
import { PayModal } from './PayModal';

interface Props {
  orgUnitId: number | undefined;
  year: number;
  canWrite: boolean;
  /** The month the batch records at first (default: the current month). */
  initialMonth?: number | undefined;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The cell's ledger: one row per member, one coloured cell per month; a cell opens the cash payment dialog. */
export function LedgerGrid({ orgUnitId, year, canWrite, initialMonth }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const ledger = useLedgerState(orgUnitId, year);
  const record = useRecordCash();
  const [selected, setSelected] = useState<string[]>([]);
  const [batchMonth, setBatchMonth] = useState(() =>
    initialMonth && initialMonth <= 12 ? initialMonth : new Date().getMonth() + 1,
  );
  const [paying, setPaying] = useState<{ row: FeeMemberYear; month: FeeMonth } | null>(null);

  if (orgUnitId == null) return <Empty description={t('fee.chooseCell')} />;
  if (ledger.isError) return <ProblemAlert error={ledger.error} onRetry={() => ledger.refetch()} />;
  const data = ledger.data;

  const columns: TableColumnsType<FeeMemberYear> = [
    {
      key: 'member',
      title: t('fee.column.member'),
      fixed: 'left',
      width: 180,
      render: (_, row) => (
        <Flex vertical>
          <Typography.Text strong>{row.fullName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('fee.column.paidUpTo')}: {row.paidUpTo ? formatMonth(row.paidUpTo) : t('fee.none')}
          </Typography.Text>
        </Flex>
      ),
    },
    ...MONTHS.map((m) => ({
      key: `m${m}`,
      title: t('fee.column.month', { month: m }),
      width: 92,
      align: 'center' as const,
      render: (_: unknown, row: FeeMemberYear) => {
        const month = row.months[m - 1];
        const label = t('fee.cellLabel', {
          name: row.fullName,
          month: formatMonth(month.month),
          status: t(`fee.status.${month.status}`),
          due: formatVnd(month.due),
          paid: formatVnd(month.paid),
        });
        const clickable = canWrite && payable(month);
        return (
          <Tooltip title={`${t(`fee.status.${month.status}`)} · ${month.rule}`}>
            <Tag
              color={STATUS_COLOR[month.status]}
              role={clickable ? 'button' : undefined}
              tabIndex={clickable ? 0 : undefined}
              aria-label={label}
              data-testid={`fee-cell-${row.memberId}-${m}`}
              data-status={month.status}
              style={{ cursor: clickable ? 'pointer' : undefined, marginInlineEnd: 0, minWidth: 64 }}
              onClick={clickable ? () => setPaying({ row, month }) : undefined}
              onKeyDown={(e) => {
                if (clickable && (e.key === 'Enter' || e.key === ' ')) {
                  e.preventDefault();
                  setPaying({ row, month });
                }
              }}
            >
              {month.status === 'EXEMPT' || month.status === 'NO_BASIS'
                ? t(`fee.status.${month.status}`)
                : `${Math.round(month.paid / 1000)}/${Math.round(month.due / 1000)}k`}
            </Tag>
          </Tooltip>
        );
      },
    })),
    {
      key: 'total',
      title: t('fee.column.total'),
      width: 120,
      align: 'right',
      render: (_, row) => (
        <Flex vertical>
          <span>{formatVnd(row.paid)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            / {formatVnd(row.due)}
          </Typography.Text>
        </Flex>
      ),
    },
  ];

  const recordBatch = () => {
    if (!data) return;
    record.mutate(
      { month: monthKey(year, batchMonth), payments: selected.map((memberId) => ({ memberId })) },
      {
        onSuccess: (months) => {
          message.success(t('fee.batch.done', { count: months.length }));
          setSelected([]);
        },
      },
    );
  };

  return (
    <Flex vertical gap="middle">
      {canWrite ? (
        <Flex gap="small" wrap align="center">
          <Typography.Text type="secondary">{t('fee.batch.hint')}</Typography.Text>
          <Select
            aria-label={t('fee.batch.month')}
            data-testid="fee-batch-month"
            value={batchMonth}
            onChange={setBatchMonth}
            style={{ width: 110 }}
            options={MONTHS.map((m) => ({ value: m, label: formatMonth(monthKey(year, m)) }))}
          />
          <Button
            type="primary"
            disabled={selected.length === 0}
            loading={record.isPending}
            onClick={recordBatch}
            data-testid="fee-batch-record"
          >
            {t('fee.batch.record', {
              month: formatMonth(monthKey(year, batchMonth)),
              count: selected.length,
            })}
          </Button>
        </Flex>
      ) : null}
      {record.isError ? <ProblemAlert error={record.error} /> : null}
      <div data-testid="fee-ledger">
        <Table<FeeMemberYear>
          rowKey="memberId"
          size="small"
          bordered
          columns={columns}
          dataSource={data?.members ?? []}
          loading={ledger.isFetching}
          pagination={false}
          scroll={{ x: 'max-content', y: 560 }}
          rowSelection={
            canWrite
              ? {
                  selectedRowKeys: selected,
                  onChange: (keys) => setSelected(keys as string[]),
                  columnWidth: 40,
                  fixed: true,
                }
              : undefined
          }
          summary={() =>
            data ? (
              <Table.Summary fixed>
                <Table.Summary.Row>
                  {canWrite ? <Table.Summary.Cell index={0} /> : null}
                  <Table.Summary.Cell index={1}>
                    <Typography.Text strong>{t('fee.totals')}</Typography.Text>
                  </Table.Summary.Cell>
                  {data.totals.map((total) => (
                    <Table.Summary.Cell key={total.month} index={total.month + 1} align="center">
                      <span data-testid={`fee-total-${total.month}`} style={{ fontSize: 12 }}>
                        {Math.round(total.paid / 1000)}/{Math.round(total.due / 1000)}k
                      </span>
                    </Table.Summary.Cell>
                  ))}
                  <Table.Summary.Cell index={14} align="right">
                    {formatVnd(data.totals.reduce((sum, m) => sum + m.paid, 0))}
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              </Table.Summary>
            ) : null
          }
        />
      </div>
      <Alert
        type="info"
        showIcon
        title={Object.keys(STATUS_COLOR)
          .map((s) => t(`fee.status.${s}` as never))
          .join(' · ')}
      />
      {paying ? <PayModal row={paying.row} month={paying.month} onClose={() => setPaying(null)} /> : null}
    </Flex>
  );
}

function useLedgerState(orgUnitId: number | undefined, year: number) {
  return useFeeLedger(orgUnitId, year);
}
