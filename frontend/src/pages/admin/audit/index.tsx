import { SafetyOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  Row,
  Table,
  type TableColumnsType,
  Tooltip,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { AuditEntry, AuditQuery } from '../../../api/types';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { DATE_FORMAT, formatDateTime, toIsoDate } from '../../../i18n/format';
import { StatisticsRecountCard } from '../../statistics/StatisticsRecountCard';
import { useAuditEntries, useVerifyAuditChain } from '../useAdminQueries';

interface Filters {
  period?: [Dayjs | null, Dayjs | null] | null;
  username?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
}

const PAGE_SIZE = 50;

function blankToUndefined(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The period as ISO days, both included (the server reads them as days in Vietnam's time zone). */
export function toAuditQuery(filters: Filters, page: number, size: number): AuditQuery {
  const [from, to] = filters.period ?? [null, null];
  return {
    from: from ? toIsoDate(from) : undefined,
    to: to ? toIsoDate(to) : undefined,
    username: blankToUndefined(filters.username),
    action: blankToUndefined(filters.action),
    entityType: blankToUndefined(filters.entityType),
    entityId: blankToUndefined(filters.entityId),
    page,
    size,
  };
}

export default function AuditPage() {
  const { t } = useI18n();
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(PAGE_SIZE);
  const entries = useAuditEntries(toAuditQuery(filters, page, size));
  const verify = useVerifyAuditChain();

  const columns: TableColumnsType<AuditEntry> = [
    { key: 'seq', title: t('admin.audit.seq'), dataIndex: 'seq', width: 90 },
    {
      key: 'occurredAt',
      title: t('admin.audit.occurredAt'),
      dataIndex: 'occurredAt',
      width: 170,
      render: (v: string) => formatDateTime(v),
    },
    { key: 'username', title: t('admin.audit.username'), dataIndex: 'username', width: 140 },
    {
      key: 'action',
      title: t('admin.audit.action'),
      dataIndex: 'action',
      render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
    },
    {
      key: 'entity',
      title: t('admin.audit.entity'),
      render: (_: unknown, e) =>
        e.entityType ? `${e.entityType}${e.entityId ? ` #${e.entityId}` : ''}` : '',
    },
    { key: 'address', title: t('admin.audit.address'), dataIndex: 'address', width: 130, responsive: ['md'] },
    {
      key: 'requestId',
      title: t('admin.audit.requestId'),
      dataIndex: 'requestId',
      responsive: ['xl'],
      ellipsis: true,
    },
    {
      key: 'hash',
      title: t('admin.audit.hash'),
      dataIndex: 'hash',
      width: 130,
      responsive: ['lg'],
      render: (hash: string, e) => (
        <Tooltip
          title={
            <span
              style={{ wordBreak: 'break-all' }}
            >{`${hash}${e.digest ? `\n${t('admin.audit.digest')}: ${e.digest}` : ''}`}</span>
          }
        >
          <Typography.Text code>{hash.slice(0, 12)}…</Typography.Text>
        </Tooltip>
      ),
    },
  ];

  const result = verify.data;

  return (
    <PageShell
      title={t('admin.audit.title')}
      extra={
        <Button
          icon={<SafetyOutlined />}
          loading={verify.isPending}
          onClick={() => verify.mutate()}
          data-testid="audit-verify"
        >
          {t('admin.audit.verify')}
        </Button>
      }
    >
      {verify.isError ? (
        <div style={{ marginBottom: 16 }} data-testid="audit-verify-result">
          <ProblemAlert error={verify.error} />
        </div>
      ) : null}
      {result ? (
        <Alert
          data-testid="audit-verify-result"
          style={{ marginBottom: 16 }}
          type={result.valid ? 'success' : 'error'}
          showIcon
          title={
            result.valid
              ? t('admin.audit.verifyValid', { checked: result.checked })
              : t('admin.audit.verifyBroken', { seq: result.firstBrokenSeq ?? '?', checked: result.checked })
          }
        />
      ) : null}
      <StatisticsRecountCard />
      <Card style={{ marginBottom: 16 }} styles={{ body: { paddingBottom: 0 } }}>
        <Form<Filters>
          form={form}
          layout="vertical"
          name="audit-filter"
          onFinish={(values) => {
            setFilters(values);
            setPage(0);
          }}
        >
          <Row gutter={16}>
            <Col xs={24} md={12} xl={8}>
              <Form.Item name="period" label={t('admin.audit.period')}>
                <DatePicker.RangePicker
                  format={DATE_FORMAT}
                  style={{ width: '100%' }}
                  allowEmpty={[true, true]}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={6} xl={4}>
              <Form.Item name="username" label={t('admin.audit.username')}>
                <Input allowClear />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={6} xl={4}>
              <Form.Item name="action" label={t('admin.audit.action')}>
                <Input allowClear placeholder="member.read" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Form.Item name="entityType" label={t('admin.audit.entityType')}>
                <Input allowClear placeholder="member" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Form.Item name="entityId" label={t('admin.audit.entityId')}>
                <Input allowClear />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={24}>
              <Form.Item>
                <Button
                  type="primary"
                  htmlType="submit"
                  data-testid="audit-filter"
                  style={{ marginRight: 8 }}
                >
                  {t('common.actions.filter')}
                </Button>
                <Button
                  onClick={() => {
                    form.resetFields();
                    setFilters({});
                    setPage(0);
                  }}
                >
                  {t('common.actions.reset')}
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {entries.isError ? <ProblemAlert error={entries.error} onRetry={() => entries.refetch()} /> : null}
      <div data-testid="audit-table">
        <Table<AuditEntry>
          rowKey="seq"
          size="small"
          columns={columns}
          dataSource={entries.data?.content ?? []}
          loading={entries.isFetching}
          scroll={{ x: 'max-content' }}
          rowClassName={(e) =>
            result && !result.valid && e.seq === result.firstBrokenSeq ? 'ant-table-row-selected' : ''
          }
          pagination={{
            current: page + 1,
            pageSize: size,
            total: entries.data?.totalElements ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (total) => t('common.pagination.total', { total }),
            onChange: (p, s) => {
              setPage(s !== size ? 0 : p - 1);
              setSize(s);
            },
          }}
        />
      </div>
    </PageShell>
  );
}
