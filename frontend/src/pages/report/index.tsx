import { DownloadOutlined, FileExcelOutlined, FilePdfOutlined, TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
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
  Select,
  Space,
  Spin,
  Table,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api, request } from '../../api/http';
import type { ApiError } from '../../api/problem';
import type { ReportRow } from '../../api/types';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageShell } from '../../components/PageShell';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { DATE_FORMAT, toIsoDate } from '../../i18n/format';
import { exportMembers } from '../member/useMemberQueries';
import { fileName, groupColumns } from './reportModel';
import { downloadReport, type ReportParams, useCatalogue, useReport } from './useReportQueries';

type Format = 'xlsx' | 'pdf' | 'members';

/** The standard statistical reports: pick a form, an organisation and a date; see the table; download it. */
export default function ReportPage() {
  const { t } = useI18n();
  const [params, setParams] = useState<ReportParams>({ kind: 'MEMBERS' });
  const [downloading, setDownloading] = useState<Format | null>(null);
  const [downloadError, setDownloadError] = useState<ApiError | null>(null);
  const catalogue = useCatalogue();
  const roots = useQuery({
    queryKey: ['org-units', 'roots'],
    queryFn: () => request(api.GET('/api/v1/org-units/roots')),
  });
  const report = useReport(params);
  const data = report.data;

  useEffect(() => {
    const first = roots.data?.[0];
    if (params.orgUnitId == null && first) setParams((p) => ({ ...p, orgUnitId: first.id }));
  }, [roots.data, params.orgUnitId]);

  const change = (next: Partial<ReportParams>) => setParams((p) => ({ ...p, ...next }));

  const download = async (format: Format) => {
    if (!data) return;
    setDownloading(format);
    setDownloadError(null);
    try {
      if (format === 'members') {
        await exportMembers(
          { q: '', orgUnitId: data.orgUnitId, page: 0, size: 1 },
          t('report.membersFile', { date: data.referenceDate }),
        );
      } else {
        await downloadReport(
          { ...params, date: data.referenceDate },
          format,
          fileName(data.formCode, data.referenceDate, format),
        );
      }
    } catch (error) {
      setDownloadError(error as ApiError);
    } finally {
      setDownloading(null);
    }
  };

  const columns: TableColumnsType<ReportRow & { no: string }> = [
    { key: 'no', title: t('report.column.no'), dataIndex: 'no', width: 48, align: 'center', fixed: 'left' },
    { key: 'label', title: data?.rowHeader, dataIndex: 'label', width: 240, fixed: 'left' },
    ...(data
      ? groupColumns(data.columns).map((heading) => {
          const leaves = heading.columns.map(({ index, column }) => ({
            key: column.key,
            title: column.label,
            align: 'right' as const,
            width: 84,
            render: (_: unknown, row: ReportRow) => row.values[index]?.toLocaleString('vi-VN'),
          }));
          return heading.group == null
            ? leaves[0]
            : { key: `group-${heading.columns[0]?.column.key}`, title: heading.group, children: leaves };
        })
      : []),
  ];

  return (
    <PageShell title={t('report.title')}>
      <Typography.Paragraph type="secondary">{t('report.intro')}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="vertical">
          <Row gutter={16}>
            <Col xs={24} lg={9}>
              <Form.Item label={t('report.filter.kind')} htmlFor="report-kind">
                <Select
                  id="report-kind"
                  data-testid="report-kind"
                  value={params.kind}
                  loading={catalogue.isLoading}
                  onChange={(kind: string) => change({ kind })}
                  options={(catalogue.data ?? []).map((entry) => ({
                    value: entry.kind,
                    label: `${entry.formCode} — ${entry.title}`,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} lg={9}>
              <Form.Item label={t('report.filter.orgUnit')} htmlFor="report-org">
                <OrgTreeSelect
                  id="report-org"
                  testId="report-org"
                  value={params.orgUnitId}
                  onChange={(orgUnitId) => change({ orgUnitId })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} lg={6}>
              <Form.Item
                label={t('report.filter.date')}
                htmlFor="report-date"
                extra={t('report.filter.dateHint')}
              >
                <DatePicker
                  id="report-date"
                  data-testid="report-date"
                  format={DATE_FORMAT}
                  style={{ width: '100%' }}
                  value={params.date ? dayjs(params.date) : data ? dayjs(data.referenceDate) : null}
                  disabledDate={(d: Dayjs) => d.isAfter(dayjs(), 'day')}
                  onChange={(d: Dayjs | null) => change({ date: d ? toIsoDate(d) : undefined })}
                />
              </Form.Item>
            </Col>
          </Row>
          <Space wrap>
            <Button
              type="primary"
              icon={<FileExcelOutlined />}
              loading={downloading === 'xlsx'}
              disabled={!data || downloading != null}
              onClick={() => download('xlsx')}
              data-testid="report-xlsx"
            >
              {t('report.download.xlsx')}
            </Button>
            <Button
              icon={<FilePdfOutlined />}
              loading={downloading === 'pdf'}
              disabled={!data || downloading != null}
              onClick={() => download('pdf')}
              data-testid="report-pdf"
            >
              {t('report.download.pdf')}
            </Button>
            <Button
              icon={<TeamOutlined />}
              loading={downloading === 'members'}
              disabled={!data || downloading != null}
              onClick={() => download('members')}
              data-testid="report-members"
            >
              {t('report.download.members')}
            </Button>
            {downloading ? (
              <Space data-testid="report-downloading" role="status">
                <Spin size="small" indicator={<DownloadOutlined spin />} />
                <Typography.Text type="secondary">{t('report.download.progress')}</Typography.Text>
              </Space>
            ) : null}
          </Space>
        </Form>
      </Card>
      {downloadError ? <ProblemAlert error={downloadError} /> : null}
      {report.isError ? <ProblemAlert error={report.error} onRetry={() => report.refetch()} /> : null}
      {data ? (
        <Card size="small" data-testid="report-view">
          <Row gutter={16} style={{ marginBottom: 12 }}>
            <Col span={12} style={{ textAlign: 'center' }}>
              {data.issuer.map((line) => (
                <Typography.Text strong key={line} style={{ display: 'block' }}>
                  {line}
                </Typography.Text>
              ))}
            </Col>
            <Col span={12} style={{ textAlign: 'center' }}>
              <Typography.Text strong underline style={{ display: 'block' }}>
                ĐẢNG CỘNG SẢN VIỆT NAM
              </Typography.Text>
              <Typography.Text italic>{`${data.place}, ngày … tháng … năm …`}</Typography.Text>
            </Col>
          </Row>
          <Flex vertical align="center" style={{ marginBottom: 12 }}>
            <Typography.Text strong style={{ alignSelf: 'flex-end' }} data-testid="report-form">
              {data.formCode}
            </Typography.Text>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="report-title">
              {data.title}
            </Typography.Title>
            <Typography.Text>{data.unitName}</Typography.Text>
            <Typography.Text italic data-testid="report-period">
              {data.period}
            </Typography.Text>
          </Flex>
          <Table
            data-testid="report-table"
            size="small"
            bordered
            pagination={false}
            loading={report.isFetching}
            scroll={{ x: 'max-content' }}
            rowKey={(row) => `${row.orgUnitId ?? 'self'}-${row.no}`}
            columns={columns}
            dataSource={data.rows.map((row, i) => ({ ...row, no: String(i + 1) }))}
            summary={() => (
              <Table.Summary fixed>
                <Table.Summary.Row data-testid="report-total" style={{ fontWeight: 600 }}>
                  <Table.Summary.Cell index={0} />
                  <Table.Summary.Cell index={1}>{data.total.label}</Table.Summary.Cell>
                  {data.total.values.map((value, i) => (
                    <Table.Summary.Cell index={i + 2} key={data.columns[i]?.key ?? i} align="right">
                      {value.toLocaleString('vi-VN')}
                    </Table.Summary.Cell>
                  ))}
                </Table.Summary.Row>
              </Table.Summary>
            )}
          />
          {data.notes.map((note) => (
            <Typography.Paragraph
              key={note}
              type="secondary"
              italic
              style={{ marginTop: 8, marginBottom: 0 }}
            >
              {note}
            </Typography.Paragraph>
          ))}
        </Card>
      ) : report.isLoading || roots.isLoading ? (
        <Alert type="info" showIcon message={t('report.loading')} />
      ) : null}
    </PageShell>
  );
}
