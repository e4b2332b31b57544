import { ExclamationCircleOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Space,
  Spin,
  Tag,
  Timeline,
  type TimelineProps,
  Tooltip,
  Typography,
} from 'antd';
import { type ReactNode, useState } from 'react';
import type { LifecycleEventKind, LifecycleOverview, LifecycleStep, MemberEvent } from '../../../api/types';
import { MemberStatusTag } from '../../../components/MemberStatusTag';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type MessageKey, useI18n } from '../../../i18n';
import { formatDate, formatDateTime } from '../../../i18n/format';
import { useLifecycle, useMemberEvents } from '../useLifecycleQueries';
import { AnnulDialog } from './AnnulDialog';
import { daysText, StepDialog } from './StepDialog';
import { deadlineFor, isSystemStep, latestStanding } from './stepFields';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

const CELL_STEPS = new Set<LifecycleEventKind>([
  'COURSE_COMPLETED',
  'SYMPATHISER_RECOGNISED',
  'ADMISSION_PROPOSED',
  'CEREMONY_HELD',
  'CANDIDACY_WITHDRAWN',
  'EXEMPTED',
  'EXEMPTION_ENDED',
  'DIED',
  'TEMPORARY_TRANSFER_OUT',
  'TEMPORARY_TRANSFER_ENDED',
  'WENT_ABROAD',
  'RETURNED_FROM_ABROAD',
]);

interface Props {
  memberId: string;
  cellId: number;
  active: boolean;
  /** Whether the user holds a role that records steps (corrections and annulments are offered). */
  canRecord: boolean;
}

type Dialog =
  | { type: 'step'; kind: LifecycleEventKind; rule: string }
  | { type: 'correct'; event: MemberEvent; rule?: string }
  | { type: 'annul'; event: MemberEvent };

/** The party-history tab: where the member stands, the steps that may follow, and every recorded step in order. */
export function PartyHistory({ memberId, cellId, active, canRecord }: Props) {
  const { t } = useI18n();
  const overview = useLifecycle(memberId, active);
  const events = useMemberEvents(memberId, active);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const reload = () => {
    setDialog(null);
    overview.refetch();
    events.refetch();
  };

  if (overview.isError) return <ProblemAlert error={overview.error} onRetry={() => overview.refetch()} />;
  if (events.isError) return <ProblemAlert error={events.error} onRetry={() => events.refetch()} />;
  if (!overview.data || !events.data) return <Spin />;
  const state = overview.data;
  const rules = new Map(state.steps.map((s) => [s.kind, s.rule]));

  return (
    <Flex vertical gap="middle" data-testid="party-history">
      <StatusPanel overview={state} />
      <Card size="small" title={t('member.lifecycle.nextSteps')} data-testid="next-steps">
        {state.steps.length === 0 ? (
          <Typography.Text type="secondary">{t('member.lifecycle.noSteps')}</Typography.Text>
        ) : (
          <Space wrap>
            {state.steps.map((step) => (
              <StepButton
                key={step.kind}
                step={step}
                onClick={() => setDialog({ type: 'step', kind: step.kind, rule: step.rule })}
              />
            ))}
          </Space>
        )}
      </Card>
      <PartyTimeline
        events={events.data}
        canRecord={canRecord}
        onCorrect={(event) => setDialog({ type: 'correct', event, rule: rules.get(event.kind) })}
        onAnnul={(event) => setDialog({ type: 'annul', event })}
      />
      {dialog?.type === 'step' ? (
        <StepDialog
          memberId={memberId}
          kind={dialog.kind}
          rule={dialog.rule}
          deadline={deadlineFor(dialog.kind, state)}
          version={state.version}
          cellId={cellId}
          onClose={() => setDialog(null)}
          onReload={reload}
        />
      ) : null}
      {dialog?.type === 'correct' ? (
        <StepDialog
          memberId={memberId}
          kind={dialog.event.kind}
          rule={dialog.rule}
          version={state.version}
          cellId={cellId}
          correcting={dialog.event}
          onClose={() => setDialog(null)}
          onReload={reload}
        />
      ) : null}
      {dialog?.type === 'annul' ? (
        <AnnulDialog
          memberId={memberId}
          event={dialog.event}
          version={state.version}
          onClose={() => setDialog(null)}
          onReload={reload}
        />
      ) : null}
    </Flex>
  );
}

