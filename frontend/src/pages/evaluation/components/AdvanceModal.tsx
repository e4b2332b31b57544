import { DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { EvaluationCycle, EvaluationCycleState } from '../../../api/types';
import { applyProblemToForm } from '../../../components/forms';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { DATE_FORMAT, toIsoDate } from '../../../i18n/format';
import { useAdvance } from '../useEvaluationQueries';

interface Props {
  cycle: EvaluationCycle;
  to: EvaluationCycleState;
  onClose: () => void;
}

interface Values {
  decisionNumber?: string;
  decisionDate?: Dayjs;
}

/** Moves a cycle to its next step; the decision step asks for the competent body's decision. */
export function AdvanceModal({ cycle, to, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<unknown>(null);
  const advance = useAdvance(cycle.id);
  const decision = to === 'DECIDED';

  const send = (values: Values) => {
    setProblem(null);
    advance.mutate(
      {
        to,
        version: cycle.version,
        decisionNumber: decision ? (values.decisionNumber?.trim() ?? null) : null,
        decisionDate: decision && values.decisionDate ? toIsoDate(values.decisionDate) : null,
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
      title={t('evaluation.advance.title', { state: t(`evaluation.state.${to}`) })}
      okText={t('evaluation.advance.submit')}
      cancelText={t('common.actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={advance.isPending}
      okButtonProps={{ 'data-testid': 'advance-submit' } as never}
      destroyOnHidden
    >
      <Typography.Paragraph>{t(`evaluation.advance.hint.${to}`)}</Typography.Paragraph>
      {problem ? <ProblemAlert error={problem} testId="advance-problem" /> : null}
      <Form<Values> form={form} layout="vertical" onFinish={send}>
        {decision ? (
          <>
            <Form.Item
              name="decisionNumber"
              label={t('evaluation.advance.decisionNumber')}
              rules={[{ required: true, whitespace: true }, { max: 40 }]}
            >
              <Input data-testid="advance-decision-number" placeholder="…-QĐ/ĐU" />
            </Form.Item>
            <Form.Item
              name="decisionDate"
              label={t('evaluation.advance.decisionDate')}
              rules={[{ required: true }]}
            >
              <DatePicker
                format={DATE_FORMAT}
                style={{ width: '100%' }}
                data-testid="advance-decision-date"
              />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
