import { PlusOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import { Button, Card, DatePicker, Flex, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CONFERENCE_MANAGER_ROLES } from '../../access';
import { applyProblemToForm } from '../../components/forms';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageShell } from '../../components/PageShell';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { DATE_FORMAT, formatDate, toIsoDate } from '../../i18n/format';
import { useSession } from '../../session';
import type { ConferenceBody, ConferenceKind, ConferenceSummary } from './conferenceTypes';
import { useConferences, usePlanConference } from './useConferenceQueries';

export const BODIES: ConferenceBody[] = [
  'EXECUTIVE_COMMITTEE',
  'STANDING_COMMITTEE',
  'STANDING_MEMBERS',
  'CELL',
];
export const KINDS: ConferenceKind[] = ['REGULAR', 'THEMATIC', 'EXTRAORDINARY', 'CONSULTATION'];

/** Conferences the user reaches: of the units of their scope, those they take part in, consultations asking them. */
export default function ConferenceListPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const canManage = me.roles.some((g) => CONFERENCE_MANAGER_ROLES.includes(g.role));
  const [unitId, setUnitId] = useState<number | undefined>();
  const [body, setBody] = useState<ConferenceBody | undefined>();
  const [creating, setCreating] = useState(false);
  const list = useConferences(unitId, body);
  const columns: TableColumnsType<ConferenceSummary> = [
    {
      key: 'heldOn',
      title: t('conference.field.heldOn'),
      render: (_, row) => formatDate(row.heldOn),
      width: 120,
    },
    {
      key: 'title',
      title: t('conference.field.title'),
      render: (_, row) => (
        <Flex vertical>
          <Link to={`/conferences/${row.id}`} data-testid={`conference-open-${row.id}`}>
            {row.title}
          </Link>
          <Typography.Text type="secondary">{row.orgUnitName}</Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'kind',
      title: t('conference.field.kind'),
      render: (_, row) => (
        <Tag color={row.kind === 'CONSULTATION' ? 'blue' : row.kind === 'THEMATIC' ? 'purple' : undefined}>
          {t(`conference.kind.${row.kind}`)}
        </Tag>
      ),
      responsive: ['md'],
    },
    {
      key: 'counts',
      title: t('conference.tab.opinions'),
      render: (_, row) => row.opinions,
      responsive: ['lg'],
      width: 100,
    },
  ];
  return (
    <PageShell
      title={t('conference.title')}
      extra={
        canManage ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="conference-create"
          >
            {t('conference.create')}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{t('conference.intro')}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap>
          <div style={{ minWidth: 240, flex: '1 1 240px' }}>
            <OrgTreeSelect id="conference-org" testId="conference-org" value={unitId} onChange={setUnitId} />
          </div>
          <Select<ConferenceBody>
            allowClear
            style={{ minWidth: 200, flex: '0 1 220px' }}
            placeholder={t('conference.field.body')}
            aria-label={t('conference.field.body')}
            value={body}
            onChange={setBody}
            options={BODIES.map((b) => ({ value: b, label: t(`conference.body.${b}`) }))}
          />
        </Flex>
      </Card>
      <ProblemAlert error={list.error} onRetry={() => list.refetch()} />
      <Table<ConferenceSummary>
        rowKey="id"
        data-testid="conference-list"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data ?? []}
        locale={{ emptyText: t('conference.empty') }}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
      />
      {creating ? <PlanConferenceModal onClose={() => setCreating(false)} /> : null}
    </PageShell>
  );
}

interface PlanValues {
  orgUnitId: number;
  body: ConferenceBody;
  kind: ConferenceKind;
  heldOn: Dayjs;
  place?: string;
  topic?: string;
  title?: string;
}

/** Plans a conference; the server numbers and titles it, then the page opens. */
function PlanConferenceModal({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<PlanValues>();
  const plan = usePlanConference();
  const kind = Form.useWatch('kind', form);
  const required = [{ required: true, message: t('conference.required') }];
  return (
    <Modal
      open
      title={t('conference.create')}
      onCancel={onClose}
      okText={t('conference.save')}
      cancelText={t('conference.cancel')}
      okButtonProps={{ loading: plan.isPending, 'data-testid': 'conference-create-submit' } as never}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ProblemAlert error={plan.error} />
      <Form<PlanValues>
        form={form}
        layout="vertical"
        initialValues={{ body: 'EXECUTIVE_COMMITTEE', kind: 'REGULAR' }}
        onFinish={(v) =>
          plan.mutate(
            {
              orgUnitId: v.orgUnitId,
              body: v.body,
              kind: v.kind,
              heldOn: toIsoDate(v.heldOn),
              place: v.place?.trim() || undefined,
              topic: v.topic?.trim() || undefined,
              title: v.title?.trim() || undefined,
            },
            {
              onSuccess: (created) => navigate(`/conferences/${created.id}`),
              onError: (e) => applyProblemToForm(form, e),
            },
          )
        }
      >
        <Form.Item name="orgUnitId" label={t('conference.field.orgUnit')} rules={required}>
          <OrgTreeSelect testId="conference-create-org" />
        </Form.Item>
        <Form.Item name="body" label={t('conference.field.body')} rules={required}>
          <Select
            data-testid="conference-create-body"
            options={BODIES.map((b) => ({ value: b, label: t(`conference.body.${b}`) }))}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('conference.field.kind')} rules={required}>
          <Select
            data-testid="conference-create-kind"
            options={KINDS.map((k) => ({ value: k, label: t(`conference.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="heldOn" label={t('conference.field.heldOn')} rules={required}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} data-testid="conference-create-day" />
        </Form.Item>
        {kind === 'THEMATIC' ? (
          <Form.Item name="topic" label={t('conference.field.topic')} rules={required}>
            <Input maxLength={500} data-testid="conference-create-topic" />
          </Form.Item>
        ) : null}
        {kind === 'CONSULTATION' ? (
          <Form.Item name="title" label={t('conference.field.title')} rules={required}>
            <Input maxLength={500} data-testid="conference-create-title" />
          </Form.Item>
        ) : null}
        <Form.Item name="place" label={t('conference.field.place')}>
          <Input maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
