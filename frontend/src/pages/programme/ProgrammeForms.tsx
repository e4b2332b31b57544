import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { applyProblemToForm } from '../../components/forms';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { DATE_FORMAT, toIsoDate } from '../../i18n/format';
import type { ProgrammeView } from './programmeTypes';
import { useAdoptProgramme, useCreateProgramme } from './useProgrammeQueries';

/** The roles that issue programmes and report on them (the server's ProgrammeManagement.WRITERS). */
export const PROGRAMME_WRITER_ROLES = new Set(['CITY_OFFICE', 'ORG_STAFF', 'CELL_SECRETARY']);

interface CreateValues {
  issuingUnitId: number;
  code: string;
  title: string;
  period: [Dayjs, Dayjs];
  goals?: string;
}

/** Issues a programme of a unit in the user's scope; opens it once created. */
export function CreateProgrammeModal({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<CreateValues>();
  const create = useCreateProgramme();
  const required = [{ required: true, message: t('programme.report.required') }];
  return (
    <Modal
      open
      title={t('programme.create.title')}
      onCancel={onClose}
      okText={t('programme.create.submit')}
      okButtonProps={{ loading: create.isPending, 'data-testid': 'programme-create-submit' } as never}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ProblemAlert error={create.error} />
      <Form<CreateValues>
        form={form}
        layout="vertical"
        onFinish={(v) =>
          create.mutate(
            {
              issuingUnitId: v.issuingUnitId,
              code: v.code.trim(),
              title: v.title.trim(),
              periodFrom: toIsoDate(v.period[0]),
              periodTo: toIsoDate(v.period[1]),
              goals: v.goals?.trim() || undefined,
            },
            {
              onSuccess: (created) => navigate(`/programmes/${created.id}`),
              onError: (e) => applyProblemToForm(form, e),
            },
          )
        }
      >
        <Form.Item name="issuingUnitId" label={t('programme.detail.issuer')} rules={required}>
          <OrgTreeSelect testId="programme-create-unit" />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('programme.column.code')}
          rules={required}
          extra={t('programme.create.codeHint')}
        >
          <Input data-testid="programme-create-code" maxLength={40} />
        </Form.Item>
        <Form.Item name="title" label={t('programme.column.title')} rules={required}>
          <Input data-testid="programme-create-title" maxLength={500} />
        </Form.Item>
        <Form.Item name="period" label={t('programme.detail.period')} rules={required}>
          <DatePicker.RangePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="goals" label={t('programme.detail.goals')}>
          <Input.TextArea rows={3} maxLength={8000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface AdoptValues {
  issuingUnitId: number;
  code: string;
  title?: string;
}

/** A subordinate unit adopts the programme (its own targets are the parent's until revised); opens the new one. */
export function AdoptProgrammeModal({ p, onClose }: { p: ProgrammeView; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<AdoptValues>();
  const adopt = useAdoptProgramme(p.id);
  const required = [{ required: true, message: t('programme.report.required') }];
  return (
    <Modal
      open
      title={t('programme.adopt.title', { code: p.code })}
      onCancel={onClose}
      okText={t('programme.adopt.submit')}
      okButtonProps={{ loading: adopt.isPending, 'data-testid': 'programme-adopt-submit' } as never}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ProblemAlert error={adopt.error} />
      <Form<AdoptValues>
        form={form}
        layout="vertical"
        onFinish={(v) =>
          adopt.mutate(
            { issuingUnitId: v.issuingUnitId, code: v.code.trim(), title: v.title?.trim() || undefined },
            {
              onSuccess: (child) => {
                message.success(t('programme.adopt.done'));
                navigate(`/programmes/${child.id}`);
              },
              onError: (e) => applyProblemToForm(form, e),
            },
          )
        }
      >
        <Form.Item name="issuingUnitId" label={t('programme.adopt.unit')} rules={required}>
          <OrgTreeSelect testId="programme-adopt-unit" />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('programme.column.code')}
          rules={required}
          extra={t('programme.create.codeHint')}
        >
          <Input data-testid="programme-adopt-code" maxLength={40} />
        </Form.Item>
        <Form.Item name="title" label={t('programme.column.title')}>
          <Input maxLength={500} placeholder={p.title} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
