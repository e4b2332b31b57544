import { useQuery } from '@tanstack/react-query';
import type { TableColumnsType } from 'antd';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Steps,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { computeAccess } from '../../access';
import { api, request } from '../../api/http';
import { PageShell } from '../../components/PageShell';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { DATE_FORMAT, formatDate, toIsoDate } from '../../i18n/format';
import { useSession } from '../../session';
import { DocumentPicker } from '../document/DocumentPicker';
import { milestone, noticeOk, SEASON_COLOR } from './congressModel';
import type { Congress, CongressDocument, Delegate, DelegateCategory } from './congressTypes';
import {
  useAddDelegate,
  useAnnounce,
  useApprove,
  useAttendance,
  useCongress,
  useCongressDocuments,
  useCredential,
  useDelegates,
  useHold,
  useLinkDocument,
  useSubstitute,
} from './useCongressQueries';

/** A congress: its plan and milestones with the 30-working-day check, delegates and credentials, documents. */
export default function CongressPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { me } = useSession();
  const canWrite = computeAccess(me).canWriteCongresses;
  const congress = useCongress(id);
  const c = congress.data;

  return (
    <PageShell
      title={c?.title ?? t('menu.congress.detail')}
      extra={<Link to="/congresses">{t('congress.detail.back')}</Link>}
    >
      <ProblemAlert error={congress.error} onRetry={() => congress.refetch()} />
      {c ? (
        <Flex vertical gap="middle">
          <Summary c={c} />
          <Timeline c={c} canWrite={canWrite} />
          <Delegates c={c} canWrite={canWrite} />
          <Documents c={c} canWrite={canWrite} />
        </Flex>
      ) : null}
    </PageShell>
  );
}

