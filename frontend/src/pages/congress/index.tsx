import { DownloadOutlined, FilePdfOutlined, PlusOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { computeAccess } from '../../access';
import { Chart } from '../../components/Chart';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageShell } from '../../components/PageShell';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { DATE_FORMAT, formatDate, toIsoDate } from '../../i18n/format';
import { useSession } from '../../session';
import { progressChart, SEASON_COLOR, seasons } from './congressModel';
import type { Congress, CongressKind, MissingUnit, SeasonLevel, SeasonStatus } from './congressTypes';
import { downloadProgress, useCongresses, useMissing, usePlan, useProgress } from './useCongressQueries';

const READER_ROLES = new Set([
  'ORG_STAFF',
  'CITY_ORGANISATION',
  'CITY_OFFICE',
  'CELL_SECRETARY',
  'LEADERSHIP',
]);

/**
 * Đại hội: the season's progress over a subtree (per level, held / planned / not planned / overdue, with the chart,
 * the drill-down to the organisations still missing and the exports) and the list of congresses with the plan form.
 */
export default function CongressesPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const access = computeAccess(me);
  const home = me.roles.find((g) => READER_ROLES.has(g.role))?.orgUnitId;
  const [unitId, setUnitId] = useState<number | undefined>(home);
  const [season, setSeason] = useState<number>(2025);

  return (
    <PageShell title={t('congress.title')}>
      <Typography.Paragraph type="secondary">{t('congress.intro')}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="inline">
          <Form.Item label={t('congress.field.unit')} htmlFor="congress-unit">
            <div style={{ width: 'min(360px, calc(100vw - 170px))' }}>
              <OrgTreeSelect id="congress-unit" testId="congress-unit" value={unitId} onChange={setUnitId} />
            </div>
          </Form.Item>
          <Form.Item label={t('congress.field.season')}>
            <Select<number>
              value={season}
              onChange={setSeason}
              data-testid="congress-season"
              style={{ minWidth: 180 }}
              options={seasons().map((s) => ({
                value: s,
                label: t('congress.seasonLabel', { from: s, to: s + 5 }),
              }))}
            />
          </Form.Item>
        </Form>
      </Card>
      <Tabs
        items={[
          {
            key: 'progress',
            label: <span data-testid="congress-tab-progress">{t('congress.tab.progress')}</span>,
            children: <ProgressPanel unitId={unitId} season={season} />,
          },
          {
            key: 'list',
            label: <span data-testid="congress-tab-list">{t('congress.tab.list')}</span>,
            children: <CongressList unitId={unitId} season={season} canWrite={access.canWriteCongresses} />,
          },
        ]}
      />
    </PageShell>
  );
}

