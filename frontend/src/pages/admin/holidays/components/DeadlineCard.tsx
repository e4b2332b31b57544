import { Alert, Card, DatePicker, Form, InputNumber, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { useI18n } from '../../../../i18n';
import { DATE_FORMAT, formatDate, toIsoDate } from '../../../../i18n/format';
import { useDeadline } from '../useCalendarQueries';

/** Start date + N working days → the last day, computed by the server (the one place that counts working days). */
export function DeadlineCard() {
  const { t } = useI18n();
  const [from, setFrom] = useState<Dayjs | null>(null);
  const [days, setDays] = useState<number | null>(30);
  const valid = days !== null && days >= 0 && days <= 1000;
  const deadline = useDeadline(from ? toIsoDate(from) : undefined, valid ? days : undefined);
  return (
    <Card title={t('calendar.deadline.title')} size="small">
      <Typography.Paragraph type="secondary">{t('calendar.deadline.hint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('calendar.deadline.from')}>
          <DatePicker
            format={DATE_FORMAT}
            value={from}
            onChange={setFrom}
            style={{ width: '100%' }}
            data-testid="deadline-from"
          />
        </Form.Item>
        <Form.Item label={t('calendar.deadline.days')}>
          <InputNumber min={0} max={1000} value={days} onChange={setDays} data-testid="deadline-days" />
        </Form.Item>
      </Form>
      {deadline.isError ? <ProblemAlert error={deadline.error} /> : null}
      {deadline.data ? (
        <Alert
          type="info"
          showIcon
          data-testid="deadline-result"
          title={t('calendar.deadline.result', { date: formatDate(deadline.data.deadline) })}
        />
      ) : null}
    </Card>
  );
}