function Summary({ c }: { c: Congress }) {
  const { t } = useI18n();
  return (
    <Card size="small">
      <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2 }} data-testid="congress-summary">
        <Descriptions.Item label={t('congress.field.unit')}>{c.unitName}</Descriptions.Item>
        <Descriptions.Item label={t('congress.field.season')}>
          {t('congress.seasonLabel', { from: c.season, to: c.termTo })}
        </Descriptions.Item>
        <Descriptions.Item label={t('congress.field.kind')}>{t(`congress.kind.${c.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('congress.column.status')}>
          <Space size={4} wrap>
            <Tag data-testid="congress-status">{t(`congress.status.${c.status}`)}</Tag>
            <Tag color={SEASON_COLOR[c.seasonStatus]}>{t(`congress.season.${c.seasonStatus}`)}</Tag>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('congress.detail.number', { number: c.congressNumber })}>
          <Flex vertical gap={0}>
            <span>{t('congress.detail.computed', { number: c.computedNumber })}</span>
            {c.numberReason ? (
              <Typography.Text type="secondary">
                {t('congress.detail.reason', { reason: c.numberReason })}
              </Typography.Text>
            ) : null}
          </Flex>
        </Descriptions.Item>
        <Descriptions.Item label={t('congress.detail.flags')}>
          <Space size={4} wrap>
            {c.pilot ? <Tag color="purple">{t('congress.detail.pilot')}</Tag> : null}
            {c.directSecretary ? <Tag color="gold">{t('congress.detail.directSecretary')}</Tag> : null}
            {!c.pilot && !c.directSecretary ? '—' : null}
          </Space>
        </Descriptions.Item>
        {c.deadline ? (
          <Descriptions.Item label={t('congress.column.deadline')}>
            {formatDate(c.deadline)}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}

function Timeline({ c, canWrite }: { c: Congress; canWrite: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const announce = useAnnounce(c.id);
  const hold = useHold(c.id);
  const approve = useApprove(c.id);
  const ok = noticeOk(c);
  const done = () => message.success(t('congress.saved'));
  const notice =
    ok === null ? (
      <Alert
        type="info"
        showIcon
        data-testid="congress-notice"
        title={t('congress.detail.latest', {
          date: formatDate(c.latestAnnouncement),
          days: c.noticeRequired,
        })}
      />
    ) : (
      <Alert
        type={ok ? 'success' : 'error'}
        showIcon
        data-testid="congress-notice"
        title={t(ok ? 'congress.detail.noticeOk' : 'congress.detail.noticeShort', {
          announced: formatDate(c.announcedOn),
          opens: formatDate(c.opensOn),
          given: c.noticeWorkingDays ?? 0,
          days: c.noticeRequired,
        })}
      />
    );

  return (
    <Card size="small" title={t('congress.detail.timeline')}>
      <Steps
        size="small"
        current={milestone(c)}
        data-testid="congress-steps"
        items={[
          {
            title: t('congress.detail.step.plan'),
            content: t('congress.detail.plannedOn', { date: formatDate(c.plannedOn) }),
          },
          {
            title: t('congress.detail.step.announce'),
            content: c.announcedOn ? formatDate(c.announcedOn) : undefined,
          },
          {
            title: t('congress.detail.step.hold'),
            content: c.heldFrom ? formatDate(c.heldFrom) : undefined,
          },
          {
            title: t('congress.detail.step.approve'),
            content: c.approvalNumber ?? undefined,
          },
        ]}
      />
      <Flex vertical gap="small" style={{ marginTop: 16 }}>
        {notice}
        {c.heldFrom ? (
          <Alert
            type="success"
            data-testid="congress-held"
            title={t('congress.detail.held', {
              from: formatDate(c.heldFrom),
              to: formatDate(c.heldTo),
              attendance: c.attendance ?? '',
            })}
          />
        ) : null}
        {c.approvalNumber ? (
          <Alert
            type="success"
            data-testid="congress-approved"
            title={t('congress.detail.approved', {
              number: c.approvalNumber,
              date: formatDate(c.approvalDate),
            })}
          />
        ) : null}
        {canWrite && (c.status === 'PLANNED' || c.status === 'ANNOUNCED') ? (
          <MilestoneForm
            testId="congress-announce"
            label={t('congress.detail.announce')}
            pending={announce.isPending}
            error={announce.error}
            fields={[
              ['announcedOn', t('congress.field.announcedOn')],
              ['opensOn', t('congress.field.opensOn')],
            ]}
            onSubmit={(v) =>
              announce.mutate(
                {
                  announcedOn: toIsoDate(v.announcedOn as Dayjs),
                  opensOn: toIsoDate(v.opensOn as Dayjs),
                  version: c.version,
                },
                { onSuccess: done },
              )
            }
          />
        ) : null}
        {canWrite && c.status === 'ANNOUNCED' ? (
          <MilestoneForm
            testId="congress-hold"
            label={t('congress.detail.hold')}
            pending={hold.isPending}
            error={hold.error}
            fields={[
              ['heldFrom', t('congress.field.heldFrom')],
              ['heldTo', t('congress.field.heldTo')],
            ]}
            numbers={
              c.kind === 'MEMBERS'
                ? [
                    ['attendanceSummoned', t('congress.field.summoned')],
                    ['attendancePresent', t('congress.field.present')],
                  ]
                : []
            }
            onSubmit={(v) =>
              hold.mutate(
                {
                  heldFrom: toIsoDate(v.heldFrom as Dayjs),
                  heldTo: toIsoDate(v.heldTo as Dayjs),
                  attendanceSummoned: v.attendanceSummoned as number | undefined,
                  attendancePresent: v.attendancePresent as number | undefined,
                  version: c.version,
                },
                { onSuccess: done },
              )
            }
          />
        ) : null}
        {canWrite && c.status === 'HELD' ? (
          <MilestoneForm
            testId="congress-approve"
            label={t('congress.detail.approve')}
            pending={approve.isPending}
            error={approve.error}
            text={['decisionNumber', t('congress.field.decisionNumber')]}
            fields={[['decisionDate', t('congress.field.decisionDate')]]}
            onSubmit={(v) =>
              approve.mutate(
                {
                  decisionNumber: v.decisionNumber as string,
                  decisionDate: toIsoDate(v.decisionDate as Dayjs),
                  version: c.version,
                },
                { onSuccess: done },
              )
            }
          />
        ) : null}
      </Flex>
    </Card>
  );
}

/** One milestone's small form: dates, optional counts and text, and its problem. */
function MilestoneForm({
  testId,
  label,
  pending,
  error,
  fields,
  numbers = [],
  text,
  onSubmit,
}: {
  testId: string;
  label: string;
  pending: boolean;
  error: unknown;
  fields: [string, string][];
  numbers?: [string, string][];
  text?: [string, string];
  onSubmit: (values: Record<string, unknown>) => void;
}) {
  const { t } = useI18n();
  return (
    <Card size="small" type="inner" title={label}>
      {error ? <ProblemAlert error={error} /> : null}
      <Form layout="inline" onFinish={onSubmit} style={{ rowGap: 8 }} data-testid={testId}>
        {text ? (
          <Form.Item
            name={text[0]}
            label={text[1]}
            rules={[{ required: true, message: t('congress.required') }]}
          >
            <Input data-testid={`${testId}-${text[0]}`} maxLength={60} />
          </Form.Item>
        ) : null}
        {fields.map(([name, title]) => (
          <Form.Item
            key={name}
            name={name}
            label={title}
            rules={[{ required: true, message: t('congress.required') }]}
          >
            <DatePicker format={DATE_FORMAT} data-testid={`${testId}-${name}`} />
          </Form.Item>
        ))}
        {numbers.map(([name, title]) => (
          <Form.Item
            key={name}
            name={name}
            label={title}
            rules={[{ required: true, message: t('congress.required') }]}
          >
            <InputNumber min={0} data-testid={`${testId}-${name}`} />
          </Form.Item>
        ))}
        <Button type="primary" htmlType="submit" loading={pending} data-testid={`${testId}-submit`}>
          {t('congress.save')}
        </Button>
      </Form>
    </Card>
  );
}

function Delegates({ c, canWrite }: { c: Congress; canWrite: boolean }) {
  const { t } = useI18n();
  const list = useDelegates(c.id, c.kind === 'DELEGATES');
  const add = useAddDelegate(c.id);
  const credential = useCredential(c.id);
  const substitute = useSubstitute(c.id);
  const attendance = useAttendance(c.id);
  const [q, setQ] = useState('');
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [form] = Form.useForm<{ memberId: string; category: DelegateCategory; electedBy?: string }>();
  const found = useQuery({
    queryKey: ['congress', 'member-search', q],
    queryFn: ({ signal }) =>
      request(api.GET('/api/v1/members', { params: { query: { q, page: 0, size: 20 } as never }, signal })),
    enabled: q.trim().length >= 2,
    staleTime: 60_000,
  });
  if (c.kind === 'MEMBERS') {
    return (
      <Card size="small" title={t('congress.detail.delegates')}>
        <Typography.Text type="secondary">{t('congress.detail.membersCongress')}</Typography.Text>
      </Card>
    );
  }
  const data = list.data;
  const delegates = data?.delegates ?? [];
  const byId = new Map(delegates.map((d) => [d.id, d]));
  const editable = canWrite && c.status !== 'HELD' && c.status !== 'APPROVED';
  const freeOfficials = delegates.filter((d) => d.category === 'OFFICIAL' && !d.substitutedById);
  const error = add.error ?? credential.error ?? substitute.error ?? attendance.error;

  const columns: TableColumnsType<Delegate> = [
    {
      key: 'name',
      title: t('congress.column.delegate'),
      render: (_, d) => (
        <Flex vertical gap={0}>
          <Typography.Text strong={d.summoned} delete={!d.summoned && d.category !== 'ALTERNATE'}>
            {d.fullName}
          </Typography.Text>
          {d.substitutesId ? (
            <Typography.Text type="secondary">
              {t('congress.detail.replaces', { name: byId.get(d.substitutesId)?.fullName ?? '' })}
            </Typography.Text>
          ) : null}
          {d.substitutedById ? (
            <Typography.Text type="secondary">{t('congress.detail.replacedBy')}</Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    { key: 'unit', title: t('congress.column.unit'), render: (_, d) => d.memberUnitName },
    {
      key: 'category',
      title: t('congress.field.category'),
      render: (_, d) => t(`congress.category.${d.category}`),
    },
    {
      key: 'credential',
      title: t('congress.field.credential'),
      render: (_, d) => (
        <Flex vertical gap={4}>
          <Tag
            color={d.credential === 'ACCEPTED' ? 'green' : d.credential === 'REJECTED' ? 'red' : 'default'}
            data-testid={`congress-credential-${d.memberId}`}
          >
            {t(`congress.credential.${d.credential}`)}
          </Tag>
          {d.rejectionReason ? <Typography.Text type="secondary">{d.rejectionReason}</Typography.Text> : null}
          {canWrite && d.credential === 'PENDING' ? (
            <Space size={4} wrap>
              <Button
                size="small"
                onClick={() =>
                  credential.mutate({ delegateId: d.id, status: 'ACCEPTED', version: d.version })
                }
              >
                {t('congress.detail.accept')}
              </Button>
              <Input
                size="small"
                style={{ width: 160 }}
                placeholder={t('congress.detail.rejectReason')}
                value={reasons[d.id] ?? ''}
                onChange={(e) => setReasons({ ...reasons, [d.id]: e.target.value })}
              />
              <Button
                size="small"
                danger
                onClick={() =>
                  credential.mutate({
                    delegateId: d.id,
                    status: 'REJECTED',
                    reason: reasons[d.id],
                    version: d.version,
                  })
                }
              >
                {t('congress.detail.reject')}
              </Button>
            </Space>
          ) : null}
          {canWrite && d.category === 'ALTERNATE' && !d.substitutesId && freeOfficials.length > 0 ? (
            <Select
              size="small"
              style={{ width: 220 }}
              placeholder={t('congress.detail.substitute')}
              options={freeOfficials.map((o) => ({ value: o.id, label: o.fullName }))}
              onChange={(officialId: string) =>
                substitute.mutate({ delegateId: d.id, officialId, version: d.version })
              }
            />
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'present',
      title: t('congress.column.present'),
      render: (_, d) =>
        d.summoned ? (
          <Switch
            size="small"
            checked={d.present}
            disabled={!canWrite}
            data-testid={`congress-present-${d.memberId}`}
            onChange={(present) => attendance.mutate({ delegateId: d.id, present, version: d.version })}
          />
        ) : (
          '—'
        ),
    },
  ];

  return (
    <Card
      size="small"
      title={t('congress.detail.delegates')}
      extra={
        data ? (
          <Typography.Text strong data-testid="congress-attendance">
            {data.attendance}
          </Typography.Text>
        ) : null
      }
    >
      <ProblemAlert error={list.error} onRetry={() => list.refetch()} />
      {error ? <ProblemAlert error={error} /> : null}
      {data && data.pending > 0 ? (
        <Alert
          type="warning"
          style={{ marginBottom: 8 }}
          title={t('congress.detail.pending', { count: data.pending })}
        />
      ) : null}
      <Table<Delegate>
        rowKey="id"
        size="small"
        data-testid="congress-delegates"
        loading={list.isFetching}
        columns={columns}
        dataSource={delegates}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: true }}
      />
      {editable ? (
        <Form
          form={form}
          layout="inline"
          style={{ marginTop: 12, rowGap: 8 }}
          initialValues={{ category: 'OFFICIAL' }}
          onFinish={(v) => add.mutate(v, { onSuccess: () => form.resetFields() })}
        >
          <Form.Item
            name="memberId"
            label={t('congress.field.member')}
            rules={[{ required: true, message: t('congress.required') }]}
          >
            <Select
              showSearch
              filterOption={false}
              onSearch={setQ}
              style={{ width: 'min(320px, calc(100vw - 110px))' }}
              placeholder={t('congress.detail.searchMember')}
              loading={found.isFetching}
              notFoundContent={null}
              data-testid="congress-delegate-member"
              options={(found.data?.content ?? []).map((m) => ({
                value: m.id,
                label: `${m.fullName} — ${m.cellName}`,
              }))}
            />
          </Form.Item>
          <Form.Item name="category" label={t('congress.field.category')}>
            <Select
              style={{ width: 150 }}
              options={(['OFFICIAL', 'ALTERNATE', 'EX_OFFICIO'] as const).map((k) => ({
                value: k,
                label: t(`congress.category.${k}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="electedBy" label={t('congress.field.electedBy')}>
            <Input maxLength={300} style={{ width: 'min(260px, calc(100vw - 110px))' }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending}>
            {t('congress.detail.addDelegate')}
          </Button>
        </Form>
      ) : null}
    </Card>
  );
}

