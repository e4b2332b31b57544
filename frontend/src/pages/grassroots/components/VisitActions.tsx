import { DeleteOutlined, EditOutlined, NodeIndexOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Modal, Popconfirm, Select, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { ApiError } from '../../../api/http';
import { applyProblemToForm } from '../../../components/forms';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { DATE_FORMAT, formatDate, toIsoDate } from '../../../i18n/format';
import type { ProgrammeSummary } from '../../programme/programmeTypes';
import { DURATIONS, PURPOSES } from '../grassrootsModel';
import type { FollowUp, Visit, VisitDuration, VisitPurpose } from '../grassrootsTypes';
import { useFollowUpToTask, useReviseVisit, useWithdrawVisit } from '../useGrassrootsQueries';

/** The message of a failed write: a stale version is said plainly, the rest as the server words it. */
export function problemText(error: unknown, stale: string): string {
  if (error instanceof ApiError)
    return error.status === 409 && error.code === 'conflict.stale' ? stale : error.text;
  return String(error);
}

interface EditValues {
  visitedOn: Dayjs;
  duration: VisitDuration;
  orgUnitId: number;
  purpose: VisitPurpose;
  findings?: string;
}

/** Edit and withdraw buttons of a logged visit; the compliance views are read again after either. */
export function VisitRowActions({
  visit,
  units,
  onEdit,
}: {
  visit: Visit;
  units: Array<{ value: number; label: string }>;
  onEdit: (visit: Visit) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const withdraw = useWithdrawVisit();
  const handedOver = visit.followUps.some((f) => f.programmeTaskId);
  return (
    <>
      <Button
        size="small"
        icon={<EditOutlined />}
        aria-label={t('grassroots.edit.action')}
        data-testid={`grassroots-visit-edit-${visit.visitedOn}`}
        disabled={units.length === 0}
        onClick={() => onEdit(visit)}
      />
      <Popconfirm
        title={t('grassroots.edit.withdrawConfirm')}
        description={handedOver ? t('grassroots.edit.handedOver') : undefined}
        okText={t('grassroots.edit.withdraw')}
        okButtonProps={
          { danger: true, disabled: handedOver, 'data-testid': 'grassroots-visit-withdraw-ok' } as never
        }
        onConfirm={() =>
          withdraw.mutateAsync({ id: visit.id, version: visit.version }).then(
            () => message.success(t('grassroots.edit.withdrawn')),
            (e: unknown) => message.error(problemText(e, t('grassroots.edit.stale'))),
          )
        }
      >
        <Button
          size="small"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('grassroots.edit.withdraw')}
          data-testid={`grassroots-visit-withdraw-${visit.visitedOn}`}
          loading={withdraw.isPending && withdraw.variables?.id === visit.id}
        />
      </Popconfirm>
    </>
  );
}

/** Revises a logged visit under its version; the follow-up tasks stay as they are. */
export function EditVisitModal({
  visit,
  units,
  onClose,
}: {
  visit: Visit;
  units: Array<{ value: number; label: string }>;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const revise = useReviseVisit();
  const options = units.some((u) => u.value === visit.orgUnitId)
    ? units
    : [...units, { value: visit.orgUnitId, label: visit.unitName }];
  return (
    <Modal
      open
      title={t('grassroots.edit.title', { date: formatDate(visit.visitedOn) })}
      onCancel={onClose}
      okText={t('grassroots.edit.save')}
      okButtonProps={{ loading: revise.isPending, 'data-testid': 'grassroots-visit-edit-save' } as never}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {revise.isError ? (
        <Typography.Paragraph type="danger" data-testid="grassroots-visit-edit-error">
          {problemText(revise.error, t('grassroots.edit.stale'))}
        </Typography.Paragraph>
      ) : null}
      <Form<EditValues>
        form={form}
        layout="vertical"
        initialValues={{
          visitedOn: dayjs(visit.visitedOn),
          duration: visit.duration,
          orgUnitId: visit.orgUnitId,
          purpose: visit.purpose,
          findings: visit.findings ?? undefined,
        }}
        onFinish={(v) =>
          revise.mutate(
            {
              id: visit.id,
              body: {
                committeeMemberId: visit.committeeMemberId,
                orgUnitId: v.orgUnitId,
                visitedOn: toIsoDate(v.visitedOn),
                duration: v.duration,
                purpose: v.purpose,
                findings: v.findings,
                version: visit.version,
              },
            },
            {
              onSuccess: () => {
                message.success(t('grassroots.edit.saved'));
                onClose();
              },
              onError: (e) => applyProblemToForm(form, e),
            },
          )
        }
      >
        <Form.Item name="visitedOn" label={t('grassroots.field.visitedOn')} rules={[{ required: true }]}>
          <DatePicker
            format={DATE_FORMAT}
            style={{ width: '100%' }}
            data-testid="grassroots-visit-edit-day"
          />
        </Form.Item>
        <Form.Item name="duration" label={t('grassroots.field.duration')} rules={[{ required: true }]}>
          <Select
            data-testid="grassroots-visit-edit-duration"
            options={DURATIONS.map((d) => ({ value: d, label: t(`grassroots.duration.${d}`) }))}
          />
        </Form.Item>
        <Form.Item name="orgUnitId" label={t('grassroots.field.unit')} rules={[{ required: true }]}>
          <Select options={options} />
        </Form.Item>
        <Form.Item name="purpose" label={t('grassroots.field.purpose')} rules={[{ required: true }]}>
          <Select options={PURPOSES.map((p) => ({ value: p, label: t(`grassroots.purpose.${p}`) }))} />
        </Form.Item>
        <Form.Item name="findings" label={t('grassroots.field.findings')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The programme task a follow-up became, with its status today and a link to its programme. */
export function ProgrammeTaskTag({ followUp }: { followUp: FollowUp }) {
  const { t } = useI18n();
  const task = followUp.programmeTask;
  if (!task) {
    return <Tag>{t('grassroots.toTask.removed')}</Tag>;
  }
  return (
    <Link to={`/programmes/${task.programmeId}`} data-testid={`grassroots-follow-up-task-${followUp.id}`}>
      <Tag color={task.status === 'DONE' ? 'green' : task.status === 'LATE' ? 'red' : 'blue'}>
        {t('grassroots.toTask.linked', {
          code: task.programmeCode,
          seq: task.seq,
          status: t(`programme.taskStatus.${task.status}`),
          progress: task.progress,
        })}
      </Tag>
    </Link>
  );
}

interface TaskValues {
  programmeId: string;
  ownerUnitId: number;
  ownerPerson?: string;
  deadline?: Dayjs;
}

/** Turns a follow-up task into a task of a programme whose issuing unit the user writes for. */
export function FollowUpToTaskModal({
  followUp,
  programmes,
  onClose,
}: {
  followUp: FollowUp;
  programmes: ProgrammeSummary[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<TaskValues>();
  const toTask = useFollowUpToTask();
  const programmeId = Form.useWatch('programmeId', form);
  const chosen = programmes.find((p) => p.id === programmeId);
  return (
    <Modal
      open
      title={t('grassroots.toTask.title')}
      onCancel={onClose}
      okText={t('grassroots.toTask.submit')}
      okButtonProps={{ loading: toTask.isPending, 'data-testid': 'grassroots-to-task-submit' } as never}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph>
        <Typography.Text strong>{followUp.text}</Typography.Text>
      </Typography.Paragraph>
      <ProblemAlert error={toTask.error} />
      <Form<TaskValues>
        form={form}
        layout="vertical"
        initialValues={{
          ownerPerson: followUp.owner ?? undefined,
          deadline: followUp.dueOn ? dayjs(followUp.dueOn) : undefined,
        }}
        onValuesChange={(changed: Partial<TaskValues>) => {
          const picked = programmes.find((p) => p.id === changed.programmeId);
          if (picked && form.getFieldValue('ownerUnitId') == null) {
            form.setFieldValue('ownerUnitId', picked.issuingUnitId);
          }
        }}
        onFinish={(v) =>
          toTask.mutate(
            {
              id: followUp.id,
              body: {
                programmeId: v.programmeId,
                ownerUnitId: v.ownerUnitId,
                ownerPerson: v.ownerPerson?.trim() || undefined,
                deadline: v.deadline ? toIsoDate(v.deadline) : undefined,
                version: followUp.version,
              },
            },
            {
              onSuccess: () => {
                message.success(t('grassroots.toTask.done'));
                onClose();
              },
              onError: (e) => applyProblemToForm(form, e),
            },
          )
        }
      >
        <Form.Item
          name="programmeId"
          label={t('grassroots.toTask.programme')}
          rules={[{ required: true, message: t('grassroots.required') }]}
        >
          <Select
            data-testid="grassroots-to-task-programme"
            showSearch={{ optionFilterProp: 'label' }}
            options={programmes.map((p) => ({ value: p.id, label: `${p.code} · ${p.title}` }))}
          />
        </Form.Item>
        <Form.Item
          name="ownerUnitId"
          label={t('grassroots.toTask.ownerUnit')}
          rules={[{ required: true, message: t('grassroots.required') }]}
          extra={chosen ? t('grassroots.toTask.ownerUnitHint', { unit: chosen.issuingUnitName }) : undefined}
        >
          <OrgTreeSelect testId="grassroots-to-task-unit" />
        </Form.Item>
        <Form.Item name="ownerPerson" label={t('grassroots.field.followUpOwner')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="deadline"
          label={t('grassroots.toTask.deadline')}
          rules={[{ required: true, message: t('grassroots.required') }]}
        >
          <DatePicker
            format={DATE_FORMAT}
            style={{ width: '100%' }}
            data-testid="grassroots-to-task-deadline"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The button that opens {@link FollowUpToTaskModal}. */
export function ToTaskButton({ followUp, onClick }: { followUp: FollowUp; onClick: () => void }) {
  const { t } = useI18n();
  return (
    <Button
      size="small"
      icon={<NodeIndexOutlined />}
      onClick={onClick}
      data-testid={`grassroots-to-task-${followUp.id}`}
    >
      {t('grassroots.toTask.action')}
    </Button>
  );
}
