import { DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { applyProblemToForm } from '../../components/forms';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { toIsoInstant } from '../../i18n/format';
import { agendaLines } from './meetingModel';
import { MEETING_KINDS, type MeetingKind } from './meetingTypes';
import { usePlanMeeting } from './useMeetingQueries';

interface Values {
  orgUnitId: number;
  kind: MeetingKind;
  title: string;
  plannedStart: Dayjs;
  place?: string;
  agenda?: string;
}

/** Plans a meeting of a cell; the agenda left empty takes the HD 09-HD/BTCTW template on the server. */
export function PlanMeetingModal({ cellId, onClose }: { cellId?: number; onClose: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const plan = usePlanMeeting();
  const submit = (values: Values) =>
    plan.mutate(
      {
        orgUnitId: values.orgUnitId,
        kind: values.kind,
        title: values.title,
        plannedStart: toIsoInstant(values.plannedStart),
        place: values.place,
        agenda: agendaLines(values.agenda),
      } as never,
      {
        onSuccess: (meeting) => navigate(`/meetings/${meeting.id}`),
        onError: (error) => applyProblemToForm(form, error),
      },
    );
  return (
    <Modal
      open
      title={t('meeting.plan')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('meeting.form.save')}
      okButtonProps={{ loading: plan.isPending, 'data-testid': 'meeting-plan-save' } as never}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ orgUnitId: cellId, kind: 'REGULAR', title: t('meeting.form.defaultTitle') }}
        data-testid="meeting-plan-form"
      >
        <Form.Item
          name="orgUnitId"
          label={t('meeting.form.cell')}
          rules={[{ required: true, message: t('meeting.form.required') }]}
        >
          <OrgTreeSelect testId="meeting-plan-cell" />
        </Form.Item>
        <Form.Item name="kind" label={t('meeting.form.kind')} rules={[{ required: true }]}>
          <Select
            data-testid="meeting-plan-kind"
            options={MEETING_KINDS.map((k) => ({ value: k, label: t(`meeting.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('meeting.form.title')}
          rules={[{ required: true, whitespace: true, max: 300, message: t('meeting.form.required') }]}
        >
          <Input data-testid="meeting-plan-title" maxLength={300} />
        </Form.Item>
        <Form.Item
          name="plannedStart"
          label={t('meeting.form.start')}
          rules={[{ required: true, message: t('meeting.form.required') }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="DD/MM/YYYY HH:mm"
            style={{ width: '100%' }}
            data-testid="meeting-plan-start"
          />
        </Form.Item>
        <Form.Item name="place" label={t('meeting.form.place')} rules={[{ max: 300 }]}>
          <Input data-testid="meeting-plan-place" maxLength={300} />
        </Form.Item>
        <Form.Item name="agenda" label={t('meeting.form.agenda')}>
          <Input.TextArea rows={4} data-testid="meeting-plan-agenda" />
        </Form.Item>
      </Form>
      {plan.isError ? <ProblemAlert error={plan.error} testId="meeting-plan-error" /> : null}
    </Modal>
  );
}
