import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import type { CreateOrgUnit, OrgUnit, OrgUnitKind } from '../../../../api/types';
import { applyProblemToForm } from '../../../../components/forms';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { useI18n } from '../../../../i18n';
import { DecisionFields, type DecisionValues, decisionBody } from '../changes/DecisionFields';
import { allowedChildKinds } from '../nesting';
import { useCreateOrgUnit } from '../useOrgQueries';

interface Values extends DecisionValues {
  kind: OrgUnitKind;
  code: string;
  name: string;
}

interface Props {
  parent: OrgUnit;
  open: boolean;
  onClose: () => void;
  onCreated: (unit: OrgUnit) => void;
}

/** Creates a unit under `parent`; the kind list follows the nesting rules, the server's verdict is shown as is. */
export function CreateUnitModal({ parent, open, onClose, onCreated }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateOrgUnit();
  const [problem, setProblem] = useState<unknown>(null);
  const kinds = allowedChildKinds(parent.kind);

  const submit = (values: Values) => {
    setProblem(null);
    const body: CreateOrgUnit = {
      parentId: parent.id,
      kind: values.kind,
      code: values.code.trim(),
      name: values.name.trim(),
      ...(values.decisionNumber?.trim() ? decisionBody(values) : {}),
    };
    create.mutate(body, {
      onSuccess: (unit) => {
        message.success(t('org.create.created', { name: unit.name }));
        form.resetFields();
        onCreated(unit);
      },
      onError: (error) => {
        if (!applyProblemToForm(form, error)) setProblem(error);
      },
    });
  };

  return (
    <Modal
      open={open}
      title={t('org.create.title', { parent: parent.name })}
      okText={t('org.create.submit')}
      cancelText={t('common.actions.cancel')}
      onOk={() => form.submit()}
      okButtonProps={{ loading: create.isPending, 'data-testid': 'org-create-submit' } as never}
      onCancel={() => {
        setProblem(null);
        form.resetFields();
        onClose();
      }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="create-org-unit"
        onFinish={submit}
        initialValues={{ kind: kinds.length === 1 ? kinds[0] : undefined }}
      >
        {problem ? (
          <div style={{ marginBottom: 16 }}>
            <ProblemAlert error={problem} testId="org-create-error" />
          </div>
        ) : null}
        <Form.Item
          name="kind"
          label={t('org.create.kind')}
          rules={[{ required: true, message: t('org.create.kindRequired') }]}
        >
          <Select
            data-testid="org-create-kind"
            options={kinds.map((kind) => ({ value: kind, label: t(`org.kind.${kind}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('org.create.code')}
          extra={t('org.create.codeHelp')}
          rules={[
            { required: true, whitespace: true, message: t('org.create.codeRequired') },
            { pattern: /^\s*[A-Za-z0-9._-]+\s*$/, message: t('org.create.codePattern') },
            { max: 40 },
          ]}
        >
          <Input maxLength={40} autoComplete="off" spellCheck={false} data-testid="org-create-code" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('org.create.name')}
          rules={[{ required: true, whitespace: true, message: t('org.create.nameRequired') }, { max: 255 }]}
        >
          <Input maxLength={255} data-testid="org-create-name" />
        </Form.Item>
        <DecisionFields optional />
      </Form>
    </Modal>
  );
}
