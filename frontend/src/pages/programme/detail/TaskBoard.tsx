import { BellOutlined, PlusOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import {
  App,
  Button,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Table,
  Tag,
  Timeline,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { applyProblemToForm } from '../../../components/forms';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatDate, formatDateTime } from '../../../i18n/format';
import { barStatus, taskColor } from '../programmeModel';
import type { ProgrammeView, TaskView } from '../programmeTypes';
import { useRemindTasks, useRemoveTask, useReportTask, useTaskHistory } from '../useProgrammeQueries';
import { AddTaskModal } from './AddForms';
import { RowActions } from './ItemActions';

/** The task board: owner, deadline, progress bar, status and the overdue and due-soon flags. */
export function TaskBoard({ p }: { p: ProgrammeView }) {
  const { t } = useI18n();
  const [reporting, setReporting] = useState<TaskView | undefined>();
  const [history, setHistory] = useState<TaskView | undefined>();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<TaskView | undefined>();
  const remove = useRemoveTask(p.id);
  const remind = useRemindTasks(p.id);
  const { message } = App.useApp();
  const flagged = p.tasks.filter((task) => task.overdue || task.dueSoon).length;
  const columns: TableColumnsType<TaskView> = [
    {
      key: 'title',
      title: t('programme.task.title'),
      render: (_, task) => (
        <Flex vertical>
          <Typography.Text>
            {task.seq}. {task.title}
          </Typography.Text>
          <Typography.Text type="secondary">
            {task.ownerUnitName}
            {task.ownerPerson ? ` · ${task.ownerPerson}` : ''}
          </Typography.Text>
          {task.origin ? (
            <Typography.Text type="secondary" italic data-testid={`task-origin-${task.seq}`}>
              {t('programme.task.origin', { label: task.origin.label })}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'deadline',
      title: t('programme.task.deadline'),
      render: (_, task) => (
        <Flex vertical align="start" gap={2}>
          <span>{formatDate(task.deadline)}</span>
          {task.overdue ? (
            <Tag color="red" data-testid={`task-overdue-${task.seq}`}>
              {t('programme.task.overdue')}
            </Tag>
          ) : null}
          {task.dueSoon ? <Tag color="orange">{t('programme.task.dueSoon')}</Tag> : null}
          {task.remindedOn && (task.overdue || task.dueSoon) ? (
            <Typography.Text type="secondary" data-testid={`task-reminded-${task.seq}`}>
              {t('programme.task.remindedOn', { date: formatDate(task.remindedOn) })}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
      width: 130,
    },
    {
      key: 'progress',
      title: t('programme.task.progress'),
      render: (_, task) => <Progress percent={task.progress} size="small" status={barStatus(task.status)} />,
      width: 170,
    },
    {
      key: 'status',
      title: t('programme.task.status'),
      render: (_, task) => (
        <Tooltip title={task.rule}>
          <Tag color={taskColor(task.status)} data-testid={`task-status-${task.seq}`}>
            {t(`programme.taskStatus.${task.status}`)}
          </Tag>
        </Tooltip>
      ),
      width: 150,
    },
    {
      key: 'actions',
      title: '',
      render: (_, task) => (
        <RowActions
          kind="task"
          seq={task.seq}
          report={
            task.canReport && task.status !== 'DONE'
              ? { label: t('programme.task.report'), onClick: () => setReporting(task) }
              : undefined
          }
          onHistory={() => setHistory(task)}
          edit={
            p.canEdit
              ? {
                  canRemove: task.canRemove,
                  onEdit: () => setEditing(task),
                  onRemove: () => remove.mutateAsync({ taskId: task.id, version: task.version }),
                  removing: remove.isPending && remove.variables?.taskId === task.id,
                }
              : undefined
          }
        />
      ),
      width: p.canEdit ? 240 : 170,
    },
  ];
  return (
    <>
      {p.canEdit ? (
        <Flex justify="end" gap="small" wrap style={{ marginBottom: 8 }}>
          <Tooltip title={t('programme.remind.hint')}>
            <Button
              icon={<BellOutlined />}
              disabled={flagged === 0}
              loading={remind.isPending}
              data-testid="task-remind"
              onClick={() =>
                remind.mutate(undefined, {
                  onSuccess: (r) =>
                    message.success(
                      t('programme.remind.done', {
                        reminded: r.reminded,
                        overdue: r.overdue,
                        dueSoon: r.dueSoon,
                        withoutOwner: r.withoutOwner,
                      }),
                    ),
                })
              }
            >
              {t('programme.remind.action', { count: flagged })}
            </Button>
          </Tooltip>
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="task-add">
            {t('programme.add.task')}
          </Button>
        </Flex>
      ) : null}
      {remind.isError ? <ProblemAlert error={remind.error} /> : null}
      <Table<TaskView>
        rowKey="id"
        size="small"
        data-testid="task-board"
        scroll={{ x: p.canEdit ? 960 : 860 }}
        columns={columns}
        dataSource={p.tasks}
        pagination={false}
      />
      {reporting ? <ReportTaskModal p={p} task={reporting} onClose={() => setReporting(undefined)} /> : null}
      {adding ? <AddTaskModal p={p} onClose={() => setAdding(false)} /> : null}
      {editing ? <AddTaskModal p={p} editing={editing} onClose={() => setEditing(undefined)} /> : null}
      {history ? <TaskHistory p={p} task={history} onClose={() => setHistory(undefined)} /> : null}
    </>
  );
}

interface Values {
  progress: number;
  evidenceText?: string;
  comment?: string;
}

function ReportTaskModal({ p, task, onClose }: { p: ProgrammeView; task: TaskView; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const report = useReportTask(p.id, task.id);
  return (
    <Modal
      open
      title={`${t('programme.report.taskTitle')}: ${task.title}`}
      onCancel={onClose}
      okText={t('programme.report.submit')}
      okButtonProps={{ loading: report.isPending, 'data-testid': 'task-report-submit' } as never}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ProblemAlert error={report.error} />
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="task-report-form"
        initialValues={{ progress: task.progress }}
        onFinish={(v) =>
          report.mutate(
            {
              progress: v.progress,
              evidenceText: v.evidenceText?.trim() || undefined,
              comment: v.comment?.trim() || undefined,
              version: task.version,
            },
            {
              onSuccess: () => {
                message.success(t('programme.report.done'));
                onClose();
              },
              onError: (e) => applyProblemToForm(form, e),
            },
          )
        }
      >
        <Form.Item label={t('programme.report.progress')} required>
          <Flex gap="small">
            <Form.Item
              name="progress"
              noStyle
              rules={[{ required: true, message: t('programme.report.required') }]}
            >
              <InputNumber min={0} max={100} style={{ width: 120 }} data-testid="task-progress" />
            </Form.Item>
            <Button onClick={() => form.setFieldValue('progress', 100)} data-testid="task-complete">
              {t('programme.task.complete')}
            </Button>
          </Flex>
        </Form.Item>
        <Form.Item name="evidenceText" label={t('programme.report.evidenceText')}>
          <Input data-testid="task-evidence" maxLength={2000} />
        </Form.Item>
        <Form.Item name="comment" label={t('programme.report.comment')}>
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function TaskHistory({ p, task, onClose }: { p: ProgrammeView; task: TaskView; onClose: () => void }) {
  const { t } = useI18n();
  const history = useTaskHistory(p.id, task.id);
  const reports = history.data ?? [];
  return (
    <Drawer open onClose={onClose} title={`${task.seq}. ${task.title}`} size="large">
      <ProblemAlert error={history.error} />
      {reports.length === 0 && !history.isLoading ? (
        <Typography.Paragraph type="secondary">{t('programme.indicator.noReports')}</Typography.Paragraph>
      ) : (
        <Timeline
          items={[...reports].reverse().map((r) => ({
            key: r.id,
            children: (
              <Flex vertical>
                <Typography.Text strong>
                  {r.progress}% · {formatDate(r.asOf)}
                </Typography.Text>
                {r.evidenceText ? <Typography.Text>{r.evidenceText}</Typography.Text> : null}
                {r.comment ? <Typography.Text type="secondary">{r.comment}</Typography.Text> : null}
                <Typography.Text type="secondary">
                  {r.by} · {formatDateTime(r.at)}
                </Typography.Text>
              </Flex>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}