function Documents({ c, canWrite }: { c: Congress; canWrite: boolean }) {
  const { t } = useI18n();
  const documents = useCongressDocuments(c.id);
  const link = useLinkDocument(c.id);
  const [documentId, setDocumentId] = useState<number | null>(null);
  const columns: TableColumnsType<CongressDocument> = [
    {
      key: 'number',
      title: t('congress.column.number'),
      render: (_, d) => d.number ?? <Tag>{t('congress.detail.draft')}</Tag>,
    },
    {
      key: 'title',
      title: t('congress.column.document'),
      render: (_, d) => <Link to={`/documents/${d.id}`}>{d.title}</Link>,
    },
    { key: 'issuedOn', title: t('congress.field.decisionDate'), render: (_, d) => formatDate(d.issuedOn) },
  ];
  return (
    <Card size="small" title={t('congress.detail.documents')}>
      <Typography.Paragraph type="secondary">{t('congress.detail.documentsHint')}</Typography.Paragraph>
      <ProblemAlert error={documents.error} onRetry={() => documents.refetch()} />
      {link.isError ? <ProblemAlert error={link.error} /> : null}
      {documents.data && documents.data.length === 0 ? (
        <Empty description={t('congress.detail.noDocuments')} />
      ) : (
        <Table<CongressDocument>
          rowKey="id"
          size="small"
          data-testid="congress-documents"
          columns={columns}
          dataSource={documents.data ?? []}
          pagination={false}
          scroll={{ x: true }}
        />
      )}
      {canWrite ? (
        <Space wrap style={{ marginTop: 12 }}>
          <div style={{ width: 360, maxWidth: '100%' }}>
            <DocumentPicker
              value={documentId ?? undefined}
              onChange={(id) => setDocumentId(id ?? null)}
              ariaLabel={t('congress.field.documentId')}
              testId="congress-document-picker"
            />
          </div>
          <Button
            disabled={documentId == null}
            loading={link.isPending}
            onClick={() =>
              documentId != null && link.mutate(documentId, { onSuccess: () => setDocumentId(null) })
            }
          >
            {t('congress.detail.link')}
          </Button>
        </Space>
      ) : null}
    </Card>
  );
}
