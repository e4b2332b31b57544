import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Progress,
  Radio,
  Row,
  Space,
  Table,
  type TableColumnsType,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import type { MemberImportError, MemberImportView } from '../../../api/types';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import {
  FINISHED_STATES,
  type ImportMode,
  reportUrl,
  TEMPLATE_CSV,
  TEMPLATE_XLSX,
  useImportJob,
  useStartImport,
} from './useMemberImport';

const ACCEPT = '.xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Import members from Excel or CSV: template, file, mode, live progress, result and errors. */
export default function MemberImportPage() {
  const { t } = useI18n();
  const [file, setFile] = useState<File>();
  const [mode, setMode] = useState<ImportMode>('ALL_OR_NOTHING');
  const [orgUnitId, setOrgUnitId] = useState<number>();
  const start = useStartImport();
  const started = start.data;
  const job = useImportJob(started?.id, started);
  const view = job.data;

  const submit = () => {
    if (!file) return;
    start.mutate({ file, mode, orgUnitId });
  };

  return (
    <PageShell
      title={t('member.import.title')}
      extra={
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={TEMPLATE_XLSX} data-testid="import-template-xlsx">
            {t('member.import.templateXlsx')}
          </Button>
          <Button icon={<DownloadOutlined />} href={TEMPLATE_CSV} data-testid="import-template-csv">
            {t('member.import.templateCsv')}
          </Button>
        </Space>
      }
    >
      <Card style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('member.import.intro')}</Typography.Paragraph>
        <Form layout="vertical" onFinish={submit}>
          <Form.Item label={t('member.import.file')} required>
            <Upload.Dragger
              accept={ACCEPT}
              multiple={false}
              maxCount={1}
              beforeUpload={(chosen) => {
                setFile(chosen);
                return false;
              }}
              onRemove={() => setFile(undefined)}
              fileList={file ? [{ uid: 'file', name: file.name, status: 'done', size: file.size }] : []}
              data-testid="import-file"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('member.import.drop')}</p>
              <p className="ant-upload-hint">{t('member.import.dropHint')}</p>
            </Upload.Dragger>
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label={t('member.import.mode')}>
                <Radio.Group
                  value={mode}
                  onChange={(e) => setMode(e.target.value)}
                  aria-label={t('member.import.mode')}
                >
                  <Space direction="vertical">
                    <Radio value="ALL_OR_NOTHING" data-testid="import-mode-all">
                      {t('member.import.modeAll')}
                    </Radio>
                    <Radio value="VALID_ROWS_ONLY" data-testid="import-mode-valid">
                      {t('member.import.modeValid')}
                    </Radio>
                  </Space>
                </Radio.Group>
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label={t('member.import.target')} htmlFor="import-target">
                <OrgTreeSelect
                  id="import-target"
                  testId="import-target"
                  value={orgUnitId}
                  onChange={setOrgUnitId}
                />
              </Form.Item>
            </Col>
          </Row>
          <Button
            type="primary"
            htmlType="submit"
            icon={<UploadOutlined />}
            disabled={!file}
            loading={start.isPending}
            data-testid="import-start"
          >
            {t('member.import.start')}
          </Button>
        </Form>
      </Card>
      {start.isError ? <ProblemAlert error={start.error} /> : null}
      {job.isError ? <ProblemAlert error={job.error} onRetry={() => job.refetch()} /> : null}
      {view ? <ImportResult job={view} /> : null}
    </PageShell>
  );
}

function progressStatus(job: MemberImportView): 'active' | 'success' | 'exception' | 'normal' {
  if (job.state === 'SUCCEEDED') return 'success';
  if (job.state === 'REJECTED' || job.state === 'FAILED') return 'exception';
  return 'active';
}

function ImportResult({ job }: { job: MemberImportView }) {
  const { t } = useI18n();
  const finished = FINISHED_STATES.has(job.state);
  const columns: TableColumnsType<MemberImportError> = [
    { key: 'row', title: t('member.import.row'), dataIndex: 'row', width: 80 },
    { key: 'column', title: t('member.import.column'), dataIndex: 'column', width: 220 },
    { key: 'value', title: t('member.import.value'), dataIndex: 'value', responsive: ['md'] },
    { key: 'message', title: t('member.import.message'), dataIndex: 'message' },
  ];
  return (
    <Card
      title={t('member.import.result', { file: job.fileName })}
      extra={
        job.errorCount > 0 ? (
          <Button icon={<DownloadOutlined />} href={reportUrl(job.id)} data-testid="import-report">
            {t('member.import.report')}
          </Button>
        ) : null
      }
      data-testid="import-result"
    >
      <Flex vertical gap="middle">
        <div>
          <Typography.Text strong data-testid="import-state">
            {t(`member.import.state.${job.state}` as never)}
          </Typography.Text>
          <Progress
            percent={job.percent}
            status={progressStatus(job)}
            aria-label={t('member.import.progress')}
            data-testid="import-progress"
          />
        </div>
        {finished && job.state === 'REJECTED' ? (
          <Alert type="error" showIcon message={t('member.import.rejected')} />
        ) : null}
        {finished && job.failureMessage ? <Alert type="error" showIcon message={job.failureMessage} /> : null}
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} bordered data-testid="import-counts">
          <Descriptions.Item label={t('member.import.rowsRead')}>{job.rowsRead}</Descriptions.Item>
          <Descriptions.Item label={t('member.import.rowsValid')}>{job.rowsValid}</Descriptions.Item>
          <Descriptions.Item label={t('member.import.inserted')}>
            <span data-testid="import-inserted">{job.inserted}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('member.import.updated')}>{job.updated}</Descriptions.Item>
          <Descriptions.Item label={t('member.import.unchanged')}>{job.unchanged}</Descriptions.Item>
          <Descriptions.Item label={t('member.import.errorCount')}>
            <span data-testid="import-error-count">{job.errorCount}</span>
          </Descriptions.Item>
        </Descriptions>
        {job.errors.length > 0 ? (
          <div data-testid="import-errors">
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              {t('member.import.errors')}
            </Typography.Title>
            <Table<MemberImportError>
              rowKey={(e) => `${e.row}-${e.column}-${e.code}`}
              size="small"
              columns={columns}
              dataSource={job.errors as MemberImportError[]}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
            />
            {job.errorCount > job.errors.length ? (
              <Typography.Text type="secondary">
                {t('member.import.moreErrors', { shown: job.errors.length, total: job.errorCount })}
              </Typography.Text>
            ) : null}
          </div>
        ) : null}
      </Flex>
    </Card>
  );
}
