import { BellOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Drawer,
  Empty,
  Flex,
  Form,
  Grid,
  Progress,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Chart } from '../../../components/Chart';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { flags, formatDays, minimumPercent, percent, quarterOf } from '../grassrootsModel';
import type { ComplianceRow } from '../grassrootsTypes';
import { useCommitteeMembers, useCompliance, useSendReminders } from '../useGrassrootsQueries';
import { CommitteeCard } from './CommitteeCard';
import { VisitLog } from './VisitLog';

/** The compliance of a committee's members over a quarter: bars, flags, reminders, and each member's visit log. */
export function CompliancePanel({ home }: { home: number | undefined }) {
  const screens = Grid.useBreakpoint();
  const { t } = useI18n();
  const { message } = App.useApp();
  const [unitId, setUnitId] = useState<number | undefined>(home);
  const [quarter, setQuarter] = useState<Dayjs>(dayjs());
  const period = quarterOf(quarter);
  const report = useCompliance(unitId, period.from, period.to, true);
  const members = useCommitteeMembers(unitId, true);
  const remind = useSendReminders();
  const [open, setOpen] = useState<string | undefined>(undefined);
  const data = report.data;
  const minimum = data ? minimumPercent(data.minimumShare) : 0;
  const opened = members.data?.find((m) => m.id === open);

  const columns: TableColumnsType<ComplianceRow> = [
    {
      key: 'name',
      title: t('grassroots.column.member'),
      render: (_, r) => (
        <Space size={4} wrap>
          {r.fullName}
          {r.head ? <Tag color="gold">{t('grassroots.head')}</Tag> : null}
        </Space>
      ),
    },
    { key: 'visits', title: t('grassroots.column.visits'), align: 'right', render: (_, r) => r.visits },
    {
      key: 'days',
      title: t('grassroots.column.days', { working: data?.workingDays ?? 0 }),
      render: (_, r) => (
        <Flex vertical gap={0} style={{ minWidth: 160 }}>
          <Typography.Text data-testid={`grassroots-days-${r.committeeMemberId}`}>
            {formatDays(r.grassrootsDays)} ({percent(r.share)}%)
          </Typography.Text>
          <Progress
            percent={Math.min(100, percent(r.share))}
            success={{ percent: Math.min(minimum, percent(r.share)) }}
            status={r.underMinimum ? 'exception' : 'success'}
            showInfo={false}
            size="small"
          />
        </Flex>
      ),
    },
    {
      key: 'meetings',
      title: t('grassroots.column.cellMeetings'),
      render: (_, r) => `${r.cellMeetings} / ${formatDays(data?.cellMeetingsRequired ?? 0)}`,
    },
    {
      key: 'reception',
      title: t('grassroots.column.reception'),
      render: (_, r) =>
        r.receptionDaysRequired == null ? '—' : `${r.receptionDays} / ${r.receptionDaysRequired}`,
    },
    {
      key: 'flags',
      title: t('grassroots.column.flags'),
      render: (_, r) => {
        const raised = flags(r);
        return raised.length === 0 ? (
          <Tag color="green" data-testid={`grassroots-flag-${r.committeeMemberId}`}>
            {t('grassroots.flag.ok')}
          </Tag>
        ) : (
          <Space size={4} wrap data-testid={`grassroots-flag-${r.committeeMemberId}`}>
            {raised.map((f) => (
              <Tag key={f} color="red">
                {t(`grassroots.flag.${f}`)}
              </Tag>
            ))}
          </Space>
        );
      },
    },
    {
      key: 'log',
      title: '',
      render: (_, r) => (
        <Button
          size="small"
          onClick={() => setOpen(r.committeeMemberId)}
          data-testid={`grassroots-open-${r.committeeMemberId}`}
        >
          {t('grassroots.openLog')}
        </Button>
      ),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <Card size="small">
        <Form layout="inline">
          <Form.Item label={t('grassroots.field.committee')} htmlFor="grassroots-committee">
            <div style={{ width: 'min(360px, calc(100vw - 110px))' }}>
              <OrgTreeSelect
                id="grassroots-committee"
                testId="grassroots-committee"
                value={unitId}
                onChange={setUnitId}
              />
            </div>
          </Form.Item>
          <Form.Item label={t('grassroots.field.quarter')}>
            <DatePicker
              picker="quarter"
              allowClear={false}
              value={quarter}
              onChange={(value) => value && setQuarter(value)}
              data-testid="grassroots-quarter"
            />
          </Form.Item>
        </Form>
      </Card>
      {unitId === undefined ? <Empty description={t('grassroots.chooseCommittee')} /> : null}
      {report.isError ? <ProblemAlert error={report.error} onRetry={() => report.refetch()} /> : null}
      {data ? (
        <>
          <Alert
            type="info"
            showIcon
            title={t('grassroots.periodSummary', {
              from: formatDate(data.from),
              to: formatDate(data.to),
              working: data.workingDays,
              share: data.minimumShare,
              required: formatDays(Math.round(data.requiredDays * 10) / 10),
            })}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {data.rules.map((rule) => (
                  <li key={rule}>{rule}</li>
                ))}
              </ul>
            }
          />
          {data.members.length === 0 ? (
            <Empty description={t('grassroots.noMembers')} />
          ) : (
            <Card size="small" title={t('grassroots.chartTitle')}>
              <Chart
                label={t('grassroots.chartLabel', { count: data.members.length })}
                testId="grassroots-chart"
                option={{
                  tooltip: { trigger: 'axis' },
                  legend: {},
                  grid: { left: 8, right: 24, bottom: 8, containLabel: true },
                  xAxis: {
                    type: 'category',
                    data: data.members.map((m) => m.fullName),
                    axisLabel: { interval: 0, rotate: 20 },
                  },
                  yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
                  series: [
                    {
                      name: t('grassroots.column.share'),
                      type: 'bar',
                      barMaxWidth: 48,
                      itemStyle: { color: '#389e0d' },
                      data: data.members.map((m) => ({
                        value: percent(m.share),
                        itemStyle: { color: m.underMinimum ? '#cf1322' : '#389e0d' },
                      })),
                    },
                    {
                      name: `${t('grassroots.minimum')} ${data.minimumShare}`,
                      type: 'line',
                      symbol: 'none',
                      data: data.members.map(() => minimum),
                      lineStyle: { color: '#d48806', type: 'dashed', width: 2 },
                      itemStyle: { color: '#d48806' },
                    },
                  ],
                }}
              />
            </Card>
          )}
          <Table<ComplianceRow>
            rowKey="committeeMemberId"
            size="small"
            data-testid="grassroots-compliance"
            loading={report.isFetching}
            columns={columns}
            dataSource={data.members}
            pagination={false}
            scroll={{ x: true }}
          />
          <Flex gap="middle" align="center" wrap>
            <Button
              icon={<BellOutlined />}
              loading={remind.isPending}
              disabled={data.members.every((m) => m.compliant)}
              data-testid="grassroots-remind"
              onClick={() =>
                unitId !== undefined &&
                remind.mutate(
                  { committeeUnitId: unitId, from: period.from, to: period.to },
                  {
                    onSuccess: (sent) => message.success(t('grassroots.reminded', { count: sent.reminded })),
                  },
                )
              }
            >
              {t('grassroots.remind')}
            </Button>
            <Typography.Text type="secondary">{t('grassroots.remindHint')}</Typography.Text>
          </Flex>
          {remind.isError ? <ProblemAlert error={remind.error} /> : null}
        </>
      ) : null}
      {unitId !== undefined ? <CommitteeCard unitId={unitId} /> : null}
      <Drawer
        open={opened !== undefined}
        onClose={() => setOpen(undefined)}
        size={screens.md ? 'large' : 'default'}
        styles={{ wrapper: { maxWidth: '100vw' } }}
        title={opened ? t('grassroots.logOf', { name: opened.fullName }) : ''}
        destroyOnHidden
      >
        {opened ? <VisitLog appointment={opened} /> : null}
      </Drawer>
    </Flex>
  );
}
