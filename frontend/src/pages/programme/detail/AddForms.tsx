import { App, DatePicker, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { applyProblemToForm } from '../../../components/forms';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { DATE_FORMAT, toIsoDate } from '../../../i18n/format';
import type { IndicatorDirection, IndicatorView, ProgrammeView, TaskView } from '../programmeTypes';
import { useAddIndicator, useAddTask, useReviseIndicator, useReviseTask } from '../useProgrammeQueries';
import { OwnerMemberSelect } from './OwnerMemberSelect';

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

/**
 * Adds an indicator to a programme, or revises one (`editing`) under its version (staff of the issuing unit). An
 * adopted indicator keeps the parent's name, unit, direction and reporting period.
 */
export function AddIndicatorModal({
  p,
  editing,
  onClose,
}: {
  p: ProgrammeView;
  editing?: IndicatorView;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<IndicatorValues>();
  const add = useAddIndicator(p.id);
  const revise = useReviseIndicator(p.id, editing?.id ?? '');
  const write = editing ? revise : add;
  const inherited = editing?.parentIndicatorId != null;
  const direction = Form.useWatch('direction', form);
  const required = [{ required: true, message: t('programme.report.required') }];
  return (
    <Modal
      open
      title={editing ? t('programme.edit.indicator', { seq: editing.seq }) : t('programme.add.indicator')}
      onCancel={onClose}
      okText={editing ? t('programme.edit.submit') : t('programme.add.submit')}
      okButtonProps={{ loading: write.isPending, 'data-testid': 'indicator-add-submit' } as never}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ProblemAlert error={write.error} />
      <Form<IndicatorValues>
        form={form}
        layout="vertical"
        initialValues={
          editing
            ? {
                name: editing.name,
                unit: editing.unit,
                baseline: editing.baseline,
                target: editing.target ?? undefined,
                targetDate: editing.targetDate ? dayjs(editing.targetDate) : undefined,
                direction: editing.direction,
                reporting: editing.reporting,
                responsibleUnitId: editing.responsibleUnitId,
              }
            : {
                direction: 'AT_LEAST',
                reporting: 'YEAR',
                unit: '%',
                baseline: 0,
                responsibleUnitId: p.issuingUnitId,
              }
        }
        onFinish={(v) =>
          (write.mutate as (body: object, options: object) => void)(
            {
              ...(editing ? { version: editing.version } : {}),
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
                message.success(editing ? t('programme.edit.done') : t('programme.add.done'));
                onClose();
              },
              onError: (e: unknown) => applyProblemToForm(form, e),
            },
          )
        }
      >
        {inherited ? (
          <Typography.Paragraph type="secondary">{t('programme.edit.inherited')}</Typography.Paragraph>
        ) : null}
        <Form.Item name="name" label={t('programme.indicator.name')} rules={required}>
          <Input data-testid="indicator-add-name" maxLength={500} disabled={inherited} />
        </Form.Item>
        <Form.Item name="direction" label={t('programme.add.direction')} rules={required}>
          <Select
            disabled={inherited}
            options={DIRECTIONS.map((value) => ({ value, label: t(`programme.direction.${value}`) }))}
          />
        </Form.Item>
        <Form.Item name="unit" label={t('programme.add.unit')} rules={required}>
          <Input maxLength={40} disabled={inherited} />
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
            disabled={inherited}
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
  ownerMemberId?: string;
  ownerPerson?: string;
  deadline: Dayjs;
}

/** Adds a task to a programme, or revises one (`editing`) under its version (staff of the issuing unit). */
export function AddTaskModal({
  p,
  editing,
  onClose,
}: {
  p: ProgrammeView;
  editing?: TaskView;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<TaskValues>();
  const add = useAddTask(p.id);
  const revise = useReviseTask(p.id, editing?.id ?? '');
  const write = editing ? revise : add;
  const required = [{ required: true, message: t('programme.report.required') }];
  return (
    <Modal
      open
      title={editing ? t('programme.edit.task', { seq: editing.seq }) : t('programme.add.task')}
      onCancel={onClose}
      okText={editing ? t('programme.edit.submit') : t('programme.add.submit')}
      okButtonProps={{ loading: write.isPending, 'data-testid': 'task-add-submit' } as never}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ProblemAlert error={write.error} />
      <Form<TaskValues>
        form={form}
        layout="vertical"
        initialValues={
          editing
            ? {
                title: editing.title,
                ownerUnitId: editing.ownerUnitId,
                ownerMemberId: editing.ownerMemberId ?? undefined,
                ownerPerson: editing.ownerPerson ?? undefined,
                deadline: dayjs(editing.deadline),
              }
            : { ownerUnitId: p.issuingUnitId }
        }
        onFinish={(v) =>
          (write.mutate as (body: object, options: object) => void)(
            {
              ...(editing
                ? { version: editing.version, ownerMemberId: editing.ownerMemberId ?? undefined }
                : {}),
              title: v.title.trim(),
              ownerUnitId: v.ownerUnitId,
              ownerPerson: v.ownerPerson?.trim() || undefined,
              deadline: toIsoDate(v.deadline),
            },
            {
              onSuccess: () => {
                message.success(editing ? t('programme.edit.done') : t('programme.add.done'));
                onClose();
              },
              onError: (e: unknown) => applyProblemToForm(form, e),
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
        <Form.Item
          name="ownerMemberId"
          label={t('programme.add.member')}
          extra={t('programme.add.memberHint')}
        >
          <OwnerMemberSelect
            initialLabel={editing?.ownerPerson ?? undefined}
            onChange={(memberId, name) => {
              form.setFieldValue('ownerMemberId', memberId);
              if (name && !form.getFieldValue('ownerPerson')) form.setFieldValue('ownerPerson', name);
            }}
          />
        </Form.Item>
        <Form.Item name="ownerPerson" label={t('programme.add.person')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="deadline" label={t('programme.task.deadline')} rules={required}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} data-testid="task-add-deadline" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
