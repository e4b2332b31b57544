import { InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  Descriptions,
  Empty,
  Flex,
  Progress,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
  Upload,
} from 'antd';
import type { FeeImportIssue } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatVnd } from '../feeModel';
import { useImportPortalFile } from '../useFeeQueries';

interface Props {
  orgUnitId: number | undefined;
}

/** Uploads the portal's CSV export into the chosen unit and shows what matched and what did not. */
export function ImportPanel({ orgUnitId }: Props) {
  const { t } = useI18n();
  const upload = useImportPortalFile();
  const report = upload.data;

  if (orgUnitId == null) return <Empty description={t('fee.chooseCell')} />;

  const columns: TableColumnsType<FeeImportIssue> = [
    { key: 'line', title: t('fee.import.line'), dataIndex: 'line', width: 70 },
    {
      key: 'kind',
      title: t('fee.import.kind'),
      render: (_, issue) => (
        <Tag color={issue.blocking ? 'red' : 'gold'} data-testid={`fee-issue-${issue.kind}`}>
          {t(`fee.import.issue.${issue.kind}`)}
        </Tag>
      ),
    },
    { key: 'identifier', title: t('fee.import.identifier'), dataIndex: 'identifier', responsive: ['sm'] },
    { key: 'reference', title: t('fee.import.reference'), dataIndex: 'reference', responsive: ['md'] },
    { key: 'detail', title: t('fee.import.detail'), dataIndex: 'detail' },
  ];

  return (
    <Flex vertical gap="middle">
      <Typography.Paragraph type="secondary">{t('fee.import.intro')}</Typography.Paragraph>
      <Upload.Dragger
        accept=".csv,text/csv"
        multiple={false}
        showUploadList={false}
        data-testid="fee-import-upload"
        beforeUpload={(file) => {
          upload.mutate({ file, orgUnitId });
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('fee.import.drop')}</p>
      </Upload.Dragger>
      {upload.isPending ? (
        <Flex vertical gap="small" data-testid="fee-import-progress">
          <Typography.Text>{t('fee.import.uploading')}</Typography.Text>
          <Progress percent={99} status="active" showInfo={false} />
        </Flex>
      ) : null}
      {upload.isError ? <ProblemAlert error={upload.error} /> : null}
      {report ? (
        <Flex vertical gap="middle" data-testid="fee-import-report">
          <Alert
            type={report.applied ? 'success' : 'error'}
            showIcon
            title={
              report.applied
                ? t('fee.import.applied', { count: report.recorded, amount: formatVnd(report.amount) })
                : t('fee.import.rejected', { count: report.issues.filter((i) => i.blocking).length })
            }
            data-testid={report.applied ? 'fee-import-applied' : 'fee-import-rejected'}
          />
          <Descriptions size="small" column={{ xs: 1, sm: 3 }} bordered>
            <Descriptions.Item label={t('fee.import.rows')}>{report.rows}</Descriptions.Item>
            <Descriptions.Item label={t('fee.import.matched')}>{report.matched}</Descriptions.Item>
            <Descriptions.Item label={t('fee.import.recorded')}>{report.recorded}</Descriptions.Item>
          </Descriptions>
          {report.issues.length > 0 ? (
            <Table<FeeImportIssue>
              rowKey={(i) => `${i.line}-${i.kind}`}
              size="small"
              title={() => <Typography.Text strong>{t('fee.import.issues')}</Typography.Text>}
              columns={columns}
              dataSource={report.issues}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              scroll={{ x: true }}
            />
          ) : null}
        </Flex>
      ) : null}
    </Flex>
  );
}
