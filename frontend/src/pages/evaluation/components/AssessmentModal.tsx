import { Descriptions, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import type { EvaluationAppraisal, EvaluationLevel } from '../../../api/types';
import { applyProblemToForm } from '../../../components/forms';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { levelsUpTo } from '../evaluationModel';

/** What a self-assessment or an appraisal starts from: a member's or an organisation's row. */
export interface AssessedRow {
  selfScore: number | null;
  selfLevel: EvaluationLevel | null;
  selfComment: string | null;
  score: number | null;
  tasksTotal: number | null;
  tasksExceeding: number | null;
  tasksLate: number | null;
  proposedLevel: EvaluationLevel | null;
  proposedRemark: string | null;
  version: number;
}

interface Props {
  title: string;
  row: AssessedRow;
  /** 'self': the row's own assessment; 'appraisal': the appraiser's proposal beside the self-assessment. */
  step: 'self' | 'appraisal';
  /** A condition forces "not completed": only that level is offered (the server checks again). */
  forced: boolean;
  save: (body: EvaluationAppraisal) => Promise<unknown>;
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

/** A self-assessment or an appraisal: score, task counts and the level (checked by the server against the rules). */
export function AssessmentModal({ title, row, step, forced, save, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const self = step === 'self';

  const send = (values: Values) => {
    setProblem(null);
    setPending(true);
    save({ ...values, remark: values.remark?.trim() || null, version: row.version })
      .then(onClose)
      .catch((error: unknown) => {
        if (!applyProblemToForm(form, error)) setProblem(error);
      })
      .finally(() => setPending(false));
  };

  return (
    <Modal
      open
      title={title}
      okText={t(self ? 'evaluation.organisation.selfSubmit' : 'evaluation.appraisal.submit')}
      cancelText={t('common.actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      okButtonProps={{ 'data-testid': 'appraisal-submit' } as never}
      destroyOnHidden
    >
      {self ? null : (
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 16 }}
          items={[
            {
              key: 'self',
              label: t('evaluation.column.self'),
              children:
                row.selfLevel != null
                  ? `${row.selfScore ?? ''} · ${t(`evaluation.level.${row.selfLevel}`)}`
                  : t('evaluation.self.none'),
            },
            ...(row.selfComment
              ? [{ key: 'comment', label: t('evaluation.self.comment'), children: row.selfComment }]
              : []),
          ]}
        />
      )}
      {problem ? <ProblemAlert error={problem} testId="appraisal-problem" /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={send}
        initialValues={
          self
            ? {
                score: row.selfScore ?? undefined,
                tasksTotal: row.tasksTotal ?? 0,
                tasksExceeding: row.tasksExceeding ?? 0,
                tasksLate: row.tasksLate ?? 0,
                level: row.selfLevel ?? undefined,
                remark: row.selfComment ?? undefined,
              }
            : {
                score: row.score ?? row.selfScore ?? undefined,
                tasksTotal: row.tasksTotal ?? 0,
                tasksExceeding: row.tasksExceeding ?? 0,
                tasksLate: row.tasksLate ?? 0,
                level: row.proposedLevel ?? row.selfLevel ?? undefined,
                remark: row.proposedRemark ?? undefined,
              }
        }
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
        <Form.Item
          name="level"
          label={t(self ? 'evaluation.organisation.selfLevel' : 'evaluation.appraisal.level')}
          rules={[{ required: true }]}
        >
          <Select
            data-testid="appraisal-level"
            options={levelsUpTo(forced ? 'NOT_COMPLETED' : null).map((l) => ({
              value: l,
              label: t(`evaluation.level.${l}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="remark"
          label={t(self ? 'evaluation.organisation.selfComment' : 'evaluation.appraisal.remark')}
          rules={[{ max: 2000 }]}
        >
          <Input.TextArea rows={2} data-testid="appraisal-remark" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
