import { PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageShell } from '../../components/PageShell';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { DATE_FORMAT, formatDate, toIsoDate } from '../../i18n/format';
import type { CreateElectionBody, ElectionSummary } from './electionTypes';
import { useCreateElection, useElections } from './useElectionQueries';

const OCCASIONS = ['MEMBERS_CONGRESS', 'DELEGATES_CONGRESS', 'COMMITTEE_PLENUM'] as const;
const BODIES = [
  'EXECUTIVE_COMMITTEE',
  'STANDING_COMMITTEE',
  'SECRETARY',
  'DEPUTY_SECRETARIES',
  'INSPECTION_COMMISSION',
  'INSPECTION_CHAIRMAN',
  'DELEGATES',
] as const;

interface CreateValues {
  orgUnitId: number;
  title: string;
  occasion: CreateElectionBody['occasion'];
  body: CreateElectionBody['body'];
  seats: number;
  heldOn: Dayjs;
  directSecretary?: boolean;
}

/** Bầu cử: the elections of the caller's scope and a form to prepare a new one (QĐ 190-QĐ/TW). */
export default function ElectionListPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const elections = useElections();
  const create = useCreateElection();
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<CreateValues>();

  const submit = (values: CreateValues) =>
    create.mutate(
      {
        orgUnitId: values.orgUnitId,
        title: values.title,
        occasion: values.occasion,
        body: values.body,
        seats: values.seats,
        heldOn: toIsoDate(values.heldOn),
        directSecretary: values.directSecretary ?? false,
      },
      { onSuccess: (e) => navigate(`/elections/${e.id}`) },
    );

  return (
    <PageShell
      title={t('election.title')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="election-new"
        >
          {t('election.create')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('election.intro')}</Typography.Paragraph>
      {creating ? (
        <Card title={t('election.create')} style={{ marginBottom: 16 }}>
          <ProblemAlert error={create.error} />
          <Form
            form={form}
            layout="vertical"
            onFinish={submit}
            initialValues={{ occasion: 'MEMBERS_CONGRESS' }}
          >
            <Form.Item name="orgUnitId" label={t('election.field.unit')} rules={[{ required: true }]}>
              <OrgTreeSelect testId="election-unit" />
            </Form.Item>
            <Form.Item name="title" label={t('election.field.title')} rules={[{ required: true, max: 300 }]}>
              <Input data-testid="election-title" />
            </Form.Item>
            <Space wrap size="large">
              <Form.Item name="occasion" label={t('election.field.occasion')} rules={[{ required: true }]}>
                <Select
                  style={{ minWidth: 220 }}
                  data-testid="election-occasion"
                  options={OCCASIONS.map((o) => ({ value: o, label: t(`election.occasion.${o}`) }))}
                />
              </Form.Item>
              <Form.Item name="body" label={t('election.field.body')} rules={[{ required: true }]}>
                <Select
                  style={{ minWidth: 260 }}
                  data-testid="election-body"
                  options={BODIES.map((b) => ({ value: b, label: t(`election.body.${b}`) }))}
                />
              </Form.Item>
              <Form.Item name="seats" label={t('election.field.seats')} rules={[{ required: true }]}>
                <InputNumber min={1} max={500} data-testid="election-seats" />
              </Form.Item>
              <Form.Item name="heldOn" label={t('election.field.heldOn')} rules={[{ required: true }]}>
                <DatePicker format={DATE_FORMAT} data-testid="election-held-on" />
              </Form.Item>
            </Space>
            <Form.Item name="directSecretary" valuePropName="checked">
              <Checkbox>{t('election.field.directSecretary')}</Checkbox>
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="election-create">
              {t('election.create')}
            </Button>
          </Form>
        </Card>
      ) : null}
      <ProblemAlert error={elections.error} onRetry={() => elections.refetch()} />
      <Table<ElectionSummary>
        rowKey="id"
        loading={elections.isLoading}
        dataSource={elections.data ?? []}
        locale={{ emptyText: t('election.empty') }}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          {
            title: t('election.field.title'),
            dataIndex: 'title',
            render: (title: string, e) => (
              <Link to={`/elections/${e.id}`} data-testid={`election-link-${e.id}`}>
                {title}
              </Link>
            ),
          },
          { title: t('election.field.unit'), dataIndex: 'orgUnitName' },
          {
            title: t('election.field.body'),
            dataIndex: 'body',
            render: (b: ElectionSummary['body']) => t(`election.body.${b}`),
          },
          { title: t('election.field.seats'), dataIndex: 'seats', align: 'right' },
          { title: t('election.field.heldOn'), dataIndex: 'heldOn', render: (d: string) => formatDate(d) },
          {
            title: t('election.field.state'),
            dataIndex: 'state',
            render: (s: ElectionSummary['state']) => (
              <Tag color={s === 'RESULTS_ANNOUNCED' ? 'green' : 'blue'}>{t(`election.state.${s}`)}</Tag>
            ),
          },
        ]}
      />
    </PageShell>
  );
}
