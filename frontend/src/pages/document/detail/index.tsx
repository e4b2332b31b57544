import {
  CheckOutlined,
  EditOutlined,
  FileTextOutlined,
  SendOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { TableColumnsType } from 'antd';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  List,
  Progress,
  Row,
  Segmented,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { ApiError } from '../../../api/http';
import type { DocumentReader, DocumentScope, DocumentView, ReadState } from '../../../api/types';
import { PageLoading } from '../../../components/PageLoading';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatDate, formatDateTime } from '../../../i18n/format';
import { useSession } from '../../../session';
import { LEVEL_COLOR, readPercent, STATUS_COLOR } from '../documentModel';
import {
  documentKeys,
  uploadAttachment,
  useAcknowledge,
  useDocument,
  usePublish,
  useReaders,
} from '../useDocumentQueries';

const STATE_COLOR = { UNREAD: 'default', READ: 'blue', ACKNOWLEDGED: 'green' } as const;

/** A document: its metadata, attachments and links; for staff, who of their members has read it. */
export default function DocumentDetailPage() {
  const { t } = useI18n();
  const params = useParams();
  const id = Number(params.id);
  const document = useDocument(id);
  const { access } = useSession();
  const [tab, setTab] = useState('info');

  if (document.isLoading) return <PageLoading />;
  if (document.isError || !document.data) {
    return (
      <PageShell title={t('menu.document.detail')}>
        <ProblemAlert error={document.error} onRetry={() => document.refetch()} />
      </PageShell>
    );
  }
  const doc = document.data;
  const title = doc.number ? `${doc.number} · ${doc.title}` : doc.title;
  return (
    <PageShell title={title} extra={<Actions doc={doc} />}>
      <Flex gap="small" wrap style={{ marginBottom: 12 }}>
        <Tag color={STATUS_COLOR[doc.status]} data-testid="document-status">
          {t(`document.status.${doc.status}`)}
        </Tag>
        <Tag color={LEVEL_COLOR[doc.confidentiality]}>{t(`document.level.${doc.confidentiality}`)}</Tag>
        {doc.linkedBy.map((l) => (
          <Tag key={l.documentId} color="orange">
            {t(l.kind === 'REPLACES' ? 'document.link.replacedBy' : 'document.link.amendedBy')}{' '}
            <Link to={`/documents/${l.documentId}`}>{l.number ?? l.title}</Link>
          </Tag>
        ))}
        <Link to="/documents">{t('document.detail.back')}</Link>
      </Flex>
      {access.canWriteDocuments ? (
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'info', label: t('document.detail.tabInfo'), children: <Info doc={doc} /> },
            {
              key: 'readers',
              label: <span data-testid="document-tab-readers">{t('document.detail.tabReaders')}</span>,
              children: <Readers doc={doc} enabled={tab === 'readers'} />,
            },
          ]}
        />
      ) : (
        <Info doc={doc} />
      )}
    </PageShell>
  );
}

function Actions({ doc }: { doc: DocumentView }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const publish = usePublish(doc.id);
  const acknowledge = useAcknowledge(doc.id);
  const [error, setError] = useState<unknown>(null);
  return (
    <Space wrap>
      {doc.manageable && doc.status === 'DRAFT' ? (
        <>
          <Button icon={<EditOutlined />} onClick={() => navigate(`/documents/${doc.id}/edit`)}>
            {t('document.detail.edit')}
          </Button>
          <Button
            type="primary"
            icon={<SendOutlined />}
            loading={publish.isPending}
            data-testid="document-publish"
            onClick={() =>
              publish.mutate(doc.version, {
                onSuccess: (view) =>
                  message.success(t('document.detail.published', { number: view.number ?? '' })),
                onError: setError,
              })
            }
          >
            {t('document.detail.publish')}
          </Button>
        </>
      ) : null}
      {doc.status === 'PUBLISHED' && doc.readAt != null && doc.acknowledgedAt == null ? (
        <Button icon={<CheckOutlined />} loading={acknowledge.isPending} onClick={() => acknowledge.mutate()}>
          {t('document.detail.acknowledge')}
        </Button>
      ) : null}
      {doc.acknowledgedAt ? (
        <Typography.Text type="success">
          {t('document.detail.acknowledgedAt', { time: formatDateTime(doc.acknowledgedAt) })}
        </Typography.Text>
      ) : null}
      {error ? <ProblemAlert error={error} /> : null}
    </Space>
  );
}

