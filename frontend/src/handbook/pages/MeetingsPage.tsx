import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/http';
import { type MessageKey, useI18n } from '../../i18n';
import { formatTimeDate } from '../../i18n/format';
import { Loadable } from '../HandbookApp';
import { type MyMeeting, materialUrl, useCheckIn, useMyMeetings, useReply } from '../useHandbook';

/** The member's meetings: upcoming ones to reply to and check in, and those held with their attendance. */
export function MeetingsPage() {
  const { t } = useI18n();
  const upcoming = useMyMeetings(true);
  const held = useMyMeetings(false);
  const heldRows = held.data ?? [];
  const present = heldRows.filter((m) => m.attendance === 'PRESENT').length;
  return (
    <section aria-labelledby="hb-meetings-title">
      <h1 id="hb-meetings-title">{t('handbook.meetings.title')}</h1>
      <h2>{t('handbook.meetings.upcoming')}</h2>
      <Loadable query={upcoming}>
        {() =>
          (upcoming.data ?? []).length === 0 ? (
            <p className="hb-muted">{t('handbook.meetings.none')}</p>
          ) : (
            (upcoming.data ?? []).map((m) => <MeetingCard key={m.meetingId} meeting={m} linked />)
          )
        }
      </Loadable>
      <h2>{t('handbook.meetings.history')}</h2>
      <Loadable query={held}>
        {() =>
          heldRows.length === 0 ? (
            <p className="hb-muted">{t('handbook.meetings.noHistory')}</p>
          ) : (
            <>
              <p className="hb-muted">
                {t('handbook.meetings.rate', {
                  rate: `${Math.round((present / heldRows.length) * 100)} %`,
                  present,
                  held: heldRows.length,
                })}
              </p>
              <ul className="hb-list">
                {heldRows.map((m) => (
                  <li key={m.meetingId} className="hb-item">
                    <div className="hb-item-title">
                      <Link to={`/handbook/meetings/${m.meetingId}`}>{m.title}</Link>
                      {m.attendance && (
                        <span className={m.attendance === 'PRESENT' ? 'hb-tag hb-tag-ok' : 'hb-tag'}>
                          {t(`meeting.attendance.${m.attendance}` as MessageKey)}
                        </span>
                      )}
                    </div>
                    <time className="hb-muted hb-small" dateTime={m.plannedStart}>
                      {formatTimeDate(m.plannedStart)}
                    </time>
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </Loadable>
    </section>
  );
}

/** One meeting the member was invited to, reached from a notification or the list. */
export function MeetingPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const upcoming = useMyMeetings(true);
  const held = useMyMeetings(false);
  const meeting = [...(upcoming.data ?? []), ...(held.data ?? [])].find((m) => m.meetingId === id);
  return (
    <section>
      <Link to="/handbook/meetings" className="hb-small">
        ← {t('handbook.meetings.back')}
      </Link>
      <Loadable query={upcoming}>
        {() =>
          meeting ? (
            <MeetingCard meeting={meeting} />
          ) : held.isPending ? null : (
            <p className="hb-alert">{t('handbook.meetings.notFound')}</p>
          )
        }
      </Loadable>
    </section>
  );
}

export function MeetingCard({ meeting: m, linked = false }: { meeting: MyMeeting; linked?: boolean }) {
  const { t } = useI18n();
  const reply = useReply();
  const checkIn = useCheckIn();
  const [absent, setAbsent] = useState(false);
  const [reason, setReason] = useState('');
  const error = [reply.error, checkIn.error].find((e) => e instanceof ApiError) as ApiError | undefined;
  const open = m.state !== 'CANCELLED' && m.state !== 'HELD' && m.state !== 'MINUTED';
  return (
    <article className="hb-meeting" aria-labelledby={`hb-meeting-${m.meetingId}`}>
      <h3 id={`hb-meeting-${m.meetingId}`}>
        {linked ? <Link to={`/handbook/meetings/${m.meetingId}`}>{m.title}</Link> : m.title}
        {m.state === 'CANCELLED' && <span className="hb-tag"> {t('handbook.meetings.cancelled')}</span>}
      </h3>
      <p className="hb-meeting-when">
        <time dateTime={m.plannedStart}>{formatTimeDate(m.plannedStart)}</time>
        {m.place ? ` · ${t('handbook.meetings.place', { place: m.place })}` : ''}
      </p>
      <p className="hb-muted hb-small">{m.orgUnitName}</p>
      {m.agenda.length > 0 && (
        <details>
          <summary>{t('handbook.meetings.agenda')}</summary>
          <ol className="hb-agenda">
            {m.agenda.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ol>
        </details>
      )}
      <h4>{t('handbook.meetings.materials')}</h4>
      {m.materials.length === 0 ? (
        <p className="hb-muted hb-small">{t('handbook.meetings.noMaterials')}</p>
      ) : (
        <ul className="hb-files">
          {m.materials.map((file) => (
            <li key={file.id}>
              <a href={materialUrl(m.meetingId, file.id)} download={file.fileName}>
                {file.title}
              </a>
              {file.late && <span className="hb-tag"> {t('handbook.meetings.lateMaterial')}</span>}
            </li>
          ))}
        </ul>
      )}
      {m.checkedInAt ? (
        <p className="hb-success" role="status">
          {t('handbook.meetings.checkedIn', { time: formatTimeDate(m.checkedInAt) })}
        </p>
      ) : open && m.canCheckInNow ? (
        <button
          type="button"
          className="hb-button hb-primary hb-wide"
          disabled={checkIn.isPending}
          onClick={() => checkIn.mutate(m.meetingId)}
        >
          {t('handbook.meetings.checkIn')}
        </button>
      ) : open ? (
        <p className="hb-muted hb-small">
          {t('handbook.meetings.checkInOpens', { time: formatTimeDate(m.checkInOpensAt) })}
        </p>
      ) : null}
      {open && !m.checkedInAt && (
        <div className="hb-reply">
          <p className="hb-small">
            {m.reply
              ? t('handbook.meetings.replied', { reply: t(`meeting.reply.${m.reply}` as MessageKey) })
              : t('handbook.meetings.reply')}
          </p>
          <div className="hb-row">
            <button
              type="button"
              className="hb-button"
              aria-pressed={m.reply === 'ATTENDING'}
              disabled={reply.isPending}
              onClick={() => {
                setAbsent(false);
                reply.mutate({ id: m.meetingId, reply: 'ATTENDING' });
              }}
            >
              {t('handbook.meetings.attending')}
            </button>
            <button
              type="button"
              className="hb-button"
              aria-pressed={m.reply === 'ABSENT'}
              onClick={() => setAbsent(true)}
            >
              {t('handbook.meetings.absent')}
            </button>
          </div>
          {absent && (
            <form
              className="hb-form"
              onSubmit={(e) => {
                e.preventDefault();
                reply.mutate(
                  { id: m.meetingId, reply: 'ABSENT', reason },
                  { onSuccess: () => setAbsent(false) },
                );
              }}
            >
              <label htmlFor={`hb-reason-${m.meetingId}`}>{t('handbook.meetings.reason')}</label>
              <input
                id={`hb-reason-${m.meetingId}`}
                value={reason}
                maxLength={500}
                onChange={(e) => setReason(e.target.value)}
              />
              <button type="submit" className="hb-button hb-primary" disabled={reply.isPending}>
                {t('handbook.meetings.sendAbsence')}
              </button>
            </form>
          )}
        </div>
      )}
      {error && (
        <p className="hb-alert" role="alert">
          {error.fieldErrors[0]?.message ?? error.text}
        </p>
      )}
    </article>
  );
}
