import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  InputNumber,
  Popconfirm,
  Row,
  Space,
  Table,
  type TableColumnsType,
  Tag,
} from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { CalendarDay } from '../../../api/types';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type MessageKey, useI18n } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { entriesByDate, isAdjustment, weekdayIndex } from './calendarModel';
import { AdjustmentForm } from './components/AdjustmentForm';
import { DeadlineCard } from './components/DeadlineCard';
import { YearCalendar } from './components/YearCalendar';
import { useHolidays, useRemoveAdjustment } from './useCalendarQueries';

const FIRST_YEAR = 1901;
const LAST_YEAR = 2099;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const KIND_COLOURS: Record<CalendarDay['kind'], string> = {
  PUBLIC_HOLIDAY: 'red',
  COMPENSATORY_DAY_OFF: 'volcano',
  EXTRA_DAY_OFF: 'orange',
  MAKE_UP_WORKING_DAY: 'green',
};

/** The year shown: `?year=` when it is a supported year, else the current year. */
export function yearFrom(param: string | null, today: Date = new Date()): number {
  const year = Number(param);
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR ? year : today.getFullYear();
}

export default function HolidaysPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const year = yearFrom(params.get('year'));
  const setYear = (next: number) => setParams({ year: String(next) }, { replace: true });
  const holidays = useHolidays(year);
  const remove = useRemoveAdjustment();
  const byDate = useMemo(() => entriesByDate(holidays.data ?? []), [holidays.data]);

  const columns: TableColumnsType<CalendarDay> = [
    { key: 'date', title: t('calendar.list.date'), dataIndex: 'date', width: 110, render: formatDate },
    {
      key: 'weekday',
      title: t('calendar.list.weekday'),
      width: 60,
      render: (_: unknown, d) => t(`calendar.weekdays.${WEEKDAYS[weekdayIndex(d.date)] ?? 'mon'}`),
    },
    { key: 'name', title: t('calendar.list.name'), dataIndex: 'name' },
    {
      key: 'kind',
      title: t('calendar.list.kind'),
      dataIndex: 'kind',
      render: (kind: CalendarDay['kind']) => (
        <Tag color={KIND_COLOURS[kind]}>{t(`calendar.kind.${kind}` as MessageKey)}</Tag>
      ),
    },
    { key: 'source', title: t('calendar.list.source'), dataIndex: 'source', responsive: ['md'] },
    {
      key: 'actions',
      width: 80,
      render: (_: unknown, d) =>
        isAdjustment(d) ? (
          <Popconfirm
            title={t('calendar.list.removeConfirm', { date: formatDate(d.date) })}
            onConfirm={() =>
              remove.mutateAsync(d.date).then(
                () => message.success(t('calendar.list.removed', { date: formatDate(d.date) })),
                () => undefined,
              )
            }
          >
            <Button danger size="small" data-testid={`adjustment-remove-${d.date}`}>
              {t('calendar.list.remove')}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <PageShell
      title={t('calendar.title')}
      extra={
        <Space.Compact>
          <Button
            icon={<LeftOutlined />}
            aria-label={t('calendar.prevYear')}
            disabled={year <= FIRST_YEAR}
            onClick={() => setYear(year - 1)}
          />
          <InputNumber
            aria-label={t('calendar.year')}
            min={FIRST_YEAR}
            max={LAST_YEAR}
            value={year}
            onChange={(v) => v && setYear(v)}
            data-testid="holiday-year"
          />
          <Button
            icon={<RightOutlined />}
            aria-label={t('calendar.nextYear')}
            disabled={year >= LAST_YEAR}
            onClick={() => setYear(year + 1)}
          />
        </Space.Compact>
      }
    >
      {holidays.isError ? <ProblemAlert error={holidays.error} onRetry={() => holidays.refetch()} /> : null}
      {remove.isError ? <ProblemAlert error={remove.error} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <YearCalendar year={year} byDate={byDate} />
        </Col>
        <Col xs={24} xl={8}>
          <AdjustmentForm />
          <DeadlineCard />
        </Col>
      </Row>
      <Card title={t('calendar.list.title')} size="small" style={{ marginTop: 16 }}>
        <Table<CalendarDay>
          rowKey={(d) => `${d.date}-${d.kind}`}
          columns={columns}
          dataSource={holidays.data ?? []}
          loading={holidays.isLoading}
          pagination={false}
          size="small"
          data-testid="holiday-list"
        />
      </Card>
    </PageShell>
  );
}
