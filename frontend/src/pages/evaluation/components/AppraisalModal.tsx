import { Descriptions, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import type { EvaluationEntry, EvaluationLevel } from '../../../api/types';
import { applyProblemToForm } from '../../../components/forms';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { levelsUpTo } from '../evaluationModel';
import { useAppraise } from '../useEvaluationQueries';

interface Props {
  cycleId: string;
  entry: EvaluationEntry;
  onClose: () => void;
}

interface Values {
  score: number;
  tasksTotal: number;
  tasksExceeding: number;
  tasksLate: number;
  level: EvaluationLevel;
  remark?: string;
}

/** The cell's appraisal of a member: score, task counts and the proposed level (checked by the server). */
export function AppraisalModal({ cycleId, entry, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<unknown>(null);
  const appraise = useAppraise(cycleId);

  const send = (values: Values) => {
    setProblem(null);
    appraise.mutate(
      {
        entryId: entry.id,
        body: { ...values, remark: values.remark?.trim() || null, version: entry.version },
      },
      {
        onSuccess: onClose,
        onError: (error) => {
          if (!applyProblemToForm(form, error)) setProblem(error);
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('evaluation.appraisal.title', { name: entry.memberName })}
      okText={t('evaluation.appraisal.submit')}
      cancelText={t('common.actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={appraise.isPending}
      okButtonProps={{ 'data-testid': 'appraisal-submit' } as never}
      destroyOnHidden
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'self',
            label: t('evaluation.column.self'),
            children:
              entry.selfLevel != null
                ? `${entry.selfScore ?? ''} · ${t(`evaluation.level.${entry.selfLevel}`)}`
                : t('evaluation.self.none'),
          },
          ...(entry.selfComment
            ? [{ key: 'comment', label: t('evaluation.self.comment'), children: entry.selfComment }]
            : []),
        ]}
      />
      {problem ? <ProblemAlert error={problem} testId="appraisal-problem" /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={send}
        initialValues={{
          score: entry.score ?? entry.selfScore ?? undefined,
          tasksTotal: entry.tasksTotal ?? 0,
          tasksExceeding: entry.tasksExceeding ?? 0,
          tasksLate: entry.tasksLate ?? 0,
          level: entry.proposedLevel ?? entry.selfLevel ?? undefined,
          remark: entry.proposedRemark ?? undefined,
        }}
      >
        <Form.Item name="score" label={t('evaluation.appraisal.score')} rules={[{ required: true }]}>
          <InputNumber min={0} max={100} style={{ width: '100%' }} data-testid="appraisal-score" />
        </Form.Item>
        <Form.Item
          name="tasksTotal"
          label={t('evaluation.appraisal.tasksTotal')}
          rules={[{ required: true }]}
        >
          <InputNumber min={0} max={10000} style={{ width: '100%' }} data-testid="appraisal-total" />
        </Form.Item>
        <Form.Item
          name="tasksExceeding"
          label={t('evaluation.appraisal.tasksExceeding')}
          rules={[{ required: true }]}
        >
          <InputNumber min={0} max={10000} style={{ width: '100%' }} data-testid="appraisal-exceeding" />
        </Form.Item>
        <Form.Item name="tasksLate" label={t('evaluation.appraisal.tasksLate')} rules={[{ required: true }]}>
          <InputNumber min={0} max={10000} style={{ width: '100%' }} data-testid="appraisal-late" />
        </Form.Item>
        <Form.Item name="level" label={t('evaluation.appraisal.level')} rules={[{ required: true }]}>
          <Select
            data-testid="appraisal-level"
            options={levelsUpTo(entry.disqualified ? 'NOT_COMPLETED' : null).map((l) => ({
              value: l,
              label: t(`evaluation.level.${l}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="remark" label={t('evaluation.appraisal.remark')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} data-testid="appraisal-remark" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