function StepButton({ step, onClick }: { step: LifecycleStep; onClick: () => void }) {
  const { t } = useI18n();
  const label = t(`member.event.${step.kind}` as MessageKey);
  const button = (
    <Button disabled={!step.allowed} onClick={onClick} data-testid={`step-${step.kind}`}>
      {label}
    </Button>
  );
  if (step.allowed) return button;
  const roles = t(CELL_STEPS.has(step.kind) ? 'member.lifecycle.cell' : 'member.lifecycle.committee');
  return (
    <Tooltip title={t('member.lifecycle.notAllowed', { roles })}>
      {/* a disabled button gets no pointer events: the wrapper carries the tooltip */}
      <span>{button}</span>
    </Tooltip>
  );
}

/** Status, the pending deadline with working days left (red when overdue), probation end and overlays. */
export function StatusPanel({ overview }: { overview: LifecycleOverview }) {
  const { t } = useI18n();
  const overdue = overview.workingDaysLeft != null && overview.workingDaysLeft < 0;
  const items = [
    {
      key: 'status',
      label: t('member.lifecycle.status'),
      children: (
        <Space wrap size={4}>
          <MemberStatusTag status={overview.status} />
          {overview.suspended ? <Tag color="red">{t('member.lifecycle.suspended')}</Tag> : null}
          {overview.temporaryUntil ? (
            <Tag color="gold">
              {t('member.lifecycle.temporaryUntil', { date: formatDate(overview.temporaryUntil) })}
            </Tag>
          ) : null}
          {overview.abroadUntil ? (
            <Tag color="geekblue">
              {t('member.lifecycle.abroadUntil', { date: formatDate(overview.abroadUntil) })}
            </Tag>
          ) : null}
        </Space>
      ),
    },
    ...(overview.deadline
      ? [
          {
            key: 'deadline',
            label: t('member.lifecycle.deadline'),
            children: (
              <Typography.Text type={overdue ? 'danger' : undefined} data-testid="lifecycle-deadline">
                {overdue ? <ExclamationCircleOutlined /> : null} {formatDate(overview.deadline)} —{' '}
                {daysText(t, overview.workingDaysLeft)}
              </Typography.Text>
            ),
          },
        ]
      : []),
    ...(overview.probationEndsOn
      ? [
          {
            key: 'probation',
            label: t('member.lifecycle.probationEnds'),
            children: formatDate(overview.probationEndsOn),
          },
        ]
      : []),
  ];
  return (
    <Descriptions
      data-testid="lifecycle-status"
      size="small"
      bordered
      column={{ xs: 1, sm: 1, md: 3 }}
      items={items}
    />
  );
}

interface TimelineProps2 {
  events: readonly MemberEvent[];
  canRecord: boolean;
  onCorrect: (event: MemberEvent) => void;
  onAnnul: (event: MemberEvent) => void;
}

