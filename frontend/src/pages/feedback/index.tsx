import type { TableColumnsType } from 'antd';
import { Alert, Button, Card, Flex, Form, Input, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/http';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageShell } from '../../components/PageShell';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { formatTimeDate } from '../../i18n/format';
import { type Feedback, type FeedbackFilter, useAnswerFeedback, useFeedbackList } from './useFeedbackQueries';

const PAGE_SIZE = 20;

/** Members' questions and opinions from the cells in scope, open ones first, answered in place. */
export default function FeedbackPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<FeedbackFilter>({ state: 'OPEN', page: 0, size: PAGE_SIZE });
  const list = useFeedbackList(filter);
  const change = (next: Partial<FeedbackFilter>) => setFilter((f) => ({ ...f, page: 0, ...next }));

  const columns: TableColumnsType<Feedback> = [
    {
      key: 'createdAt',
      title: t('feedback.column.createdAt'),
      render: (_, row) => formatTimeDate(row.createdAt),
      responsive: ['md'],
    },
    {
      key: 'subject',
      title: t('feedback.column.subject'),
      render: (_, row) => (
        <Flex vertical>
          <Typography.Text strong>{row.subject}</Typography.Text>
          <Typography.Text type="secondary">
            {row.memberName} · {row.orgUnitName}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'kind',
      title: t('feedback.column.kind'),
      render: (_, row) => t(row.kind === 'QUESTION' ? 'feedback.kind.QUESTION' : 'feedback.kind.OPINION'),
      responsive: ['sm'],
    },
    {
      key: 'state',
      title: t('feedback.column.state'),
      render: (_, row) => (
        <Tag color={row.state === 'ANSWERED' ? 'green' : 'gold'} data-testid={`feedback-state-${row.id}`}>
          {t(row.state === 'ANSWERED' ? 'feedback.state.ANSWERED' : 'feedback.state.OPEN')}
        </Tag>
      ),
    },
  ];

  return (
    <PageShell title={t('menu.feedback.list')}>
      <Typography.Paragraph type="secondary">{t('feedback.intro')}</Typography.Paragraph>
      <Card size="small" className="filters">
        <Space wrap>
          <Segmented
            aria-label={t('feedback.filter.state')}
            value={filter.state ?? 'ALL'}
            onChange={(value) =>
              change({ state: value === 'ALL' ? undefined : (value as Feedback['state']) })
            }
            options={[
              { value: 'OPEN', label: t('feedback.state.OPEN') },
              { value: 'ANSWERED', label: t('feedback.state.ANSWERED') },
              { value: 'ALL', label: t('feedback.filter.all') },
            ]}
          />
          <OrgTreeSelect value={filter.orgUnitId} onChange={(orgUnitId) => change({ orgUnitId })} />
        </Space>
      </Card>
      <ProblemAlert error={list.error} onRetry={() => list.refetch()} />
      <Table<Feedback>
        rowKey="id"
        data-testid="feedback-table"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.content ?? []}
        expandable={{
          expandedRowRender: (row) => <FeedbackDetail row={row} />,
          rowExpandable: () => true,
          expandRowByClick: true,
        }}
        locale={{ emptyText: t('feedback.empty') }}
        pagination={{
          current: filter.page + 1,
          pageSize: filter.size,
          total: list.data?.totalElements ?? 0,
          showSizeChanger: false,
          onChange: (page) => setFilter((f) => ({ ...f, page: page - 1 })),
        }}
      />
    </PageShell>
  );
}

function FeedbackDetail({ row }: { row: Feedback }) {
  const { t } = useI18n();
  const answer = useAnswerFeedback();
  const [text, setText] = useState('');
  const error = answer.error instanceof ApiError ? answer.error : undefined;
  const fieldError = error?.fieldErrors.find((e) => e.field === 'answer')?.message;
  return (
    <Flex vertical gap="small" data-testid={`feedback-detail-${row.id}`}>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
        {row.body}
      </Typography.Paragraph>
      {row.state === 'ANSWERED' ? (
        <Alert
          type="success"
          title={t('feedback.answeredBy', {
            by: row.answeredBy ?? '',
            time: formatTimeDate(row.answeredAt),
          })}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{row.answer}</span>}
        />
      ) : (
        <Form
          layout="vertical"
          onFinish={() => answer.mutate({ id: row.id, answer: text, version: row.version })}
        >
          <Form.Item
            label={t('feedback.answer')}
            validateStatus={fieldError ? 'error' : undefined}
            help={fieldError}
          >
            <Input.TextArea
              rows={3}
              maxLength={4000}
              value={text}
              onChange={(e) => setText(e.target.value)}
              data-testid={`feedback-answer-${row.id}`}
            />
          </Form.Item>
          {error && !fieldError ? <ProblemAlert error={error} /> : null}
          <Button
            type="primary"
            htmlType="submit"
            loading={answer.isPending}
            data-testid={`feedback-send-${row.id}`}
          >
            {t('feedback.send')}
          </Button>
        </Form>
      )}
    </Flex>
  );
}