function ProgressPanel({ unitId, season }: { unitId: number | undefined; season: number }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const progress = useProgress(unitId, season);
  const [filter, setFilter] = useState<{ kind?: string; status?: SeasonStatus }>({});
  const missing = useMissing(unitId, season, filter.kind, filter.status);
  const data = progress.data;
  const statusNames: Record<SeasonStatus, string> = {
    HELD: t('congress.season.HELD'),
    PLANNED: t('congress.season.PLANNED'),
    NOT_PLANNED: t('congress.season.NOT_PLANNED'),
    OVERDUE: t('congress.season.OVERDUE'),
  };
  const level = (kind: string | undefined) =>
    kind ? t(`org.kind.${kind}` as 'org.kind.CELL') : t('congress.total');

  const count = (field: 'planned' | 'notPlanned' | 'overdue', status: SeasonStatus) => ({
    key: field,
    title: t(`congress.column.${field}`),
    align: 'right' as const,
    responsive: field === 'notPlanned' ? (['sm'] as ('sm' | 'md')[]) : undefined,
    render: (_: unknown, r: SeasonLevel) => {
      const n = r[field];
      return n === 0 ? (
        '0'
      ) : (
        <Button
          type="link"
          size="small"
          data-testid={`congress-drill-${r.kind ?? 'TOTAL'}-${status}`}
          onClick={() => setFilter({ kind: r.kind ?? undefined, status })}
        >
          {n.toLocaleString('vi-VN')}
        </Button>
      );
    },
  });

  const columns: TableColumnsType<SeasonLevel> = [
    { key: 'level', title: t('congress.column.level'), render: (_, r) => level(r.kind ?? undefined) },
    {
      key: 'organisations',
      title: t('congress.column.organisations'),
      align: 'right',
      responsive: ['sm'],
      render: (_, r) => r.organisations.toLocaleString('vi-VN'),
    },
    {
      key: 'held',
      title: t('congress.column.held'),
      render: (_, r) => (
        <span data-testid={`congress-held-${r.kind ?? 'TOTAL'}`} style={{ whiteSpace: 'nowrap' }}>
          {r.heldText}
        </span>
      ),
    },
    count('planned', 'PLANNED'),
    count('notPlanned', 'NOT_PLANNED'),
    count('overdue', 'OVERDUE'),
    {
      key: 'deadline',
      title: t('congress.column.deadline'),
      responsive: ['md'],
      render: (_, r) => (r.deadline ? formatDate(r.deadline) : '—'),
    },
  ];

  const missingColumns: TableColumnsType<MissingUnit> = [
    {
      key: 'name',
      title: t('congress.field.unit'),
      render: (_, m) => (m.congressId ? <Link to={`/congresses/${m.congressId}`}>{m.name}</Link> : m.name),
    },
    { key: 'kind', title: t('congress.column.level'), responsive: ['sm'], render: (_, m) => level(m.kind) },
    {
      key: 'status',
      title: t('congress.column.status'),
      render: (_, m) => <Tag color={SEASON_COLOR[m.status]}>{statusNames[m.status]}</Tag>,
    },
    {
      key: 'plannedOn',
      title: t('congress.column.plannedOn'),
      render: (_, m) => (m.plannedOn ? formatDate(m.plannedOn) : '—'),
    },
  ];

  if (unitId === undefined) return <Empty description={t('congress.chooseUnit')} />;
  const fileName = (ext: string) => t('congress.fileName', { season, ext });

  return (
    <Flex vertical gap="middle">
      <ProblemAlert error={progress.error} onRetry={() => progress.refetch()} />
      {data ? (
        <>
          <Alert
            type="info"
            showIcon
            data-testid="congress-summary"
            title={t('congress.totalSummary', { unit: data.rootName, held: data.total.heldText })}
          />
          <Flex gap="small" wrap>
            <Button
              icon={<FilePdfOutlined />}
              data-testid="congress-export-pdf"
              onClick={() =>
                downloadProgress(unitId, season, fileName('pdf'), 'pdf').catch((e: Error) =>
                  message.error(e.message),
                )
              }
            >
              {t('congress.exportPdf')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              data-testid="congress-export-excel"
              onClick={() =>
                downloadProgress(unitId, season, fileName('xlsx'), 'xlsx').catch((e: Error) =>
                  message.error(e.message),
                )
              }
            >
              {t('congress.exportExcel')}
            </Button>
          </Flex>
          <Table<SeasonLevel>
            rowKey={(r) => r.kind ?? 'TOTAL'}
            size="small"
            data-testid="congress-progress"
            loading={progress.isFetching}
            columns={columns}
            dataSource={[...data.levels, data.total]}
            pagination={false}
            scroll={{ x: true }}
          />
          {data.levels.length > 0 ? (
            <Card size="small" title={t('congress.chartTitle')}>
              <Chart
                label={t('congress.chartLabel', { count: data.levels.length })}
                testId="congress-chart"
                height={Math.max(180, 60 * data.levels.length + 60)}
                onSelect={(i) => setFilter({ kind: data.levels[i]?.kind ?? undefined })}
                option={progressChart(data.levels, {
                  level: (k) => level(k || undefined),
                  status: statusNames,
                })}
              />
            </Card>
          ) : null}
          <Card
            size="small"
            title={t('congress.missingTitle')}
            extra={
              filter.kind || filter.status ? (
                <Space wrap>
                  <Typography.Text type="secondary">
                    {t('congress.missingFilter', {
                      filter: [
                        filter.kind ? level(filter.kind) : null,
                        filter.status ? statusNames[filter.status] : null,
                      ]
                        .filter(Boolean)
                        .join(', '),
                    })}
                  </Typography.Text>
                  <Button size="small" onClick={() => setFilter({})} data-testid="congress-clear-filter">
                    {t('congress.clearFilter')}
                  </Button>
                </Space>
              ) : null
            }
          >
            <ProblemAlert error={missing.error} onRetry={() => missing.refetch()} />
            <Table<MissingUnit>
              rowKey="unitId"
              size="small"
              data-testid="congress-missing"
              loading={missing.isFetching}
              columns={missingColumns}
              dataSource={missing.data ?? []}
              locale={{ emptyText: t('congress.noMissing') }}
              pagination={{ pageSize: 100, hideOnSinglePage: true, showSizeChanger: false }}
              scroll={{ x: true }}
            />
          </Card>
        </>
      ) : null}
    </Flex>
  );
}

interface PlanValues {
  orgUnitId: number;
  kind: CongressKind;
  termMonths: number;
  plannedOn: import('dayjs').Dayjs;
  pilot?: boolean;
  directSecretary?: boolean;
  congressNumber?: number;
  numberReason?: string;
}

function CongressList({
  unitId,
  season,
  canWrite,
}: {
  unitId: number | undefined;
  season: number;
  canWrite: boolean;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const list = useCongresses(season, unitId);
  const plan = usePlan();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<PlanValues>();

  const columns: TableColumnsType<Congress> = [
    {
      key: 'title',
      title: t('congress.column.title'),
      render: (_, c) => <Link to={`/congresses/${c.id}`}>{c.title}</Link>,
    },
    {
      key: 'plannedOn',
      title: t('congress.column.plannedOn'),
      render: (_, c) => formatDate(c.heldFrom ?? c.opensOn ?? c.plannedOn),
    },
    {
      key: 'status',
      title: t('congress.column.status'),
      render: (_, c) => (
        <Space size={4} wrap>
          <Tag>{t(`congress.status.${c.status}`)}</Tag>
          <Tag color={SEASON_COLOR[c.seasonStatus]}>{t(`congress.season.${c.seasonStatus}`)}</Tag>
        </Space>
      ),
    },
  ];

  const submit = (v: PlanValues) =>
    plan.mutate(
      {
        orgUnitId: v.orgUnitId,
        season,
        kind: v.kind,
        termMonths: v.termMonths,
        plannedOn: toIsoDate(v.plannedOn),
        pilot: v.pilot ?? false,
        directSecretary: v.directSecretary ?? false,
        congressNumber: v.congressNumber,
        numberReason: v.numberReason,
      },
      {
        onSuccess: (c) => {
          message.success(t('congress.planned'));
          setOpen(false);
          form.resetFields();
          navigate(`/congresses/${c.id}`);
        },
      },
    );

  return (
    <Flex vertical gap="middle">
      {canWrite ? (
        <div>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="congress-plan"
            onClick={() => setOpen(true)}
          >
            {t('congress.plan')}
          </Button>
        </div>
      ) : null}
      <ProblemAlert error={list.error} onRetry={() => list.refetch()} />
      <Table<Congress>
        rowKey="id"
        size="small"
        data-testid="congress-list"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data ?? []}
        locale={{ emptyText: t('congress.noCongresses') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: true }}
      />
      <Modal
        open={open}
        title={`${t('congress.plan')} — ${t('congress.seasonLabel', { from: season, to: season + 5 })}`}
        onCancel={() => setOpen(false)}
        okText={t('congress.save')}
        okButtonProps={{ loading: plan.isPending, id: 'congress-plan-save' }}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        {plan.isError ? <ProblemAlert error={plan.error} /> : null}
        <Form<PlanValues>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ orgUnitId: unitId, kind: 'MEMBERS', termMonths: 60 }}
        >
          <Form.Item
            name="orgUnitId"
            label={t('congress.field.unit')}
            htmlFor="congress-plan-unit"
            rules={[{ required: true, message: t('congress.required') }]}
          >
            <OrgTreeSelect id="congress-plan-unit" testId="congress-plan-unit" />
          </Form.Item>
          <Form.Item name="kind" label={t('congress.field.kind')} rules={[{ required: true }]}>
            <Select
              data-testid="congress-plan-kind"
              options={(['MEMBERS', 'DELEGATES'] as const).map((k) => ({
                value: k,
                label: t(`congress.kind.${k}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="termMonths" label={t('congress.field.termMonths')} rules={[{ required: true }]}>
            <Select
              options={[
                { value: 60, label: t('congress.termMonths.m60') },
                { value: 30, label: t('congress.termMonths.m30') },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="plannedOn"
            label={t('congress.field.plannedOn')}
            rules={[{ required: true, message: t('congress.required') }]}
          >
            <DatePicker format={DATE_FORMAT} data-testid="congress-plan-date" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="pilot" valuePropName="checked" style={{ marginBottom: 4 }}>
            <Checkbox>{t('congress.field.pilot')}</Checkbox>
          </Form.Item>
          <Form.Item name="directSecretary" valuePropName="checked">
            <Checkbox>{t('congress.field.directSecretary')}</Checkbox>
          </Form.Item>
          <Form.Item name="congressNumber" label={t('congress.field.congressNumber')}>
            <InputNumber min={1} max={200} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="numberReason" label={t('congress.field.numberReason')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