/** Every recorded step, oldest first; superseded steps struck through with a link to what replaced them. */
export function PartyTimeline({ events, canRecord, onCorrect, onAnnul }: TimelineProps2) {
  const { t } = useI18n();
  if (events.length === 0) return <Empty description={t('member.partyHistory.empty')} />;
  const byId = new Map(events.map((e) => [e.id, e]));
  const latest = latestStanding(events);
  const items: TimelineProps['items'] = events.map((event, index) => {
    // The organisation is shown where the member's changes, not repeated on every step.
    const unitChanged = index === 0 || events[index - 1]?.orgUnitId !== event.orgUnitId;
    const superseding = event.supersededBy != null ? byId.get(event.supersededBy) : undefined;
    const superseded = event.supersededBy != null;
    const annulled = superseding?.kind === 'ANNULMENT';
    const editable = canRecord && !superseded && !isSystemStep(event.kind);
    return {
      key: event.id,
      color: superseded ? 'gray' : event.late ? 'red' : event.kind === 'ANNULMENT' ? 'orange' : 'green',
      content: (
        <div id={`event-${event.id}`} data-testid={`event-${event.id}`} data-kind={event.kind}>
          <Flex wrap gap={8} align="baseline">
            <Typography.Text strong delete={superseded} data-testid="event-title">
              {formatDate(event.effectiveDate)} · {t(`member.event.${event.kind}` as MessageKey)}
            </Typography.Text>
            {superseded ? (
              <>
                <Tag>{t(annulled ? 'member.partyHistory.annulled' : 'member.partyHistory.corrected')}</Tag>
                <Typography.Link href={`#event-${event.supersededBy}`}>
                  {t('member.partyHistory.seeSuperseding')}
                </Typography.Link>
              </>
            ) : null}
            {event.late ? <Tag color="red">{t('member.partyHistory.late')}</Tag> : null}
          </Flex>
          <EventDetails event={event} byId={byId} showUnit={unitChanged} t={t} />
          {editable ? (
            <Space size={0} wrap>
              {event.kind !== 'ANNULMENT' ? (
                <Button
                  type="link"
                  size="small"
                  onClick={() => onCorrect(event)}
                  data-testid={`event-correct-${event.id}`}
                >
                  {t('member.partyHistory.correct')}
                </Button>
              ) : null}
              {latest?.id === event.id ? (
                <Button
                  type="link"
                  size="small"
                  danger
                  onClick={() => onAnnul(event)}
                  data-testid={`event-annul-${event.id}`}
                >
                  {t('member.partyHistory.annul')}
                </Button>
              ) : null}
            </Space>
          ) : null}
        </div>
      ),
    };
  });
  return <Timeline data-testid="party-timeline" items={items} />;
}

function EventDetails({
  event,
  byId,
  showUnit,
  t,
}: {
  event: MemberEvent;
  byId: Map<number, MemberEvent>;
  showUnit: boolean;
  t: T;
}) {
  const lines: ReactNode[] = [];
  const add = (key: string, node: ReactNode) => lines.push(<div key={key}>{node}</div>);
  if (event.supersedesId != null) {
    const original = byId.get(event.supersedesId);
    const date = original ? formatDate(original.effectiveDate) : '';
    add(
      'supersedes',
      <Typography.Link href={`#event-${event.supersedesId}`}>
        {t(
          event.kind === 'ANNULMENT' ? 'member.partyHistory.annulmentOf' : 'member.partyHistory.correction',
          { date },
        )}
      </Typography.Link>,
    );
  }
  if (event.statusBefore && event.statusBefore !== event.statusAfter) {
    add(
      'status',
      <Typography.Text type="secondary">
        {t('member.partyHistory.statusChange', {
          from: t(`member.status.${event.statusBefore}` as MessageKey),
          to: t(`member.status.${event.statusAfter}` as MessageKey),
        })}
      </Typography.Text>,
    );
  }
  if (event.decisionNumber || event.decisionBody) {
    add(
      'decision',
      event.decisionDate
        ? t('member.partyHistory.decision', {
            number: event.decisionNumber ?? '',
            date: formatDate(event.decisionDate),
            body: event.decisionBody ?? '',
          })
        : t('member.partyHistory.decisionNoDate', {
            number: event.decisionNumber ?? '',
            body: event.decisionBody ?? '',
          }),
    );
  }
  if (event.place) add('place', t('member.partyHistory.place', { place: event.place }));
  const target = event.targetOrgUnitName ?? event.destination;
  if (target) add('target', t('member.partyHistory.target', { target }));
  if (event.untilDate) add('until', t('member.partyHistory.until', { date: formatDate(event.untilDate) }));
  if (event.ground)
    add(
      'ground',
      t('member.partyHistory.ground', { ground: t(`member.ground.${event.ground}` as MessageKey) }),
    );
  if (event.lateReason)
    add(
      'late',
      <Typography.Text type="danger">
        {t('member.partyHistory.lateReason', { reason: event.lateReason })}
      </Typography.Text>,
    );
  if (event.note) add('note', t('member.partyHistory.note', { note: event.note }));
  if (showUnit && event.orgUnitName) add('unit', t('member.partyHistory.unit', { unit: event.orgUnitName }));
  add(
    'recorded',
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {t('member.partyHistory.recordedBy', {
        who: event.recordedBy,
        when: formatDateTime(event.recordedAt),
      })}
    </Typography.Text>,
  );
  return <div className="event-details">{lines}</div>;
}
