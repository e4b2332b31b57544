import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { applyProblemToForm } from '../../../components/forms';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { DATE_FORMAT, toIsoDate } from '../../../i18n/format';
import type { IndicatorDirection, ProgrammeView } from '../programmeTypes';
import { useAddIndicator, useAddTask } from '../useProgrammeQueries';

const DIRECTIONS: IndicatorDirection[] = ['AT_LEAST', 'AT_MOST', 'EXACTLY', 'BY_DATE'];

interface IndicatorValues {
  name: string;
  unit: string;
  baseline: number;
  target?: number;
  targetDate?: Dayjs;
  direction: IndicatorDirection;
  reporting: 'QUARTER' | 'YEAR';
  responsibleUnitId: number;
}

/** Adds an indicator to a programme (staff of the issuing unit). */
export function AddIndicatorModal({ p, onClose }: { p: ProgrammeView; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<IndicatorValues>();
  const add = useAddIndicator(p.id);
  const direction = Form.useWatch('direction', form);
  const required = [{ required: true, message: t('programme.report.required') }];
  return (
    <Modal
      open
      title={t('programme.add.indicator')}
      onCancel={onClose}
      okText={t('programme.add.submit')}
      okButtonProps={{ loading: add.isPending, 'data-testid': 'indicator-add-submit' } as never}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ProblemAlert error={add.error} />
      <Form<IndicatorValues>
        form={form}
        layout="vertical"
        initialValues={{
          direction: 'AT_LEAST',
          reporting: 'YEAR',
          unit: '%',
          baseline: 0,
          responsibleUnitId: p.issuingUnitId,
        }}
        onFinish={(v) =>
          add.mutate(
            {
              name: v.name.trim(),
              unit: v.unit.trim(),
              baseline: v.baseline,
              target: v.direction === 'BY_DATE' ? undefined : v.target,
              targetDate: v.direction === 'BY_DATE' && v.targetDate ? toIsoDate(v.targetDate) : undefined,
              direction: v.direction,
              reporting: v.reporting,
              responsibleUnitId: v.responsibleUnitId,
            },
            {
              onSuccess: () => {
                message.success(t('programme.add.done'));
                onClose();
              },
              onError: (e) => applyProblemToForm(form, e),
            },
          )
        }
      >
        <Form.Item name="name" label={t('programme.indicator.name')} rules={required}>
          <Input data-testid="indicator-add-name" maxLength={500} />
        </Form.Item>
        <Form.Item name="direction" label={t('programme.add.direction')} rules={required}>
          <Select
            options={DIRECTIONS.map((value) => ({ value, label: t(`programme.direction.${value}`) }))}
          />
        </Form.Item>
        <Form.Item name="unit" label={t('programme.add.unit')} rules={required}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="baseline" label={t('programme.indicator.baseline')} rules={required}>
          <InputNumber style={{ width: '100%' }} />
        </Form.Item>
        {direction === 'BY_DATE' ? (
          <Form.Item name="targetDate" label={t('programme.add.targetDate')} rules={required}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        ) : (
          <Form.Item name="target" label={t('programme.indicator.target')} rules={required}>
            <InputNumber style={{ width: '100%' }} data-testid="indicator-add-target" />
          </Form.Item>
        )}
        <Form.Item name="reporting" label={t('programme.report.period')} rules={required}>
          <Select
            options={[
              { value: 'QUARTER', label: t('programme.add.quarterly') },
              { value: 'YEAR', label: t('programme.add.yearly') },
            ]}
          />
        </Form.Item>
        <Form.Item name="responsibleUnitId" label={t('programme.indicator.responsible')} rules={required}>
          <OrgTreeSelect testId="indicator-add-unit" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface TaskValues {
  title: string;
  ownerUnitId: number;
  ownerPerson?: string;
  deadline: Dayjs;
}

/** Adds a task to a programme (staff of the issuing unit). */
export function AddTaskModal({ p, onClose }: { p: ProgrammeView; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<TaskValues>();
  const add = useAddTask(p.id);
  const required = [{ required: true, message: t('programme.report.required') }];
  return (
    <Modal
      open
      title={t('programme.add.task')}
      onCancel={onClose}
      okText={t('programme.add.submit')}
      okButtonProps={{ loading: add.isPending, 'data-testid': 'task-add-submit' } as never}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ProblemAlert error={add.error} />
      <Form<TaskValues>
        form={form}
        layout="vertical"
        initialValues={{ ownerUnitId: p.issuingUnitId }}
        onFinish={(v) =>
          add.mutate(
            {
              title: v.title.trim(),
              ownerUnitId: v.ownerUnitId,
              ownerPerson: v.ownerPerson?.trim() || undefined,
              deadline: toIsoDate(v.deadline),
            },
            {
              onSuccess: () => {
                message.success(t('programme.add.done'));
                onClose();
              },
              onError: (e) => applyProblemToForm(form, e),
            },
          )
        }
      >
        <Form.Item name="title" label={t('programme.task.title')} rules={required}>
          <Input data-testid="task-add-title" maxLength={500} />
        </Form.Item>
        <Form.Item name="ownerUnitId" label={t('programme.task.owner')} rules={required}>
          <OrgTreeSelect testId="task-add-unit" />
        </Form.Item>
        <Form.Item name="ownerPerson" label={t('programme.add.person')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="deadline" label={t('programme.task.deadline')} rules={required}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
