import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { applyProblemToForm } from '../../../../components/forms';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { useI18n } from '../../../../i18n';
import { useChangePassword } from '../../useAccountQueries';

/** Shortest password the server accepts; checked here only to answer sooner. */
export const MIN_PASSWORD_LENGTH = 10;

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function PasswordForm() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const [problem, setProblem] = useState<unknown>(null);

  const submit = (values: Values) => {
    setProblem(null);
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          message.success(t('account.password.changed'));
        },
        onError: (error) => {
          const shown = applyProblemToForm(form, error, {
            'account.password.wrong-current': 'currentPassword',
          });
          if (!shown) setProblem(error);
        },
      },
    );
  };

  return (
    <Form<Values> form={form} name="password" layout="vertical" onFinish={submit} style={{ maxWidth: 420 }}>
      {problem ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={problem} />
        </div>
      ) : null}
      <Form.Item
        name="currentPassword"
        label={t('account.password.current')}
        rules={[{ required: true, message: t('account.password.currentRequired') }]}
      >
        <Input.Password autoComplete="current-password" data-testid="pw-current" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('account.password.new')}
        dependencies={['currentPassword']}
        rules={[
          { required: true, message: t('account.password.newRequired') },
          {
            min: MIN_PASSWORD_LENGTH,
            message: t('account.password.newTooShort', { min: MIN_PASSWORD_LENGTH }),
          },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              value && value === getFieldValue('currentPassword')
                ? Promise.reject(new Error(t('account.password.newSameAsCurrent')))
                : Promise.resolve(),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="pw-new" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('account.password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('account.password.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('account.password.confirmMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="pw-confirm" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="pw-submit">
        {t('account.password.submit')}
      </Button>
    </Form>
  );
}
