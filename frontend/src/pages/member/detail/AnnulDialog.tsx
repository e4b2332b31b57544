import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../api/http';
import type { MemberEvent } from '../../../api/types';
import { applyProblemToForm } from '../../../components/forms';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type MessageKey, useI18n } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { useAnnulStep } from '../useLifecycleQueries';

interface Props {
  memberId: string;
  event: MemberEvent;
  version: number;
  onClose: () => void;
  onReload: () => void;
}

/** Annuls the latest step, recorded in error, with the reason; the member returns to the state before it. */
export function AnnulDialog({ memberId, event, version, onClose, onReload }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const annul = useAnnulStep(memberId);
  const [problem, setProblem] = useState<unknown>(null);
  const [stale, setStale] = useState(false);
  const step = t(`member.event.${event.kind}` as MessageKey);

  const submit = ({ reason }: { reason?: string }) => {
    setProblem(null);
    annul.mutate(
      { eventId: event.id, reason: (reason ?? '').trim(), version },
      {
        onSuccess: () => {
          message.success(t('member.annul.done'));
          onClose();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) setStale(true);
          else if (!applyProblemToForm(form, error)) setProblem(error);
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('member.annul.title', { step: `${step} (${formatDate(event.effectiveDate)})` })}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.actions.cancel')}
        </Button>,
        <Button
          key="submit"
          danger
          type="primary"
          loading={annul.isPending}
          onClick={() => form.submit()}
          data-testid="annul-submit"
        >
          {t('member.annul.submit')}
        </Button>,
      ]}
    >
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('member.annul.hint')} />
      {stale ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="annul-stale"
          title={t('member.step.staleTitle')}
          description={t('member.step.staleText')}
          action={
            <Button size="small" onClick={onReload}>
              {t('member.step.reload')}
            </Button>
          }
        />
      ) : null}
      {problem ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={problem} testId="annul-problem" />
        </div>
      ) : null}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ reason: '' }}>
        <Form.Item
          name="reason"
          label={t('member.annul.reason')}
          rules={[{ required: true, whitespace: true, message: t('member.step.required') }, { max: 1000 }]}
        >
          <Input.TextArea rows={3} data-testid="annul-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
