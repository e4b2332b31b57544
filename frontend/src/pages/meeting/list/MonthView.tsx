import { Calendar, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n';
import { toIsoDate } from '../../../i18n/format';
import type { MeetingSummary } from '../meetingTypes';
import { useMeetings } from '../useMeetingQueries';

/** The month's meetings of the caller's scope (or the chosen unit) on a calendar. */
export function MonthView({ orgUnitId }: { orgUnitId?: number }) {
  const { t } = useI18n();
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const list = useMeetings({
    orgUnitId,
    from: toIsoDate(month.startOf('month')),
    to: toIsoDate(month.endOf('month')),
    page: 0,
    size: 500,
  });
  const byDay = new Map<string, MeetingSummary[]>();
  for (const m of list.data?.content ?? []) {
    const day = dayjs(m.plannedStart).format('YYYY-MM-DD');
    byDay.set(day, [...(byDay.get(day) ?? []), m]);
  }
  return (
    <Calendar
      data-testid="meeting-calendar"
      onPanelChange={(value) => setMonth(value)}
      cellRender={(date, info) =>
        info.type === 'date' ? (
          <ul className="meeting-calendar-day">
            {(byDay.get(date.format('YYYY-MM-DD')) ?? []).map((m) => (
              <li key={m.id}>
                <Link to={`/meetings/${m.id}`}>
                  <Tag color={m.state === 'CANCELLED' ? 'red' : 'blue'}>
                    {dayjs(m.plannedStart).format('HH:mm')} {t(`meeting.kind.${m.kind}`)}
                  </Tag>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          info.originNode
        )
      }
    />
  );
}
