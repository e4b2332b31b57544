import { DownloadOutlined, FileExcelOutlined, FilePdfOutlined, LockOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Row,
  Space,
  Spin,
  Statistic,
  Table,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ApiError } from '../../../api/problem';
import { Chart } from '../../../components/Chart';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { DATE_FORMAT, toIsoDate } from '../../../i18n/format';
import { useSession } from '../../../session';
import {
  figuresChart,
  formsChart,
  type InspectionSummary,
  MEASURES,
  type SummaryFigures,
  type SummaryParams,
  type UnitFigures,
} from './summaryModel';
import { downloadSummary, useInspectionSummary } from './useSummaryQueries';

type Format = 'pdf' | 'xlsx';

/**
 * The summary report of inspection, supervision and discipline: a commission and a period (this year up to today by
 * default), the paragraph worded as the Party's reports word it, the figures, two charts, the table per unit and the
 * PDF and Excel files.
 */
export default function InspectionSummaryPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const today = dayjs();
  // the period is left to the server at first: this year up to the server's today
  const [params, setParams] = useState<SummaryParams>({
    unitId: me.roles.find((g) => g.role === 'INSPECTION')?.orgUnitId,
  });
  const [downloading, setDownloading] = useState<Format | null>(null);
  const [downloadError, setDownloadError] = useState<ApiError | null>(null);
  const summary = useInspectionSummary(params);
  const data = summary.data;

  const download = async (format: Format) => {
    if (!data) return;
    setDownloading(format);
    setDownloadError(null);
    try {
      await downloadSummary({ unitId: data.unitId, from: data.from, to: data.to }, format);
    } catch (error) {
      setDownloadError(error as ApiError);
    } finally {
      setDownloading(null);
    }
  };

  return (
    <PageShell title={t('inspectionReport.title')}>
      <Flex vertical gap="middle">
        <Alert type="info" showIcon icon={<LockOutlined />} title={t('inspectionReport.intro')} />
        <Card size="small">
          <Form layout="vertical">
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item label={t('inspectionReport.filter.unit')} htmlFor="summary-unit">
                  <OrgTreeSelect
                    id="summary-unit"
                    testId="summary-unit"
                    value={params.unitId}
                    onChange={(unitId) => setParams((p) => ({ ...p, unitId }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item label={t('inspectionReport.filter.period')} htmlFor="summary-period">
                  <DatePicker.RangePicker
                    id="summary-period"
                    data-testid="summary-period"
                    format={DATE_FORMAT}
                    allowClear={false}
                    style={{ width: '100%' }}
                    value={
                      params.from && params.to
                        ? [dayjs(params.from), dayjs(params.to)]
                        : data
                          ? [dayjs(data.from), dayjs(data.to)]
                          : null
                    }
                    disabledDate={(d: Dayjs) => d.isAfter(today, 'day')}
                    onChange={(range) => {
                      const [from, to] = (range ?? []) as [Dayjs | null, Dayjs | null];
                      if (from && to) setParams((p) => ({ ...p, from: toIsoDate(from), to: toIsoDate(to) }));
                    }}
                  />
                </Form.Item>
              </Col>
            </Row>
            <Space wrap>
              <Button
                type="primary"
                icon={<FilePdfOutlined />}
                loading={downloading === 'pdf'}
                disabled={!data || downloading != null}
                onClick={() => download('pdf')}
                data-testid="summary-pdf"
              >
                {t('inspectionReport.download.pdf')}
              </Button>
              <Button
                icon={<FileExcelOutlined />}
                loading={downloading === 'xlsx'}
                disabled={!data || downloading != null}
                onClick={() => download('xlsx')}
                data-testid="summary-xlsx"
              >
                {t('inspectionReport.download.xlsx')}
              </Button>
              {downloading ? (
                <Space role="status">
                  <Spin size="small" indicator={<DownloadOutlined spin />} />
                  <Typography.Text type="secondary">
                    {t('inspectionReport.download.progress')}
                  </Typography.Text>
                </Space>
              ) : null}
            </Space>
          </Form>
        </Card>
        {params.unitId == null ? <Alert type="info" showIcon title={t('inspectionReport.pickUnit')} /> : null}
        {downloadError ? <ProblemAlert error={downloadError} /> : null}
        {summary.isError ? <ProblemAlert error={summary.error} onRetry={() => summary.refetch()} /> : null}
        {data ? <Summary data={data} loading={summary.isFetching} /> : null}
      </Flex>
    </PageShell>
  );
}

function Summary({ data, loading }: { data: InspectionSummary; loading: boolean }) {
  const { t } = useI18n();
  const organisations = t('inspectionReport.organisations');
  const members = t('inspectionReport.members');
  const pair = (o: number, m: number) => `${o.toLocaleString('vi-VN')} / ${m.toLocaleString('vi-VN')}`;
  const share = (f: SummaryFigures) => (f.violationPercent == null ? '—' : `${f.violationPercent}%`);

  const figureColumns = (side: 'organisations' | 'members', title: string) => ({
    key: side,
    title,
    children: MEASURES.map((m) => ({
      key: `${side}-${m}`,
      title: t(`inspectionReport.measure.${m}`),
      align: 'right' as const,
      width: 96,
      render: (_: unknown, row: UnitFigures) => row[side][m].toLocaleString('vi-VN'),
    })),
  });
  const columns: TableColumnsType<UnitFigures> = [
    { key: 'label', title: t('inspectionReport.column.unit'), dataIndex: 'label', width: 240, fixed: 'left' },
    figureColumns('organisations', organisations),
    figureColumns('members', members),
  ];

  return (
    <Flex vertical gap="middle" data-testid="summary-view">
      <Card size="small" title={t('inspectionReport.paragraphTitle')}>
        <Typography.Paragraph
          style={{ marginBottom: 0, textAlign: 'justify' }}
          data-testid="summary-paragraph"
        >
          {data.paragraph}
        </Typography.Paragraph>
      </Card>
      <Row gutter={[16, 16]} data-testid="summary-cards">
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic
              title={t('inspectionReport.card.inspected')}
              value={pair(data.organisations.inspected, data.members.inspected)}
            />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic
              title={t('inspectionReport.card.supervised')}
              value={pair(data.organisations.supervised, data.members.supervised)}
            />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic
              title={t('inspectionReport.card.signsOfViolation')}
              value={pair(data.organisations.signsOfViolation, data.members.signsOfViolation)}
            />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card size="small" data-testid="summary-card-violation">
            <Statistic
              title={t('inspectionReport.card.violationFound')}
              value={pair(data.organisations.violationFound, data.members.violationFound)}
            />
            <Typography.Text type="secondary">
              {t('inspectionReport.card.share', {
                organisations: share(data.organisations),
                members: share(data.members),
              })}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic
              title={t('inspectionReport.card.disciplined')}
              value={pair(data.organisations.disciplined, data.members.disciplined)}
            />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card size="small" data-testid="summary-card-appeals">
            <Statistic title={t('inspectionReport.card.appeals')} value={data.appeals.filed} />
            <Typography.Text type="secondary">
              {t('inspectionReport.card.appealsDetail', {
                decided: data.appeals.upheld + data.appeals.changed + data.appeals.annulled,
                pending: data.appeals.pending,
              })}
            </Typography.Text>
          </Card>
        </Col>
      </Row>
      <Typography.Text type="secondary">{t('inspectionReport.cardsHint')}</Typography.Text>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('inspectionReport.chart.figures')}>
            <Chart
              testId="summary-chart-figures"
              label={t('inspectionReport.chart.figures')}
              option={figuresChart(data, {
                measure: (m) => t(`inspectionReport.measure.${m}`),
                organisations,
                members,
              })}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('inspectionReport.chart.forms')}>
            <Chart
              testId="summary-chart-forms"
              label={t('inspectionReport.chart.forms')}
              option={formsChart(data, {
                form: (form) => t(`inspection.discipline.form.${form}` as never),
                organisations: t('inspectionReport.short.organisations'),
                members: t('inspectionReport.short.members'),
              })}
            />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('inspectionReport.tableTitle')}>
        <Table<UnitFigures>
          data-testid="summary-table"
          size="small"
          bordered
          pagination={false}
          loading={loading}
          scroll={{ x: 'max-content' }}
          rowKey={(row) => row.orgUnitId ?? 'self'}
          columns={columns}
          dataSource={data.rows}
          locale={{ emptyText: t('inspectionReport.empty') }}
          summary={() => (
            <Table.Summary fixed>
              <Table.Summary.Row data-testid="summary-total" style={{ fontWeight: 600 }}>
                <Table.Summary.Cell index={0}>{t('inspectionReport.total')}</Table.Summary.Cell>
                {(['organisations', 'members'] as const).flatMap((side, s) =>
                  MEASURES.map((m, i) => (
                    <Table.Summary.Cell
                      index={1 + s * MEASURES.length + i}
                      key={`${side}-${m}`}
                      align="right"
                    >
                      {data[side][m].toLocaleString('vi-VN')}
                    </Table.Summary.Cell>
                  )),
                )}
              </Table.Summary.Row>
            </Table.Summary>
          )}
        />
        {data.notes.map((note) => (
          <Typography.Paragraph key={note} type="secondary" italic style={{ marginTop: 8, marginBottom: 0 }}>
            {note}
          </Typography.Paragraph>
        ))}
      </Card>
    </Flex>
  );
}
