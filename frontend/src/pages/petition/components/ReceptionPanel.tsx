import type { TableColumnsType } from 'antd';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Row,
  Table,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { applyProblemToForm } from '../../../components/forms';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { DATE_FORMAT, formatDate, toIsoDate } from '../../../i18n/format';
import type { ReceptionDay } from '../petitionTypes';
import { useReceptionDays, useRecordReceptionDay } from '../usePetitionQueries';

interface Values {
  heldOn: Dayjs;
  headName: string;
  headTitle?: string;
  citizensReceived: number;
  notes?: string;
}

/** Reception days held in the chosen subtree in a month, and the form to record one at the chosen unit. */
export function ReceptionPanel({ unitId, active }: { unitId: number | undefined; active: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [month, setMonth] = useState<Dayjs>(dayjs().startOf('month'));
  const days = useReceptionDays(unitId, month.format('YYYY-MM'), active);
  const record = useRecordReceptionDay();
  const [form] = Form.useForm<Values>();
  if (unitId === undefined) return <Alert type="info" title={t('petition.ageing.chooseUnit')} />;
  const rows = days.data ?? [];
  const columns: TableColumnsType<ReceptionDay> = [
    { key: 'heldOn', title: t('petition.field.heldOn'), render: (_, row) => formatDate(row.heldOn) },
    { key: 'unit', title: t('petition.ageing.unit'), render: (_, row) => row.unitName, responsive: ['md'] },
    {
      key: 'head',
      title: t('petition.field.headName'),
      render: (_, row) => (row.headTitle ? `${row.headName} (${row.headTitle})` : row.headName),
    },
    {
      key: 'citizens',
      title: t('petition.field.citizensReceived'),
      align: 'right',
      render: (_, row) => row.citizensReceived,
    },
    { key: 'notes', title: t('petition.field.notes'), render: (_, row) => row.notes, responsive: ['lg'] },
  ];
  const submit = (values: Values) =>
    record.mutate(
      { ...values, orgUnitId: unitId, heldOn: toIsoDate(values.heldOn) },
      {
        onSuccess: () => {
          message.success(t('petition.done'));
          form.resetFields();
        },
        onError: (error) => applyProblemToForm(form, error),
      },
    );
  return (
    <>
      <Typography.Paragraph type="secondary">{t('petition.reception.intro')}</Typography.Paragraph>
      <Form layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item label={t('petition.field.month')} htmlFor="petition-reception-month">
          <DatePicker
            id="petition-reception-month"
            picker="month"
            format="MM/YYYY"
            allowClear={false}
            value={month}
            onChange={(value) => value && setMonth(value)}
          />
        </Form.Item>
      </Form>
      <ProblemAlert error={days.error} onRetry={() => days.refetch()} />
      <Table<ReceptionDay>
        rowKey="id"
        size="small"
        data-testid="petition-reception-table"
        loading={days.isFetching}
        columns={columns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('petition.reception.empty') }}
        footer={() =>
          t('petition.reception.total', { count: rows.reduce((n, r) => n + r.citizensReceived, 0) })
        }
      />
      <Card size="small" title={t('petition.action.record')} style={{ marginTop: 16 }}>
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ heldOn: dayjs(), citizensReceived: 0 }}
          data-testid="petition-reception-form"
        >
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="heldOn" label={t('petition.field.heldOn')} rules={[{ required: true }]}>
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="headName"
                label={t('petition.field.headName')}
                rules={[{ required: true, whitespace: true, message: t('petition.required') }]}
              >
                <Input maxLength={200} data-testid="petition-reception-head" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="headTitle" label={t('petition.field.headTitle')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="citizensReceived"
                label={t('petition.field.citizensReceived')}
                rules={[{ required: true }]}
              >
                <InputNumber
                  min={0}
                  max={10000}
                  style={{ width: '100%' }}
                  data-testid="petition-reception-count"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name="notes" label={t('petition.field.notes')}>
                <Input maxLength={2000} />
              </Form.Item>
            </Col>
          </Row>
          {record.isError ? <ProblemAlert error={record.error} /> : null}
          <Button
            type="primary"
            htmlType="submit"
            loading={record.isPending}
            data-testid="petition-reception-save"
          >
            {t('petition.action.record')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
