import { PlusOutlined, StarFilled, StarOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import {
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { DocumentQuery, DocumentSummary } from '../../../api/types';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { useSession } from '../../../session';
import { DOCUMENT_TYPES, LEVEL_COLOR, STATUS_COLOR } from '../documentModel';
import { useBookmark, useDocuments } from '../useDocumentQueries';

const PAGE_SIZE = 20;

/** The library: search (diacritics ignored, attachments included), filters, bookmarks. */
export default function DocumentListPage() {
  const { t } = useI18n();
  const { access } = useSession();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [query, setQuery] = useState<DocumentQuery>({ page: 0, size: PAGE_SIZE });
  const list = useDocuments(query);
  const bookmark = useBookmark();
  const change = (next: Partial<DocumentQuery>) => setQuery((q) => ({ ...q, page: 0, ...next }));

  const columns: TableColumnsType<DocumentSummary> = [
    {
      key: 'bookmark',
      title: <StarOutlined aria-label={t('document.column.bookmark')} />,
      width: 48,
      render: (_, row) => (
        <Button
          type="text"
          size="small"
          aria-label={t(row.bookmarked ? 'document.unbookmark' : 'document.bookmark')}
          aria-pressed={row.bookmarked}
          data-testid={`document-star-${row.id}`}
          icon={row.bookmarked ? <StarFilled style={{ color: '#faad14' }} /> : <StarOutlined />}
          onClick={() => bookmark.mutate({ id: row.id, on: !row.bookmarked })}
        />
      ),
    },
    {
      key: 'number',
      title: t('document.column.number'),
      render: (_, row) =>
        row.number ? (
          <span className="nowrap">{row.number}</span>
        ) : (
          <Typography.Text type="secondary">{t('document.noNumber')}</Typography.Text>
        ),
    },
    {
      key: 'title',
      title: t('document.column.title'),
      render: (_, row) => (
        <Flex vertical className="wrap-anywhere">
          <Link to={`/documents/${row.id}`} data-testid={`document-link-${row.id}`}>
            {row.read || !access.isMember ? row.title : <strong>{row.title}</strong>}
          </Link>
          <Typography.Text type="secondary">{t(`document.type.${row.type}`)}</Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'issuedOn',
      title: t('document.column.issuedOn'),
      dataIndex: 'issuedOn',
      render: (d: string | null) => (d ? formatDate(d) : ''),
      responsive: ['md'],
    },
    {
      key: 'confidentiality',
      title: t('document.column.confidentiality'),
      render: (_, row) => (
        <Tag color={LEVEL_COLOR[row.confidentiality]}>{t(`document.level.${row.confidentiality}`)}</Tag>
      ),
      responsive: ['lg'],
    },
    {
      key: 'status',
      title: t('document.column.status'),
      render: (_, row) => (
        <Tag color={STATUS_COLOR[row.status]} data-testid={`document-status-${row.id}`}>
          {t(`document.status.${row.status}`)}
        </Tag>
      ),
      responsive: ['sm'],
    },
  ];

  return (
    <PageShell
      title={t('document.title')}
      extra={
        access.canWriteDocuments ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => navigate('/documents/new')}
            data-testid="document-create"
          >
            {t('document.create')}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{t('document.intro')}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="vertical">
          <Row gutter={16}>
            <Col xs={24} lg={10}>
              <Form.Item label={t('document.search')} htmlFor="document-q">
                <Input.Search
                  id="document-q"
                  data-testid="document-q"
                  allowClear
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  onSearch={(q) => change({ q: q.trim() === '' ? undefined : q.trim() })}
                />
              </Form.Item>
            </Col>
            <Col xs={12} lg={5}>
              <Form.Item label={t('document.filter.type')} htmlFor="document-type">
                <Select
                  id="document-type"
                  allowClear
                  value={query.type}
                  onChange={(type) => change({ type })}
                  options={DOCUMENT_TYPES.map((type) => ({ value: type, label: t(`document.type.${type}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} lg={3}>
              <Form.Item label={t('document.filter.year')} htmlFor="document-year">
                <InputNumber
                  id="document-year"
                  style={{ width: '100%' }}
                  min={1930}
                  max={2200}
                  value={query.year}
                  onChange={(year) => change({ year: year ?? undefined })}
                />
              </Form.Item>
            </Col>
            <Col xs={12} lg={3}>
              <Form.Item label={t('document.filter.bookmarked')} htmlFor="document-bookmarked">
                <Switch
                  id="document-bookmarked"
                  checked={query.bookmarked === true}
                  onChange={(bookmarked) => change({ bookmarked: bookmarked || undefined })}
                />
              </Form.Item>
            </Col>
            {access.isMember ? (
              <Col xs={12} lg={3}>
                <Form.Item label={t('document.filter.unread')} htmlFor="document-unread">
                  <Switch
                    id="document-unread"
                    checked={query.unread === true}
                    onChange={(unread) => change({ unread: unread || undefined })}
                  />
                </Form.Item>
              </Col>
            ) : null}
          </Row>
        </Form>
      </Card>
      {list.isError ? <ProblemAlert error={list.error} onRetry={() => list.refetch()} /> : null}
      <Card size="small">
        <Table<DocumentSummary>
          rowKey="id"
          data-testid="document-table"
          size="middle"
          columns={columns}
          dataSource={list.data?.content ?? []}
          loading={list.isFetching}
          locale={{ emptyText: t('document.empty') }}
          pagination={{
            current: (query.page ?? 0) + 1,
            pageSize: query.size ?? PAGE_SIZE,
            total: list.data?.totalElements ?? 0,
            showSizeChanger: false,
            onChange: (page) => setQuery((q) => ({ ...q, page: page - 1 })),
          }}
        />
      </Card>
    </PageShell>
  );
}
