import { Card, Flex, Tooltip } from 'antd';
import type { CalendarDay } from '../../../../api/types';
import { type MessageKey, useI18n } from '../../../../i18n';
import { type DayStatus, monthGrid, statusOf } from '../calendarModel';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const LEGEND: readonly DayStatus[] = [
  'PUBLIC_HOLIDAY',
  'COMPENSATORY_DAY_OFF',
  'EXTRA_DAY_OFF',
  'MAKE_UP_WORKING_DAY',
  'WEEKEND',
];

interface Props {
  year: number;
  byDate: Map<string, CalendarDay>;
}

/** The year as twelve month grids, each day coloured by its status and named in its tooltip. */
export function YearCalendar({ year, byDate }: Props) {
  const { t } = useI18n();
  return (
    <>
      <Flex className="calendar-legend" gap="middle" wrap style={{ marginBottom: 12 }}>
        {LEGEND.map((status) => (
          <span key={status}>
            <span className={`legend-swatch day-${status}`} />
            {t(`calendar.kind.${status}` as MessageKey)}
          </span>
        ))}
      </Flex>
      <div className="year-grid" data-testid="holiday-calendar">
        {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
          <Card key={month} size="small" title={t('calendar.month', { month })} className="month-grid">
            <table>
              <thead>
                <tr>
                  {WEEKDAYS.map((d) => (
                    <th key={d}>{t(`calendar.weekdays.${d}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {monthGrid(year, month).map((week) => (
                  <tr key={week.find(Boolean)}>
                    {week.map((iso, i) =>
                      iso ? (
                        <DayCell key={iso} iso={iso} status={statusOf(iso, byDate)} entry={byDate.get(iso)} />
                      ) : (
                        // biome-ignore lint/suspicious/noArrayIndexKey: blank cells have no other identity
                        <td key={i} />
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        ))}
      </div>
    </>
  );
}

function DayCell({ iso, status, entry }: { iso: string; status: DayStatus; entry?: CalendarDay }) {
  const { t } = useI18n();
  const cell = (
    <td className={`day-${status}`} data-testid={`day-${iso}`} data-status={status}>
      {Number(iso.slice(8))}
    </td>
  );
  if (!entry) return cell;
  return (
    <Tooltip title={`${entry.name} — ${t(`calendar.kind.${entry.kind}` as MessageKey)}`}>{cell}</Tooltip>
  );
}
