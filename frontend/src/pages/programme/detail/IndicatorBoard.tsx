import { PlusOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import {
  App,
  Button,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Select,
  Table,
  Tag,
  Timeline,
  Tooltip,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Chart } from '../../../components/Chart';
import { applyProblemToForm } from '../../../components/forms';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { DATE_FORMAT, formatDate, formatDateTime, toIsoDate } from '../../../i18n/format';
import { barStatus, historyChart, indicatorColor, periodChoices, targetText } from '../programmeModel';
import type { IndicatorView, ProgrammeView } from '../programmeTypes';
import { useIndicatorHistory, useRemoveIndicator, useReportIndicator } from '../useProgrammeQueries';
import { AddIndicatorModal } from './AddForms';
import { RowActions } from './ItemActions';

/** The indicator board: each indicator's target, latest value, progress bar and status with its rule. */
export function IndicatorBoard({ p }: { p: ProgrammeView }) {
  const { t } = useI18n();
  const [reporting, setReporting] = useState<IndicatorView | undefined>();
  const [history, setHistory] = useState<IndicatorView | undefined>();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<IndicatorView | undefined>();
  const remove = useRemoveIndicator(p.id);
  const columns: TableColumnsType<IndicatorView> = [
    {
      key: 'name',
      title: t('programme.indicator.name'),
      render: (_, i) => (
        <Flex vertical>
          <Typography.Text>
            {i.seq}. {i.name}
          </Typography.Text>
          <Typography.Text type="secondary">{i.responsibleUnitName}</Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'target',
      title: t('programme.indicator.target'),
      render: (_, i) => targetText(i, formatDate),
      width: 130,
    },
    {
      key: 'value',
      title: t('programme.indicator.value'),
      render: (_, i) =>
        i.value == null && i.achievedOn == null ? (
          <Typography.Text type="secondary">{t('programme.indicator.noValue')}</Typography.Text>
        ) : (
          <Flex vertical>
            <span data-testid={`indicator-value-${i.seq}`}>
              {i.achievedOn ? formatDate(i.achievedOn) : `${i.value} ${i.unit}`}
            </span>
            <Typography.Text type="secondary">{i.period}</Typography.Text>
          </Flex>
        ),
      width: 130,
    },
    {
      key: 'progress',
      title: t('programme.indicator.progress'),
      render: (_, i) => (
        <Tooltip title={t('programme.indicator.expected', { expected: i.expected })}>
          <Progress
            percent={i.progress ?? 0}
            size="small"
            status={barStatus(i.status)}
            success={i.status === 'MET' ? { percent: 100 } : undefined}
          />
        </Tooltip>
      ),
      width: 170,
    },
    {
      key: 'status',
      title: t('programme.indicator.status'),
      render: (_, i) => (
        <Tooltip title={i.rule}>
          <Tag color={indicatorColor(i.status)} data-testid={`indicator-status-${i.seq}`}>
            {t(`programme.indicatorStatus.${i.status}`)}
          </Tag>
        </Tooltip>
      ),
      width: 170,
    },
    {
      key: 'actions',
      title: '',
      render: (_, i) => (
        <RowActions
          kind="indicator"
          seq={i.seq}
          report={
            i.canReport
              ? { label: t('programme.indicator.report'), onClick: () => setReporting(i) }
              : undefined
          }
          onHistory={() => setHistory(i)}
          edit={
            p.canEdit
              ? {
                  canRemove: i.canRemove,
                  onEdit: () => setEditing(i),
                  onRemove: () => remove.mutateAsync({ indicatorId: i.id, version: i.version }),
                  removing: remove.isPending && remove.variables?.indicatorId === i.id,
                }
              : undefined
          }
        />
      ),
      width: p.canEdit ? 200 : 130,
    },
  ];
  return (
    <>
      {p.canEdit ? (
        <Flex justify="end" style={{ marginBottom: 8 }}>
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="indicator-add">
            {t('programme.add.indicator')}
          </Button>
        </Flex>
      ) : null}
      <Table<IndicatorView>
        rowKey="id"
        size="small"
        data-testid="indicator-board"
        scroll={{ x: p.canEdit ? 960 : 860 }}
        columns={columns}
        dataSource={p.indicators}
        pagination={false}
        expandable={{
          expandedRowRender: (i) => <Typography.Text type="secondary">{i.rule}</Typography.Text>,
        }}
      />
      {reporting ? (
        <ReportIndicatorModal p={p} indicator={reporting} onClose={() => setReporting(undefined)} />
      ) : null}
      {adding ? <AddIndicatorModal p={p} onClose={() => setAdding(false)} /> : null}
      {editing ? <AddIndicatorModal p={p} editing={editing} onClose={() => setEditing(undefined)} /> : null}
      {history ? <HistoryDrawer p={p} indicator={history} onClose={() => setHistory(undefined)} /> : null}
    </>
  );
}

interface ReportValues {
  period: string;
  asOf?: Dayjs;
  value?: number;
  achievedOn?: Dayjs;
  evidenceText?: string;
  comment?: string;
}

/** The reporting form of the responsible organisation: period, value (or day achieved), evidence, comment. */
function ReportIndicatorModal({
  p,
  indicator,
  onClose,
}: {
  p: ProgrammeView;
  indicator: IndicatorView;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportValues>();
  const report = useReportIndicator(p.id, indicator.id);
  const periods = periodChoices(indicator.reporting, new Date(p.asOf));
  const byDate = indicator.direction === 'BY_DATE';
  const submit = (v: ReportValues) =>
    report.mutate(
      {
        period: v.period,
        asOf: v.asOf ? toIsoDate(v.asOf) : undefined,
        value: v.value,
        achievedOn: v.achievedOn ? toIsoDate(v.achievedOn) : undefined,
        evidenceText: v.evidenceText?.trim() || undefined,
        comment: v.comment?.trim() || undefined,
        version: indicator.version,
      },
      {
        onSuccess: () => {
          message.success(t('programme.report.done'));
          onClose();
        },
        onError: (e) => applyProblemToForm(form, e),
      },
    );
  return (
    <Modal
      open
      title={`${t('programme.report.indicatorTitle')}: ${indicator.name}`}
      onCancel={onClose}
      okText={t('programme.report.submit')}
      okButtonProps={{ loading: report.isPending, 'data-testid': 'indicator-report-submit' } as never}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ProblemAlert error={report.error} />
      <Form<ReportValues>
        form={form}
        layout="vertical"
        data-testid="indicator-report-form"
        initialValues={{ period: periods[0] }}
        onFinish={submit}
      >
        <Form.Item
          name="period"
          label={t('programme.report.period')}
          rules={[{ required: true, message: t('programme.report.required') }]}
        >
          <Select data-testid="report-period" options={periods.map((value) => ({ value, label: value }))} />
        </Form.Item>
        <Form.Item name="asOf" label={t('programme.report.asOf')}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="value"
          label={
            byDate ? t('programme.report.percent') : t('programme.report.value', { unit: indicator.unit })
          }
          rules={byDate ? [] : [{ required: true, message: t('programme.report.required') }]}
        >
          <InputNumber
            style={{ width: '100%' }}
            data-testid="report-value"
            min={byDate ? 0 : undefined}
            max={byDate ? 100 : undefined}
          />
        </Form.Item>
        {byDate ? (
          <Form.Item name="achievedOn" label={t('programme.report.achievedOn')}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
        <Form.Item name="evidenceText" label={t('programme.report.evidenceText')}>
          <Input data-testid="report-evidence" maxLength={2000} />
        </Form.Item>
        <Form.Item name="comment" label={t('programme.report.comment')}>
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** An indicator's values over time (chart) and every report with its evidence. */
function HistoryDrawer({
  p,
  indicator,
  onClose,
}: {
  p: ProgrammeView;
  indicator: IndicatorView;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const history = useIndicatorHistory(p.id, indicator.id);
  const reports = history.data ?? [];
  return (
    <Drawer open onClose={onClose} title={`${indicator.seq}. ${indicator.name}`} size="large">
      <ProblemAlert error={history.error} />
      {reports.some((r) => r.value != null) ? (
        <Chart
          testId="indicator-chart"
          label={t('programme.indicator.chart')}
          option={historyChart(indicator, reports, formatDate, {
            value: t('programme.chart.value'),
            target: t('programme.chart.target'),
            baseline: t('programme.chart.baseline'),
          })}
        />
      ) : null}
      {reports.length === 0 && !history.isLoading ? (
        <Typography.Paragraph type="secondary">{t('programme.indicator.noReports')}</Typography.Paragraph>
      ) : (
        <Timeline
          style={{ marginTop: 16 }}
          items={[...reports].reverse().map((r) => ({
            key: r.id,
            children: (
              <Flex vertical>
                <Typography.Text strong>
                  {r.period} · {r.achievedOn ? formatDate(r.achievedOn) : `${r.value} ${indicator.unit}`} ·{' '}
                  {formatDate(r.asOf)}
                </Typography.Text>
                {r.evidenceText ? <Typography.Text>{r.evidenceText}</Typography.Text> : null}
                {r.comment ? <Typography.Text type="secondary">{r.comment}</Typography.Text> : null}
                <Typography.Text type="secondary">
                  {r.reportingUnitName} · {r.by} · {formatDateTime(r.at)}
                </Typography.Text>
              </Flex>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}
