import { Alert, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { applyProblemToForm } from '../../components/forms';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { SUBJECT_KINDS, type SubjectKind } from '../inspection/inspectionTypes';
import { MemberSearch } from '../inspection/MemberSearch';
import { CHANNELS, type DenunciationChannel, type NotHandledReason } from './denunciationTypes';
import { useReceiveDenunciation } from './useDenunciationQueries';

interface Values {
  commissionUnitId: number;
  receivedOn: Dayjs;
  channel: DenunciationChannel;
  denouncerName?: string;
  denouncerAddress?: string;
  denouncerContact?: string;
  signerCount: number;
  falseName: boolean;
  repeated: boolean;
  accusedKind: SubjectKind;
  accusedUnitId?: number;
  accusedMemberId?: string;
  content: string;
}

/**
 * The reason the rule excludes a letter, as the server decides it at intake (shown before saving so that staff see
 * why it will be recorded but not handled; the server's decision is the one kept).
 */
export function previewReason(values: Partial<Values>): NotHandledReason | null {
  if (!values.denouncerName?.trim()) return 'ANONYMOUS';
  if (values.falseName) return 'FALSE_NAME';
  if (!values.denouncerAddress?.trim()) return 'NO_ADDRESS';
  if ((values.signerCount ?? 1) > 1) return 'COLLECTIVE';
  if (values.repeated) return 'REPEATED';
  return null;
}

/** Records a denunciation received by a commission of the caller's inspection scope. */
export function ReceiveModal({
  commissionUnitId,
  onClose,
}: {
  commissionUnitId?: number;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const watched = Form.useWatch([], form) as Partial<Values> | undefined;
  const receive = useReceiveDenunciation();
  const reason = watched ? previewReason(watched) : null;
  const submit = (values: Values) =>
    receive.mutate(
      {
        ...values,
        receivedOn: values.receivedOn.format('YYYY-MM-DD'),
        accusedUnitId: values.accusedKind === 'ORGANISATION' ? values.accusedUnitId : undefined,
        accusedMemberId: values.accusedKind === 'MEMBER' ? values.accusedMemberId : undefined,
      } as never,
      {
        onSuccess: (view) => navigate(`/denunciations/${view.id}`),
        onError: (error) => applyProblemToForm(form, error),
      },
    );
  const required = [{ required: true, message: t('denunciation.form.required') }];
  return (
    <Modal
      open
      title={t('denunciation.receive')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('denunciation.form.save')}
      cancelText={t('denunciation.form.cancel')}
      okButtonProps={{ loading: receive.isPending, 'data-testid': 'denunciation-save' } as never}
      width={640}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          commissionUnitId,
          channel: 'MAIL',
          signerCount: 1,
          falseName: false,
          repeated: false,
          accusedKind: 'MEMBER',
        }}
        data-testid="denunciation-form"
      >
        <Form.Item name="commissionUnitId" label={t('denunciation.form.commission')} rules={required}>
          <OrgTreeSelect testId="denunciation-commission" />
        </Form.Item>
        <Form.Item name="receivedOn" label={t('denunciation.form.receivedOn')} rules={required}>
          <DatePicker format="DD/MM/YYYY" data-testid="denunciation-received-on" />
        </Form.Item>
        <Form.Item name="channel" label={t('denunciation.form.channel')} rules={required}>
          <Select
            data-testid="denunciation-channel"
            options={CHANNELS.map((c) => ({ value: c, label: t(`denunciation.channel.${c}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="denouncerName"
          label={t('denunciation.form.denouncer')}
          extra={t('denunciation.form.denouncerHint')}
          rules={[{ max: 300 }]}
        >
          <Input maxLength={300} data-testid="denunciation-denouncer" />
        </Form.Item>
        <Form.Item name="denouncerAddress" label={t('denunciation.form.address')} rules={[{ max: 500 }]}>
          <Input maxLength={500} data-testid="denunciation-address" />
        </Form.Item>
        <Form.Item name="denouncerContact" label={t('denunciation.form.contact')} rules={[{ max: 200 }]}>
          <Input maxLength={200} data-testid="denunciation-contact" />
        </Form.Item>
        <Form.Item name="signerCount" label={t('denunciation.form.signers')} rules={required}>
          <InputNumber min={1} max={10000} precision={0} data-testid="denunciation-signers" />
        </Form.Item>
        <Form.Item name="falseName" valuePropName="checked">
          <Checkbox data-testid="denunciation-false-name">{t('denunciation.form.falseName')}</Checkbox>
        </Form.Item>
        <Form.Item name="repeated" valuePropName="checked">
          <Checkbox data-testid="denunciation-repeated">{t('denunciation.form.repeated')}</Checkbox>
        </Form.Item>
        <Form.Item name="accusedKind" label={t('denunciation.form.accusedKind')} rules={required}>
          <Radio.Group
            data-testid="denunciation-accused-kind"
            options={SUBJECT_KINDS.map((k) => ({ value: k, label: t(`inspection.subjectKind.${k}`) }))}
          />
        </Form.Item>
        {watched?.accusedKind === 'ORGANISATION' ? (
          <Form.Item name="accusedUnitId" label={t('denunciation.form.accusedUnit')} rules={required}>
            <OrgTreeSelect testId="denunciation-accused-unit" />
          </Form.Item>
        ) : (
          <Form.Item name="accusedMemberId" label={t('denunciation.form.accusedMember')} rules={required}>
            <MemberSearch testId="denunciation-accused-member" />
          </Form.Item>
        )}
        <Form.Item
          name="content"
          label={t('denunciation.form.content')}
          rules={[{ required: true, whitespace: true, max: 8000, message: t('denunciation.form.required') }]}
        >
          <Input.TextArea rows={4} maxLength={8000} data-testid="denunciation-content" />
        </Form.Item>
      </Form>
      {reason ? (
        <Alert
          type="warning"
          showIcon
          data-testid="denunciation-rule-preview"
          title={t('denunciation.form.rulePreview', { reason: t(`denunciation.reason.${reason}`) })}
        />
      ) : null}
      {receive.isError ? <ProblemAlert error={receive.error} testId="denunciation-error" /> : null}
    </Modal>
  );
}
