import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { applyProblemToForm } from '../../../components/forms';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { DATE_FORMAT, toIsoDate } from '../../../i18n/format';
import { CHANNELS } from '../petitionModel';
import type { PetitionChannel } from '../petitionTypes';
import { useReceivePetition } from '../usePetitionQueries';

interface Values {
  receivedUnitId: number;
  petitionerName: string;
  petitionerAddress: string;
  petitionerPhone?: string;
  petitionerIdNo?: string;
  channel: PetitionChannel;
  receivedOn: Dayjs;
  subject: string;
  content: string;
}

/** Records a petition received by a unit of the caller's scope, then opens it. */
export function IntakeModal({ unitId, onClose }: { unitId?: number; onClose: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const receive = useReceivePetition();
  const required = { required: true, whitespace: true, message: t('petition.required') };
  const submit = (values: Values) =>
    receive.mutate(
      { ...values, receivedOn: toIsoDate(values.receivedOn) },
      {
        onSuccess: (petition) => navigate(`/petitions/${petition.id}`),
        onError: (error) => applyProblemToForm(form, error),
      },
    );
  return (
    <Modal
      open
      title={t('petition.receive')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('petition.action.save')}
      okButtonProps={{ loading: receive.isPending, 'data-testid': 'petition-intake-save' } as never}
      destroyOnHidden
      width={720}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ receivedUnitId: unitId, channel: 'RECEPTION_DAY', receivedOn: dayjs() }}
        data-testid="petition-intake-form"
      >
        <Form.Item
          name="receivedUnitId"
          label={t('petition.field.receivedUnitId')}
          rules={[{ required: true }]}
        >
          <OrgTreeSelect testId="petition-intake-unit" />
        </Form.Item>
        <Form.Item
          name="petitionerName"
          label={t('petition.field.petitionerName')}
          rules={[required, { max: 200 }]}
        >
          <Input data-testid="petition-intake-name" maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="petitionerAddress"
          label={t('petition.field.petitionerAddress')}
          rules={[required, { max: 500 }]}
        >
          <Input data-testid="petition-intake-address" maxLength={500} autoComplete="off" />
        </Form.Item>
        <Form.Item name="petitionerPhone" label={t('petition.field.petitionerPhone')}>
          <Input data-testid="petition-intake-phone" maxLength={20} inputMode="tel" autoComplete="off" />
        </Form.Item>
        <Form.Item name="petitionerIdNo" label={t('petition.field.petitionerIdNo')}>
          <Input data-testid="petition-intake-idno" maxLength={12} inputMode="numeric" autoComplete="off" />
        </Form.Item>
        <Form.Item name="channel" label={t('petition.field.channel')} rules={[{ required: true }]}>
          <Select
            data-testid="petition-intake-channel"
            options={CHANNELS.map((c) => ({ value: c, label: t(`petition.channel.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="receivedOn" label={t('petition.field.receivedOn')} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} data-testid="petition-intake-date" />
        </Form.Item>
        <Form.Item name="subject" label={t('petition.field.subject')} rules={[required, { max: 300 }]}>
          <Input data-testid="petition-intake-subject" maxLength={300} />
        </Form.Item>
        <Form.Item name="content" label={t('petition.field.content')} rules={[required, { max: 8000 }]}>
          <Input.TextArea rows={5} data-testid="petition-intake-content" maxLength={8000} />
        </Form.Item>
      </Form>
      {receive.isError ? <ProblemAlert error={receive.error} testId="petition-intake-error" /> : null}
    </Modal>
  );
}
