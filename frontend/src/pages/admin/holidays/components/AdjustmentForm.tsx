import { App, Button, Card, DatePicker, Form, Input, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { AdjustmentKind } from '../../../../api/types';
import { applyProblemToForm } from '../../../../components/forms';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { useI18n } from '../../../../i18n';
import { DATE_FORMAT, formatDate, toIsoDate } from '../../../../i18n/format';
import { useAddAdjustment } from '../useCalendarQueries';

interface Values {
  date?: Dayjs;
  kind?: AdjustmentKind;
  reason?: string;
}

/** The administrator's form for an extra day off or a make-up working day; server errors land on the fields. */
export function AdjustmentForm() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<unknown>(null);
  const add = useAddAdjustment();

  const submit = (values: Values) => {
    setProblem(null);
    const body = {
      date: values.date ? toIsoDate(values.date) : '',
      kind: values.kind as AdjustmentKind,
      reason: values.reason ?? '',
    };
    add.mutate(body, {
      onSuccess: (added) => {
        message.success(t('calendar.form.added', { date: formatDate(added.date) }));
        form.resetFields();
      },
      onError: (error) => {
        if (!applyProblemToForm(form, error, { 'calendar.adjustment.duplicate': 'date' })) setProblem(error);
      },
    });
  };

  return (
    <Card title={t('calendar.form.title')} size="small" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('calendar.form.hint')}</Typography.Paragraph>
      {problem ? (
        <div style={{ marginBottom: 12 }}>
          <ProblemAlert error={problem} testId="adjustment-problem" />
        </div>
      ) : null}
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'WORKING' }}>
        <Form.Item
          name="date"
          label={t('calendar.form.date')}
          rules={[{ required: true, message: t('calendar.form.dateRequired') }]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} data-testid="adjustment-date" />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('calendar.form.kind')}
          rules={[{ required: true, message: t('calendar.form.kindRequired') }]}
        >
          <Radio.Group data-testid="adjustment-kind">
            <Radio value="WORKING" data-testid="adjustment-kind-working">
              {t('calendar.form.kindWorking')}
            </Radio>
            <Radio value="OFF" data-testid="adjustment-kind-off">
              {t('calendar.form.kindOff')}
            </Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('calendar.form.reason')}
          rules={[
            { required: true, whitespace: true, message: t('calendar.form.reasonRequired') },
            { max: 255 },
          ]}
        >
          <Input placeholder={t('calendar.form.reasonPlaceholder')} data-testid="adjustment-reason" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="adjustment-submit">
          {t('calendar.form.submit')}
        </Button>
      </Form>
    </Card>
  );
}