function scopeLabel(row: DocumentScope, t: ReturnType<typeof useI18n>['t']): string {
  const kind = t(`document.scopeKind.${row.kind}`);
  if (row.kind === 'ROLE' && row.role) return `${kind}: ${t(`document.role.${row.role}`)}`;
  if (row.orgUnitId != null) return `${kind}: ${row.orgUnitName ?? row.orgUnitId}`;
  return kind;
}

function Info({ doc }: { doc: DocumentView }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [progress, setProgress] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<ApiError | null>(null);
  return (
    <Row gutter={16}>
      <Col xs={24} xl={14}>
        <Card size="small" style={{ marginBottom: 16 }}>
          <Descriptions column={{ xs: 1, sm: 2 }} size="small">
            <Descriptions.Item label={t('document.detail.number')}>
              {doc.number ?? t('document.noNumber')}
            </Descriptions.Item>
            <Descriptions.Item label={t('document.detail.type')}>
              {t(`document.type.${doc.type}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('document.detail.issuer')}>{doc.issuerCode}</Descriptions.Item>
            <Descriptions.Item label={t('document.detail.unit')}>{doc.orgUnitName}</Descriptions.Item>
            <Descriptions.Item label={t('document.detail.issuedOn')}>
              {doc.issuedOn ? formatDate(doc.issuedOn) : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('document.detail.effectiveOn')}>
              {doc.effectiveOn ? formatDate(doc.effectiveOn) : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('document.detail.signer')}>{doc.signer ?? ''}</Descriptions.Item>
            <Descriptions.Item label={t('document.detail.confidentiality')}>
              {t(`document.level.${doc.confidentiality}`)}
            </Descriptions.Item>
            {doc.incoming ? (
              <Descriptions.Item label={t('document.detail.incoming')}>✓</Descriptions.Item>
            ) : null}
            {doc.congress ? (
              <Descriptions.Item label={t('document.detail.congress')}>✓</Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t('document.detail.summary')} span={2}>
              {doc.summary ?? ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('document.detail.scope')} span={2}>
              <Flex gap="small" wrap>
                {doc.scope.map((row) => (
                  <Tag key={`${row.kind}-${row.orgUnitId}-${row.role}`}>{scopeLabel(row, t)}</Tag>
                ))}
              </Flex>
            </Descriptions.Item>
            {doc.links.length > 0 ? (
              <Descriptions.Item label={t('document.detail.links')} span={2}>
                <Flex vertical>
                  {doc.links.map((l) => (
                    <span key={l.documentId}>
                      {t(`document.link.${l.kind}`)}{' '}
                      <Link to={`/documents/${l.documentId}`}>{l.number ?? l.title}</Link>
                    </span>
                  ))}
                </Flex>
              </Descriptions.Item>
            ) : null}
          </Descriptions>
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card size="small" title={t('document.detail.attachments')} data-testid="document-attachments">
          {doc.attachments.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('document.detail.noAttachments')} />
          ) : (
            <List
              size="small"
              dataSource={doc.attachments}
              renderItem={(a) => (
                <List.Item>
                  <a href={`/api/v1/documents/${doc.id}/attachments/${a.id}`} download={a.fileName}>
                    <FileTextOutlined /> {a.fileName}
                  </a>
                  <Typography.Text type="secondary">
                    {Math.max(1, Math.round(a.size / 1024))} KB
                  </Typography.Text>
                </List.Item>
              )}
            />
          )}
          {doc.manageable ? (
            <Flex vertical gap="small" style={{ marginTop: 12 }}>
              <Upload
                accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                showUploadList={false}
                customRequest={({ file }) => {
                  setUploadError(null);
                  setProgress(0);
                  uploadAttachment(doc.id, file as File, setProgress)
                    .then((a) => {
                      message.success(t('document.detail.uploaded', { name: a.fileName }));
                      return client.invalidateQueries({ queryKey: documentKeys.detail(doc.id) });
                    })
                    .catch((e: ApiError) => setUploadError(e))
                    .finally(() => setProgress(null));
                }}
              >
                <Button icon={<UploadOutlined />} data-testid="document-upload">
                  {t('document.detail.upload')}
                </Button>
              </Upload>
              {progress != null ? <Progress percent={progress} size="small" /> : null}
              {uploadError ? <ProblemAlert error={uploadError} /> : null}
            </Flex>
          ) : null}
        </Card>
      </Col>
    </Row>
  );
}

function Readers({ doc, enabled }: { doc: DocumentView; enabled: boolean }) {
  const { t } = useI18n();
  const [state, setState] = useState<ReadState | undefined>(undefined);
  const [page, setPage] = useState(0);
  const readers = useReaders(doc.id, state, page, enabled && doc.status === 'PUBLISHED');
  if (doc.status !== 'PUBLISHED') return <Empty description={t('document.readers.draft')} />;
  if (readers.isError) return <ProblemAlert error={readers.error} onRetry={() => readers.refetch()} />;
  const data = readers.data;
  const columns: TableColumnsType<DocumentReader> = [
    { key: 'name', title: t('document.readers.name'), dataIndex: 'fullName' },
    {
      key: 'state',
      title: t('document.readers.state'),
      render: (_, row) => (
        <Tag color={STATE_COLOR[row.state]}>{t(`document.readers.state_${row.state}`)}</Tag>
      ),
    },
    {
      key: 'readAt',
      title: t('document.readers.readAt'),
      render: (_, row) => (row.readAt ? formatDateTime(row.readAt) : ''),
      responsive: ['md'],
    },
    {
      key: 'ackAt',
      title: t('document.readers.acknowledgedAt'),
      render: (_, row) => (row.acknowledgedAt ? formatDateTime(row.acknowledgedAt) : ''),
      responsive: ['lg'],
    },
  ];
  return (
    <div data-testid="document-readers">
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Statistic title={t('document.readers.total')} value={data?.total ?? 0} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('document.readers.read')} value={data?.read ?? 0} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('document.readers.acknowledged')} value={data?.acknowledged ?? 0} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('document.readers.unread')} value={data?.unread ?? 0} />
        </Col>
      </Row>
      <Typography.Text id="document-read-progress">{t('document.readers.progress')}</Typography.Text>
      <Progress
        percent={data ? readPercent(data) : 0}
        success={{ percent: data && data.total > 0 ? Math.round((data.acknowledged / data.total) * 100) : 0 }}
        aria-labelledby="document-read-progress"
      />
      <Segmented<string>
        style={{ margin: '12px 0' }}
        value={state ?? 'ALL'}
        onChange={(v) => {
          setState(v === 'ALL' ? undefined : (v as ReadState));
          setPage(0);
        }}
        options={[
          { value: 'ALL', label: t('document.readers.all') },
          { value: 'UNREAD', label: t('document.readers.unread') },
          { value: 'READ', label: t('document.readers.read') },
          { value: 'ACKNOWLEDGED', label: t('document.readers.acknowledged') },
        ]}
      />
      <Table<DocumentReader>
        rowKey="memberId"
        size="small"
        columns={columns}
        dataSource={data?.members.content ?? []}
        loading={readers.isFetching}
        pagination={{
          current: page + 1,
          pageSize: 20,
          total: data?.members.totalElements ?? 0,
          showSizeChanger: false,
          onChange: (p) => setPage(p - 1),
        }}
      />
    </div>
  );
}
