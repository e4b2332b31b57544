import { CheckCircleFilled, WarningFilled } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import { Alert, Button, Card, Col, DatePicker, Flex, Form, Row, Statistic, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ChildMovements, Movements } from '../../api/types';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageShell } from '../../components/PageShell';
import { ProblemAlert } from '../../components/ProblemAlert';
import { type MessageKey, useI18n } from '../../i18n';
import { DATE_FORMAT, toIsoDate } from '../../i18n/format';
import { useSession } from '../../session';
import { balances, type MovementFilter, useMovements } from './useMovements';

const READER_ROLES = ['CELL_SECRETARY', 'ORG_STAFF', 'CITY_ORGANISATION', 'LEADERSHIP', 'INSPECTION'];

interface KindRow {
  key: string;
  count: number;
}

/** "Biến động đảng viên": start, arrivals and departures by kind, end, with the balance check and a drill-down. */
export default function MovementsPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const home = me.roles.find((g) => READER_ROLES.includes(g.role))?.orgUnitId;
  const today = dayjs();
  const [filter, setFilter] = useState<MovementFilter>({
    orgUnitId: home,
    from: toIsoDate(today.startOf('year')),
    to: toIsoDate(today),
  });
  const [trail, setTrail] = useState<number[]>([]);
  const query = useMovements(filter);
  const data = query.data;

  const drill = (child: ChildMovements) => {
    if (filter.orgUnitId !== undefined) setTrail((t) => [...t, filter.orgUnitId as number]);
    setFilter((f) => ({ ...f, orgUnitId: child.unit.id }));
  };
  const up = () => {
    const parent = trail[trail.length - 1];
    setTrail((t) => t.slice(0, -1));
    setFilter((f) => ({ ...f, orgUnitId: parent }));
  };

  const childColumns: TableColumnsType<ChildMovements> = [
    {
      key: 'unit',
      title: t('movements.column.unit'),
      render: (_, c) => (
        <Button
          type="link"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
          onClick={() => drill(c)}
          aria-label={t('movements.drill', { name: c.unit.name })}
          data-testid={`movements-child-${c.unit.id}`}
        >
          {c.unit.name}
        </Button>
      ),
    },
    { key: 'start', title: t('movements.column.start'), dataIndex: 'start', align: 'right' },
    { key: 'in', title: t('movements.column.in'), dataIndex: 'in', align: 'right' },
    { key: 'out', title: t('movements.column.out'), dataIndex: 'out', align: 'right' },
    {
      key: 'recognised',
      title: t('movements.column.recognised'),
      dataIndex: 'recognised',
      align: 'right',
      responsive: ['md'],
    },
    { key: 'end', title: t('movements.column.end'), dataIndex: 'end', align: 'right' },
    {
      key: 'check',
      title: t('movements.column.check'),
      align: 'center',
      render: (_, c) => <Check ok={c.balanced && c.start + c.in - c.out === c.end} />,
    },
  ];

  return (
    <PageShell title={t('movements.title')}>
      <Typography.Paragraph type="secondary">{t('movements.intro')}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="vertical">
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label={t('movements.filter.orgUnit')} htmlFor="movements-org">
                <OrgTreeSelect
                  id="movements-org"
                  testId="movements-org"
                  value={filter.orgUnitId}
                  onChange={(orgUnitId) => {
                    setTrail([]);
                    setFilter((f) => ({ ...f, orgUnitId }));
                  }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label={t('movements.filter.period')} htmlFor="movements-period">
                <DatePicker.RangePicker
                  id="movements-period"
                  data-testid="movements-period"
                  format={DATE_FORMAT}
                  allowClear={false}
                  style={{ width: '100%' }}
                  value={[dayjs(filter.from), dayjs(filter.to)]}
                  onChange={(range) => {
                    const [from, to] = (range ?? []) as [Dayjs | null, Dayjs | null];
                    if (from && to) setFilter((f) => ({ ...f, from: toIsoDate(from), to: toIsoDate(to) }));
                  }}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {filter.orgUnitId === undefined ? <Alert type="info" showIcon title={t('movements.pickUnit')} /> : null}
      {query.isError ? <ProblemAlert error={query.error} onRetry={() => query.refetch()} /> : null}
      {data ? <Report data={data} loading={query.isFetching} /> : null}
      {data ? (
        <Card
          size="small"
          title={t('movements.childrenTitle')}
          style={{ marginTop: 16 }}
          extra={
            trail.length > 0 ? (
              <Button size="small" onClick={up} data-testid="movements-up">
                {t('movements.up')}
              </Button>
            ) : null
          }
        >
          <Table<ChildMovements>
            rowKey={(c) => c.unit.id}
            size="small"
            columns={childColumns}
            dataSource={data.children}
            loading={query.isFetching}
            locale={{ emptyText: t('movements.empty') }}
            pagination={false}
            scroll={{ x: true }}
            data-testid="movements-children"
          />
        </Card>
      ) : null}
    </PageShell>
  );
}
/** The balance line and the arrivals and departures by kind. */
function Report({ data, loading }: { data: Movements; loading: boolean }) {
  const { t } = useI18n();
  const kindColumns: TableColumnsType<KindRow> = [
    {
      key: 'kind',
      title: t('movements.column.kind'),
      render: (_, r) => t(`movements.kind.${r.key}` as MessageKey),
    },
    { key: 'count', title: t('movements.column.count'), dataIndex: 'count', align: 'right' },
  ];
  const ok = balances(data);
  const total = (rows: readonly KindRow[]) => rows.reduce((s, r) => s + r.count, 0);
  return (
    <>
      <Card size="small" title={data.unit.name} data-testid="movements-balance" loading={loading && !data}>
        <Flex gap="large" wrap align="center">
          <Statistic title={t('movements.balance.start')} value={data.start} />
          <Typography.Text className="movements-op">+</Typography.Text>
          <Statistic title={t('movements.balance.in')} value={total(data.in)} />
          <Typography.Text className="movements-op">−</Typography.Text>
          <Statistic title={t('movements.balance.out')} value={total(data.out)} />
          <Typography.Text className="movements-op">=</Typography.Text>
          <Statistic title={t('movements.balance.end')} value={data.end} />
        </Flex>
        <Alert
          style={{ marginTop: 12 }}
          type={ok ? 'success' : 'error'}
          showIcon
          icon={<Check ok={ok} />}
          title={t(ok ? 'movements.balance.ok' : 'movements.balance.broken')}
          data-testid={ok ? 'movements-balanced' : 'movements-unbalanced'}
        />
        {data.recognised > 0 ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('movements.recognised', { count: data.recognised })}
          </Typography.Paragraph>
        ) : null}
      </Card>
      <Row gutter={16} style={{ marginTop: 16 }}>
        {(['in', 'out'] as const).map((side) => (
          <Col xs={24} lg={12} key={side}>
            <Card size="small" title={t(side === 'in' ? 'movements.inTitle' : 'movements.outTitle')}>
              <Table<KindRow>
                rowKey="key"
                size="small"
                columns={kindColumns}
                dataSource={data[side]}
                pagination={false}
                data-testid={`movements-${side}`}
                summary={(rows) => (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>
                      <Typography.Text strong>{t('movements.total')}</Typography.Text>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={1} align="right">
                      <Typography.Text strong>{total(rows)}</Typography.Text>
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                )}
              />
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}

function Check({ ok }: { ok: boolean }) {
  return ok ? (
    <CheckCircleFilled style={{ color: '#389e0d' }} aria-label="✓" />
  ) : (
    <WarningFilled style={{ color: '#cf1322' }} aria-label="!" />
  );
}
