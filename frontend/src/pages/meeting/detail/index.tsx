import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, Input, Modal, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageLoading } from '../../../components/PageLoading';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatTimeDate } from '../../../i18n/format';
import { useSession } from '../../../session';
import { actionsFor, agendaLines } from '../meetingModel';
import type { MeetingView } from '../meetingTypes';
import { useCancelMeeting, useMeeting, useStartEnd, useUpdateMeeting } from '../useMeetingQueries';
import { InvitationsCard } from './InvitationsCard';
import { MaterialsCard } from './MaterialsCard';
import { MinutesCard } from './MinutesCard';

/** One meeting: agenda, materials, invitations and attendance, start and end, minutes with the quorum result. */
export default function MeetingDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { me } = useSession();
  const editable = me.roles.some((g) => g.role === 'CELL_SECRETARY' || g.role === 'ORG_STAFF');
  const meeting = useMeeting(id);
  if (meeting.isPending) return <PageLoading />;
  if (meeting.isError) return <ProblemAlert error={meeting.error} onRetry={() => meeting.refetch()} />;
  const m = meeting.data;
  return (
    <PageShell
      title={m.title}
      extra={
        <Link to="/meetings">
          <Button icon={<ArrowLeftOutlined />}>{t('meeting.detail.back')}</Button>
        </Link>
      }
    >
      <Flex vertical gap="middle">
        <Header meeting={m} editable={editable} />
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <AgendaCard meeting={m} editable={editable} />
          </Col>
          <Col xs={24} lg={12}>
            <MaterialsCard meeting={m} editable={editable && m.state !== 'CANCELLED'} />
          </Col>
        </Row>
        <InvitationsCard meeting={m} editable={editable} />
        <MinutesCard meeting={m} editable={editable} />
      </Flex>
    </PageShell>
  );
}

function Header({ meeting: m, editable }: { meeting: MeetingView; editable: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const actions = actionsFor(m.state, m.endedAt !== null);
  const start = useStartEnd(m.id, 'start');
  const end = useStartEnd(m.id, 'end');
  const cancel = useCancelMeeting(m.id);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <Card size="small" data-testid="meeting-header">
      <Flex vertical gap={8}>
        <Space wrap>
          <Tag color="blue">{t(`meeting.kind.${m.kind}`)}</Tag>
          <Tag data-testid="meeting-state">{t(`meeting.state.${m.state}`)}</Tag>
          <Typography.Text>{m.orgUnitName}</Typography.Text>
        </Space>
        <Typography.Text>
          {t('meeting.detail.planned', { time: formatTimeDate(m.plannedStart) })}
        </Typography.Text>
        {m.place ? <Typography.Text>{t('meeting.detail.place', { place: m.place })}</Typography.Text> : null}
        {m.startedAt ? (
          <Typography.Text>
            {t('meeting.detail.started', { time: formatTimeDate(m.startedAt) })}
          </Typography.Text>
        ) : null}
        {m.endedAt ? (
          <Typography.Text>{t('meeting.detail.ended', { time: formatTimeDate(m.endedAt) })}</Typography.Text>
        ) : null}
        {m.durationMinutes !== null ? (
          <Alert
            type={m.tooShort ? 'warning' : 'success'}
            showIcon
            data-testid="meeting-duration"
            title={t('meeting.detail.duration', { minutes: m.durationMinutes, minimum: m.minimumMinutes })}
          />
        ) : null}
        {m.cancelReason ? (
          <Alert type="error" title={t('meeting.detail.cancelled', { reason: m.cancelReason })} />
        ) : null}
        {editable ? (
          <Space wrap>
            {actions.start ? (
              <Button
                type="primary"
                loading={start.isPending}
                onClick={() => start.mutate(m.version)}
                data-testid="meeting-start"
              >
                {t('meeting.detail.start')}
              </Button>
            ) : null}
            {actions.end ? (
              <Button
                type="primary"
                loading={end.isPending}
                onClick={() => end.mutate(m.version)}
                data-testid="meeting-end"
              >
                {t('meeting.detail.end')}
              </Button>
            ) : null}
            {actions.edit ? (
              <Button danger onClick={() => setCancelling(true)} data-testid="meeting-cancel">
                {t('meeting.detail.cancel')}
              </Button>
            ) : null}
          </Space>
        ) : null}
        {start.isError ? <ProblemAlert error={start.error} /> : null}
        {end.isError ? <ProblemAlert error={end.error} /> : null}
      </Flex>
      <Modal
        open={cancelling}
        title={t('meeting.detail.cancel')}
        onCancel={() => setCancelling(false)}
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: cancel.isPending }}
        onOk={() =>
          cancel.mutate(
            { reason: reason.trim(), version: m.version },
            {
              onSuccess: () => {
                setCancelling(false);
                message.success(t('meeting.detail.saved'));
              },
            },
          )
        }
      >
        <Input.TextArea
          aria-label={t('meeting.detail.cancelReason')}
          placeholder={t('meeting.detail.cancelReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        {cancel.isError ? <ProblemAlert error={cancel.error} /> : null}
      </Modal>
    </Card>
  );
}

function AgendaCard({ meeting: m, editable }: { meeting: MeetingView; editable: boolean }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(m.agenda.join('\n'));
  const update = useUpdateMeeting(m.id);
  const can = editable && actionsFor(m.state, m.endedAt !== null).edit;
  return (
    <Card
      size="small"
      title={t('meeting.detail.agenda')}
      extra={
        can && !editing ? (
          <Button size="small" onClick={() => setEditing(true)} data-testid="agenda-edit">
            {t('meeting.detail.editAgenda')}
          </Button>
        ) : null
      }
    >
      {editing ? (
        <Flex vertical gap={8}>
          <Input.TextArea
            rows={8}
            aria-label={t('meeting.detail.agenda')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            data-testid="agenda-text"
          />
          <Button
            type="primary"
            loading={update.isPending}
            onClick={() =>
              update.mutate(
                {
                  orgUnitId: m.orgUnitId,
                  kind: m.kind,
                  title: m.title,
                  plannedStart: m.plannedStart,
                  place: m.place ?? undefined,
                  agenda: agendaLines(text),
                  version: m.version,
                } as never,
                { onSuccess: () => setEditing(false) },
              )
            }
            data-testid="agenda-save"
          >
            {t('meeting.form.save')}
          </Button>
          {update.isError ? <ProblemAlert error={update.error} /> : null}
        </Flex>
      ) : (
        <ol className="meeting-agenda" data-testid="meeting-agenda">
          {m.agenda.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: agenda items may repeat
            <li key={i}>{item}</li>
          ))}
        </ol>
      )}
    </Card>
  );
}
