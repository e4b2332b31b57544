import { ArrowLeftOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  List,
  Row,
  Spin,
  Tag,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import { Link, useParams } from 'react-router';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatDate, formatTimeDate } from '../../../i18n/format';
import { availableActions, deadlineColor, stepDetail } from '../petitionModel';
import type { PetitionView } from '../petitionTypes';
import { usePetition, useUploadAttachment } from '../usePetitionQueries';
import { HandlingForms } from './HandlingForms';

/** One petition: the petitioner, deadlines, the handling forms its state allows, files and the timeline. */
export default function PetitionDetailPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const petition = usePetition(id);
  const p = petition.data;
  return (
    <PageShell
      title={p ? p.subject : t('menu.petition.detail')}
      extra={
        <Link to="/petitions">
          <ArrowLeftOutlined /> {t('petition.detail.back')}
        </Link>
      }
    >
      <ProblemAlert error={petition.error} onRetry={() => petition.refetch()} />
      {!p ? petition.isLoading ? <Spin /> : null : <Detail p={p} />}
    </PageShell>
  );
}

function Detail({ p }: { p: PetitionView }) {
  const { t } = useI18n();
  const actions = availableActions(p.state, p.kind, p.extensionsLeft);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card size="small">
          <Flex gap="small" wrap style={{ marginBottom: 12 }}>
            <Tag color="blue" data-testid="petition-state">
              {t(`petition.state.${p.state}`)}
            </Tag>
            <Tag>{t(`petition.kind.${p.kind ?? 'NONE'}`)}</Tag>
            <Tag color={deadlineColor(p.deadline)} data-testid="petition-deadline">
              {p.due ? `${formatDate(p.due)} · ` : ''}
              {t(`petition.deadline.${p.deadline}`)}
            </Tag>
          </Flex>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              {
                key: 'petitioner',
                label: t('petition.detail.petitioner'),
                children: (
                  <span data-testid="petition-petitioner">
                    {p.petitionerName}
                    <br />
                    {p.petitionerAddress}
                    {p.petitionerPhone ? <br /> : null}
                    {p.petitionerPhone}
                    {p.petitionerIdNo ? ` · ${t('petition.field.petitionerIdNo')} ${p.petitionerIdNo}` : ''}
                  </span>
                ),
              },
              {
                key: 'channel',
                label: t('petition.field.channel'),
                children: t(`petition.channel.${p.channel}`),
              },
              {
                key: 'receivedOn',
                label: t('petition.field.receivedOn'),
                children: formatDate(p.receivedOn),
              },
              { key: 'received', label: t('petition.detail.received'), children: p.receivedUnitName },
              {
                key: 'handling',
                label: t('petition.detail.handling'),
                children: <span data-testid="petition-handling">{p.handlingUnitName}</span>,
              },
              {
                key: 'competence',
                label: t('petition.field.competence'),
                children: p.competence ? t(`petition.competence.${p.competence}`) : '—',
              },
              { key: 'acceptDue', label: t('petition.detail.acceptDue'), children: formatDate(p.acceptDue) },
              {
                key: 'acceptedOn',
                label: t('petition.detail.acceptedOn'),
                children: formatDate(p.acceptedOn),
              },
              {
                key: 'settleDue',
                label: t('petition.detail.settleDue'),
                children: <span data-testid="petition-settle-due">{formatDate(p.settleDue)}</span>,
              },
              { key: 'extensions', label: t('petition.detail.extensions'), children: p.extensions },
              { key: 'rule', label: t('petition.detail.rule'), children: p.rule ?? '—' },
              ...(p.duplicateOf
                ? [
                    {
                      key: 'duplicateOf',
                      label: t('petition.detail.duplicateOf'),
                      children: <Link to={`/petitions/${p.duplicateOf}`}>{p.duplicateOf.slice(0, 8)}</Link>,
                    },
                  ]
                : []),
              ...(p.duplicates.length > 0
                ? [
                    {
                      key: 'duplicates',
                      label: t('petition.detail.duplicates'),
                      children: p.duplicates.map((d) => (
                        <Link key={d} to={`/petitions/${d}`} style={{ marginRight: 8 }}>
                          {d.slice(0, 8)}
                        </Link>
                      )),
                    },
                  ]
                : []),
            ]}
          />
          <Typography.Title level={2} className="section-title" style={{ fontSize: 16 }}>
            {t('petition.field.content')}
          </Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{p.content}</Typography.Paragraph>
          {p.guidance ? (
            <Alert type="info" title={t('petition.detail.guidance')} description={p.guidance} />
          ) : null}
          {p.replyText ? (
            <Alert
              type="success"
              data-testid="petition-reply-shown"
              title={`${t('petition.detail.reply')} · ${formatDate(p.repliedOn)}`}
              description={<span style={{ whiteSpace: 'pre-wrap' }}>{p.replyText}</span>}
            />
          ) : null}
        </Card>
        <HandlingForms p={p} actions={actions} />
      </Col>
      <Col xs={24} lg={10}>
        <Card size="small" title={t('petition.detail.timeline')}>
          <Timeline
            data-testid="petition-timeline"
            items={p.steps.map((s, i) => ({
              key: i,
              children: (
                <>
                  <Typography.Text strong>{t(`petition.step.${s.action}`)}</Typography.Text>
                  {s.onDay ? ` · ${formatDate(s.onDay)}` : ''}
                  {s.detail ? <div>{stepDetail(s, (key) => t(key))}</div> : null}
                  <div>
                    <Typography.Text type="secondary">
                      {t('petition.detail.stepBy', { by: s.by, time: formatTimeDate(s.at) })}
                    </Typography.Text>
                  </div>
                </>
              ),
            }))}
          />
        </Card>
        <Attachments p={p} />
      </Col>
    </Row>
  );
}

function Attachments({ p }: { p: PetitionView }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const upload = useUploadAttachment(p.id);
  const purpose = p.state === 'ACCEPTED' || p.state === 'SETTLED' ? 'REPLY' : 'PETITION';
  return (
    <Card size="small" title={t('petition.detail.attachments')} style={{ marginTop: 16 }}>
      <List
        size="small"
        dataSource={p.attachments}
        data-testid="petition-attachments"
        renderItem={(a) => (
          <List.Item>
            <a href={`/api/v1/petitions/${p.id}/attachments/${a.id}`}>{a.fileName}</a>
            <Typography.Text type="secondary">{formatDate(a.uploadedAt)}</Typography.Text>
          </List.Item>
        )}
      />
      <Upload
        showUploadList={false}
        customRequest={({ file }) =>
          upload.mutate(
            { file: file as File, purpose },
            { onSuccess: () => message.success(t('petition.done')) },
          )
        }
      >
        <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="petition-upload">
          {t('petition.action.upload')}
        </Button>
      </Upload>
      {upload.isError ? <ProblemAlert error={upload.error} /> : null}
    </Card>
  );
}
