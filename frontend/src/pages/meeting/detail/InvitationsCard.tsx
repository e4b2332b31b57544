import { App, Button, Card, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatTimeDate } from '../../../i18n/format';
import { actionsFor, cardNumberOf, invitationCounts } from '../meetingModel';
import {
  ATTENDANCES,
  type Attendance,
  EXCLUSIONS,
  type InvitationView,
  type MeetingView,
} from '../meetingTypes';
import { useCheckIn, useMarkAttendance, useSendInvitations } from '../useMeetingQueries';

/** Invitations (send, guests, replies) and attendance taking, with the party-card scan input. */
export function InvitationsCard({ meeting, editable }: { meeting: MeetingView; editable: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const actions = actionsFor(meeting.state, meeting.endedAt !== null);
  const [guest, setGuest] = useState('');
  const [scan, setScan] = useState('');
  const send = useSendInvitations(meeting.id);
  const checkIn = useCheckIn(meeting.id);
  const mark = useMarkAttendance(meeting.id);
  const counts = invitationCounts(meeting.invitations);
  const submitScan = () => {
    const cardNumber = cardNumberOf(scan);
    if (!cardNumber) return;
    checkIn.mutate(
      { cardNumber },
      {
        onSuccess: (row) => {
          message.success(t('meeting.invitation.scanned', { name: (row as InvitationView).fullName }));
          setScan('');
        },
      },
    );
  };
  const setAttendance = (row: InvitationView, attendance: Attendance, reason?: string) =>
    mark.mutate({
      invitationId: row.id,
      attendance,
      absenceReason:
        attendance === 'PRESENT' ? undefined : (reason ?? row.absenceReason ?? row.replyReason ?? undefined),
      baseExclusion: row.baseExclusion ?? undefined,
    });
  return (
    <Card title={t('meeting.detail.invitations')} size="small" data-testid="meeting-invitations">
      {editable && actions.invite ? (
        <Flex gap="small" wrap style={{ marginBottom: 12 }}>
          <Input
            aria-label={t('meeting.invitation.guestName')}
            placeholder={t('meeting.invitation.guestName')}
            value={guest}
            onChange={(e) => setGuest(e.target.value)}
            maxLength={200}
            style={{ maxWidth: 360 }}
            data-testid="invitation-guest"
          />
          <Button
            type="primary"
            loading={send.isPending}
            data-testid="invitation-send"
            onClick={() =>
              send.mutate(
                guest.trim() ? [{ name: guest.trim(), role: t('meeting.invitation.guestRoleDefault') }] : [],
                {
                  onSuccess: () => setGuest(''),
                },
              )
            }
          >
            {t('meeting.invitation.send')}
          </Button>
        </Flex>
      ) : null}
      {meeting.invitations.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('meeting.invitation.notSent')}</Typography.Paragraph>
      ) : (
        <Typography.Paragraph data-testid="invitation-counts">
          {t('meeting.invitation.counts', { ...counts })}
        </Typography.Paragraph>
      )}
      {editable && actions.attendance && meeting.state !== 'MINUTED' ? (
        <Flex vertical gap={4} style={{ marginBottom: 12 }}>
          <label htmlFor="meeting-scan">{t('meeting.invitation.scan')}</label>
          <Input.Search
            id="meeting-scan"
            value={scan}
            onChange={(e) => setScan(e.target.value)}
            onSearch={submitScan}
            enterButton={t('meeting.invitation.scan')}
            placeholder="DANGVU-CARD:…"
            loading={checkIn.isPending}
            style={{ maxWidth: 420 }}
            data-testid="invitation-scan"
          />
          <Typography.Text type="secondary">{t('meeting.invitation.scanHint')}</Typography.Text>
        </Flex>
      ) : null}
      {send.isError ? <ProblemAlert error={send.error} /> : null}
      {checkIn.isError ? <ProblemAlert error={checkIn.error} testId="invitation-scan-error" /> : null}
      {mark.isError ? <ProblemAlert error={mark.error} /> : null}
      <Table<InvitationView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={meeting.invitations}
        scroll={{ x: true }}
        data-testid="invitation-table"
        columns={[
          {
            key: 'name',
            title: t('meeting.invitation.name'),
            render: (_, row) => (
              <Flex vertical>
                <span>{row.fullName}</span>
                {row.guestRole ? <Typography.Text type="secondary">{row.guestRole}</Typography.Text> : null}
              </Flex>
            ),
          },
          {
            key: 'reply',
            title: t('meeting.invitation.reply'),
            responsive: ['sm'],
            render: (_, row) =>
              row.reply ? (
                <Flex vertical>
                  <Tag color={row.reply === 'ATTENDING' ? 'green' : 'orange'}>
                    {t(`meeting.reply.${row.reply}`)}
                  </Tag>
                  {row.replyReason ? (
                    <Typography.Text type="secondary">{row.replyReason}</Typography.Text>
                  ) : null}
                </Flex>
              ) : (
                <Typography.Text type="secondary">{t('meeting.reply.none')}</Typography.Text>
              ),
          },
          {
            key: 'attendance',
            title: t('meeting.invitation.attendance'),
            render: (_, row) =>
              editable && actions.attendance && row.memberId ? (
                <Flex vertical gap={4}>
                  <Select<Attendance>
                    size="small"
                    style={{ minWidth: 160 }}
                    aria-label={`${t('meeting.invitation.attendance')} ${row.fullName}`}
                    value={row.attendance ?? undefined}
                    placeholder="—"
                    onChange={(value) =>
                      setAttendance(
                        row,
                        value,
                        value === 'ABSENT_EXCUSED' ? (row.replyReason ?? '—') : undefined,
                      )
                    }
                    options={ATTENDANCES.map((a) => ({ value: a, label: t(`meeting.attendance.${a}`) }))}
                    data-testid={`attendance-${row.memberId}`}
                  />
                  {row.checkedInAt ? (
                    <Typography.Text type="secondary">
                      {t('meeting.invitation.checkedIn', { time: formatTimeDate(row.checkedInAt) })} (
                      {row.checkedInBy ? t(`meeting.checkInBy.${row.checkedInBy}`) : ''})
                    </Typography.Text>
                  ) : null}
                  {row.attendance && row.attendance !== 'PRESENT' ? (
                    <Input
                      size="small"
                      aria-label={`${t('meeting.invitation.reason')} ${row.fullName}`}
                      placeholder={t('meeting.invitation.reason')}
                      defaultValue={row.absenceReason ?? ''}
                      onBlur={(e) => {
                        if (e.target.value !== (row.absenceReason ?? '') && row.attendance)
                          setAttendance(row, row.attendance, e.target.value);
                      }}
                    />
                  ) : null}
                </Flex>
              ) : row.attendance ? (
                t(`meeting.attendance.${row.attendance}`)
              ) : (
                '—'
              ),
          },
          {
            key: 'exclusion',
            title: t('meeting.invitation.exclusion'),
            responsive: ['md'],
            render: (_, row) =>
              editable && actions.attendance && row.memberId && row.memberStatus === 'OFFICIAL' ? (
                <Select
                  size="small"
                  style={{ minWidth: 180 }}
                  aria-label={`${t('meeting.invitation.exclusion')} ${row.fullName}`}
                  value={row.baseExclusion ?? 'none'}
                  onChange={(value: string) =>
                    mark.mutate({
                      invitationId: row.id,
                      attendance: row.attendance ?? 'ABSENT_UNEXCUSED',
                      absenceReason: row.absenceReason ?? undefined,
                      baseExclusion: value === 'none' ? undefined : (value as never),
                    })
                  }
                  options={[
                    { value: 'none', label: t('meeting.exclusion.none') },
                    ...EXCLUSIONS.map((e) => ({ value: e, label: t(`meeting.exclusion.${e}`) })),
                  ]}
                />
              ) : row.baseExclusion ? (
                t(`meeting.exclusion.${row.baseExclusion}`)
              ) : null,
          },
        ]}
      />
    </Card>
  );
}
