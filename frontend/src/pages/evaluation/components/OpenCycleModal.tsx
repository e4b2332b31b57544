import { Form, InputNumber, Modal, Radio } from 'antd';
import { useState } from 'react';
import type { EvaluationCycleKind } from '../../../api/types';
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
  kind: EvaluationCycleKind;
}

/** Opens a yearly cycle of members or of organisations for a committee of the caller's subtree. */
export function OpenCycleModal({ year, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<unknown>(null);
  const open = useOpenCycle();

  const send = (values: Values) => {
    setProblem(null);
    open.mutate(
      { orgUnitId: values.orgUnitId, year: values.year, kind: values.kind, period: 'YEAR' } as never,
      {
        onSuccess: (cycle) => onClose(cycle.id),
        onError: (error) => {
          if (!applyProblemToForm(form, error)) setProblem(error);
        },
      },
    );
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
      <Form<Values> form={form} layout="vertical" onFinish={send} initialValues={{ year, kind: 'MEMBER' }}>
        <Form.Item name="kind" label={t('evaluation.open.kind')}>
          <Radio.Group
            data-testid="evaluation-open-kind"
            optionType="button"
            options={(['MEMBER', 'ORGANISATION'] as const).map((k) => ({
              value: k,
              label: t(`evaluation.kind.${k}`),
            }))}
          />
        </Form.Item>
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
