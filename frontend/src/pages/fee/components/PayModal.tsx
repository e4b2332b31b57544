import { DatePicker, Descriptions, Form, InputNumber, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { FeeMemberYear, FeeMonth } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { DATE_FORMAT, toIsoDate } from '../../../i18n/format';
import { formatMonth, formatVnd, remaining } from '../feeModel';
import { useRecordCash } from '../useFeeQueries';

interface Props {
  row: FeeMemberYear;
  month: FeeMonth;
  onClose: () => void;
}

interface Values {
  amount: number;
  paidOn?: Dayjs;
}

/** Records one member's cash for one month; the amount starts at what remains due. */
export function PayModal({ row, month, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const record = useRecordCash();
  const submit = (values: Values) =>
    record.mutate(
      {
        month: month.month,
        paidOn: values.paidOn ? toIsoDate(values.paidOn) : undefined,
        payments: [{ memberId: row.memberId, amount: values.amount }],
      },
      { onSuccess: onClose },
    );
  return (
    <Modal
      open
      title={t('fee.pay.title')}
      okText={t('fee.pay.submit')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={record.isPending}
      okButtonProps={{ 'data-testid': 'fee-pay-submit' } as never}
      destroyOnHidden
    >
      <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('fee.pay.member')}>{row.fullName}</Descriptions.Item>
        <Descriptions.Item label={t('fee.pay.month')}>{formatMonth(month.month)}</Descriptions.Item>
        <Descriptions.Item label={t('fee.pay.due')}>{formatVnd(month.due)}</Descriptions.Item>
        <Descriptions.Item label={t('fee.pay.paid')}>{formatVnd(month.paid)}</Descriptions.Item>
        <Descriptions.Item label={t('fee.pay.rule')}>{month.rule}</Descriptions.Item>
      </Descriptions>
      {record.isError ? <ProblemAlert error={record.error} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ amount: remaining(month) || undefined }}
        onFinish={submit}
      >
        <Form.Item name="amount" label={t('fee.pay.amount')} rules={[{ required: true }]}>
          <InputNumber<number>
            min={1}
            step={1000}
            style={{ width: '100%' }}
            data-testid="fee-pay-amount"
            formatter={(v) => (v == null ? '' : new Intl.NumberFormat('vi-VN').format(Number(v)))}
            parser={(v) => Number((v ?? '').replace(/\D/g, ''))}
          />
        </Form.Item>
        <Form.Item name="paidOn" label={t('fee.pay.paidOn')} extra={t('fee.pay.paidOnHint')}>
          <DatePicker
            format={DATE_FORMAT}
            style={{ width: '100%' }}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
