import { Form, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { applyProblemToForm } from '../../../components/forms';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { useOpenCycle } from '../useEvaluationQueries';

interface Props {
  year: number;
  onClose: (cycleId?: string) => void;
}

interface Values {
  orgUnitId: number;
  year: number;
}

/** Opens a yearly cycle for a committee of the caller's subtree. */
export function OpenCycleModal({ year, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<unknown>(null);
  const open = useOpenCycle();

  const send = (values: Values) => {
    setProblem(null);
    open.mutate({ orgUnitId: values.orgUnitId, year: values.year, kind: 'MEMBER', period: 'YEAR' } as never, {
      onSuccess: (cycle) => onClose(cycle.id),
      onError: (error) => {
        if (!applyProblemToForm(form, error)) setProblem(error);
      },
    });
  };

  return (
    <Modal
      open
      title={t('evaluation.open.title')}
      okText={t('evaluation.open.submit')}
      cancelText={t('common.actions.cancel')}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      confirmLoading={open.isPending}
      destroyOnHidden
    >
      {problem ? <ProblemAlert error={problem} /> : null}
      <Form<Values> form={form} layout="vertical" onFinish={send} initialValues={{ year }}>
        <Form.Item name="orgUnitId" label={t('evaluation.open.unit')} rules={[{ required: true }]}>
          <OrgTreeSelect id="evaluation-open-unit" testId="evaluation-open-unit" />
        </Form.Item>
        <Form.Item name="year" label={t('evaluation.open.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
