import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Radio,
  Row,
  Select,
  Space,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { applyProblemToForm } from '../../../components/forms';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import type { ConferenceView, Disposition, Opinion } from '../conferenceTypes';
import {
  type OpinionFilter,
  useOpinionSummary,
  useOpinions,
  useRespond,
  useSubmitOpinion,
} from '../useConferenceQueries';

const DISPOSITIONS: Disposition[] = ['ACCEPTED', 'EXPLAINED', 'RESERVED'];
const COLORS: Record<Disposition, string> = { ACCEPTED: 'green', EXPLAINED: 'blue', RESERVED: 'orange' };

/** The opinions board: counts and the generated summary, filters, each opinion with its answer, the answer dialog. */
export function OpinionsTab({ conference }: { conference: ConferenceView }) {
  const { t } = useI18n();
  const [filter, setFilter] = useState<OpinionFilter>({});
  const opinions = useOpinions(conference.id, filter);
  const summary = useOpinionSummary(conference.id);
  const [answering, setAnswering] = useState<Opinion | null>(null);
  const [adding, setAdding] = useState(false);
  const canSubmit =
    conference.manageable || conference.participantId !== null || conference.kind === 'CONSULTATION';
  const digest = summary.data;
  const dispositionFilter = filter.pending ? 'pending' : (filter.disposition ?? 'all');
  return (
    <>
      <ProblemAlert error={summary.error} onRetry={() => summary.refetch()} />
      {digest ? (
        <Card size="small" title={t('conference.opinions.summary')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph data-testid="opinion-summary">{digest.text}</Typography.Paragraph>
          <Row gutter={[12, 12]}>
            <Col xs={12} sm={6}>
              <Statistic title={t('conference.tab.opinions')} value={digest.opinions} />
            </Col>
            {digest.perDisposition.map((d) => (
              <Col xs={12} sm={6} key={d.key}>
                <Statistic title={d.label} value={d.count} />
              </Col>
            ))}
          </Row>
          <Space wrap style={{ marginTop: 12 }}>
            <Button
              icon={<FilePdfOutlined />}
              href={`/api/v1/conferences/${conference.id}/acceptance-report.pdf`}
              data-testid="opinion-report-pdf"
            >
              {t('conference.opinions.pdf')}
            </Button>
            <Button
              icon={<FileExcelOutlined />}
              href={`/api/v1/conferences/${conference.id}/acceptance-report.xlsx`}
            >
              {t('conference.opinions.xlsx')}
            </Button>
          </Space>
        </Card>
      ) : null}
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          style={{ minWidth: 220, flex: '1 1 220px' }}
          placeholder={t('conference.field.draft')}
          aria-label={t('conference.field.draft')}
          value={filter.draftId}
          onChange={(draftId) => setFilter({ ...filter, draftId })}
          options={conference.drafts.map((d) => ({ value: d.id, label: d.title }))}
        />
        {conference.groups.length > 0 ? (
          <Select
            allowClear
            style={{ minWidth: 140 }}
            placeholder={t('conference.field.group')}
            aria-label={t('conference.field.group')}
            value={filter.groupId}
            onChange={(groupId) => setFilter({ ...filter, groupId })}
            options={conference.groups.map((g) => ({ value: g.id, label: g.name }))}
          />
        ) : null}
        <Radio.Group
          size="small"
          optionType="button"
          value={dispositionFilter}
          onChange={(e) => {
            const v = e.target.value as string;
            setFilter({
              ...filter,
              disposition: DISPOSITIONS.includes(v as Disposition) ? (v as Disposition) : undefined,
              pending: v === 'pending' ? true : undefined,
            });
          }}
          options={[
            { value: 'all', label: t('conference.opinions.all') },
            ...DISPOSITIONS.map((d) => ({ value: d, label: t(`conference.disposition.${d}`) })),
            { value: 'pending', label: t('conference.disposition.pending') },
          ]}
        />
        {canSubmit && conference.drafts.length > 0 ? (
          <Button type="primary" onClick={() => setAdding(true)} data-testid="opinion-add">
            {conference.manageable ? t('conference.opinions.add') : t('conference.opinions.mine')}
          </Button>
        ) : null}
      </Flex>
      <ProblemAlert error={opinions.error} onRetry={() => opinions.refetch()} />
      <List<Opinion>
        data-testid="opinion-list"
        loading={opinions.isFetching}
        dataSource={opinions.data ?? []}
        locale={{ emptyText: t('conference.opinions.empty') }}
        renderItem={(o) => (
          <List.Item
            actions={
              conference.manageable
                ? [
                    <Button
                      key="answer"
                      size="small"
                      onClick={() => setAnswering(o)}
                      data-testid={`opinion-answer-${o.id}`}
                    >
                      {t('conference.opinions.answer')}
                    </Button>,
                  ]
                : []
            }
          >
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Space size={4} wrap>
                <Typography.Text strong>{o.speakerName}</Typography.Text>
                {o.groupName ? <Tag>{o.groupName}</Tag> : null}
                <Typography.Text type="secondary">
                  {o.draftTitle}
                  {o.section ? ` · ${o.section}` : ''}
                </Typography.Text>
              </Space>
              <Typography.Text>{o.text}</Typography.Text>
              {o.disposition ? (
                <Alert
                  type={
                    o.disposition === 'ACCEPTED'
                      ? 'success'
                      : o.disposition === 'EXPLAINED'
                        ? 'info'
                        : 'warning'
                  }
                  showIcon={false}
                  title={
                    <Space size={4} wrap>
                      <Tag color={COLORS[o.disposition]}>{t(`conference.disposition.${o.disposition}`)}</Tag>
                      <span>{o.response}</span>
                      {o.takenInVersion ? (
                        <Tag color="green">
                          {t('conference.opinions.takenIn', { number: o.takenInVersion })}
                        </Tag>
                      ) : null}
                    </Space>
                  }
                />
              ) : (
                <Tag style={{ width: 'fit-content' }}>{t('conference.disposition.pending')}</Tag>
              )}
            </Flex>
          </List.Item>
        )}
      />
      {answering ? (
        <AnswerModal conferenceId={conference.id} opinion={answering} onClose={() => setAnswering(null)} />
      ) : null}
      {adding ? <OpinionModal conference={conference} onClose={() => setAdding(false)} /> : null}
    </>
  );
}

function AnswerModal({
  conferenceId,
  opinion,
  onClose,
}: {
  conferenceId: string;
  opinion: Opinion;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const respond = useRespond(conferenceId);
  const [form] = Form.useForm<{ disposition: Disposition; response: string }>();
  return (
    <Modal
      open
      title={t('conference.opinions.answer')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('conference.save')}
      cancelText={t('conference.cancel')}
      okButtonProps={{ loading: respond.isPending, 'data-testid': 'answer-submit' } as never}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {opinion.speakerName}: {opinion.text}
      </Typography.Paragraph>
      <ProblemAlert error={respond.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ disposition: opinion.disposition ?? 'ACCEPTED', response: opinion.response ?? '' }}
        onFinish={(v) =>
          respond.mutate(
            {
              opinionId: opinion.id,
              body: { disposition: v.disposition, response: v.response, version: opinion.version },
            },
            { onSuccess: onClose, onError: (e) => applyProblemToForm(form, e) },
          )
        }
      >
        <Form.Item name="disposition" label={t('conference.field.disposition')}>
          <Radio.Group
            data-testid="answer-disposition"
            options={DISPOSITIONS.map((d) => ({ value: d, label: t(`conference.disposition.${d}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="response"
          label={t('conference.field.response')}
          rules={[{ required: true, message: t('conference.required') }]}
        >
          <Input.TextArea rows={4} maxLength={8000} data-testid="answer-text" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface OpinionValues {
  draftId: string;
  section?: string;
  participantId?: string;
  speakerUnitId?: number;
  groupId?: string;
  text: string;
}

function OpinionModal({ conference, onClose }: { conference: ConferenceView; onClose: () => void }) {
  const { t } = useI18n();
  const submit = useSubmitOpinion(conference.id);
  const [form] = Form.useForm<OpinionValues>();
  const consultation = conference.kind === 'CONSULTATION';
  const required = [{ required: true, message: t('conference.required') }];
  return (
    <Modal
      open
      title={conference.manageable ? t('conference.opinions.add') : t('conference.opinions.mine')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('conference.save')}
      cancelText={t('conference.cancel')}
      okButtonProps={{ loading: submit.isPending, 'data-testid': 'opinion-submit' } as never}
      destroyOnHidden
    >
      <ProblemAlert error={submit.error} />
      <Form<OpinionValues>
        form={form}
        layout="vertical"
        initialValues={{ draftId: conference.drafts[0]?.id }}
        onFinish={(v) =>
          submit.mutate(
            {
              draftId: v.draftId,
              section: v.section?.trim() || undefined,
              participantId: v.participantId,
              speakerUnitId: v.speakerUnitId,
              groupId: v.groupId,
              text: v.text.trim(),
            },
            { onSuccess: onClose, onError: (e) => applyProblemToForm(form, e) },
          )
        }
      >
        <Form.Item name="draftId" label={t('conference.field.draft')} rules={required}>
          <Select
            data-testid="opinion-draft"
            options={conference.drafts.map((d) => ({ value: d.id, label: d.title }))}
          />
        </Form.Item>
        {consultation ? (
          <Form.Item name="speakerUnitId" label={t('conference.field.speakerUnit')} rules={required}>
            <OrgTreeSelect testId="opinion-unit" />
          </Form.Item>
        ) : conference.manageable ? (
          <Form.Item name="participantId" label={t('conference.field.speaker')} rules={required}>
            <Select
              showSearch
              optionFilterProp="label"
              data-testid="opinion-speaker"
              options={conference.participants.map((p) => ({ value: p.id, label: p.fullName }))}
            />
          </Form.Item>
        ) : null}
        {!consultation && conference.groups.length > 0 ? (
          <Form.Item name="groupId" label={t('conference.field.group')}>
            <Select allowClear options={conference.groups.map((g) => ({ value: g.id, label: g.name }))} />
          </Form.Item>
        ) : null}
        <Form.Item name="section" label={t('conference.field.section')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="text" label={t('conference.field.opinion')} rules={required}>
          <Input.TextArea rows={4} maxLength={8000} data-testid="opinion-text" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
