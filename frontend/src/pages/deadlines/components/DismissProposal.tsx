import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { api, request } from '../../../api/http';
import type { DeadlineItem, RemovalProposal } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';

/** Dismisses an open removal proposal with a reason, at the version the list reads now. */
export function DismissProposal({ item }: { item: DeadlineItem }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const dismiss = useMutation({
    mutationFn: async (reason: string) => {
      const open = (await request(api.GET('/api/v1/removal-proposals'))) as RemovalProposal[];
      const proposal = open.find((p) => p.id === item.proposalId);
      return request(
        api.POST('/api/v1/removal-proposals/{id}/dismissal', {
          params: { path: { id: item.proposalId ?? 0 } },
          body: { reason, version: proposal?.version ?? 0 },
        }),
      );
    },
    onSuccess: () => {
      message.success(t('member.deadlines.dismissed'));
      setOpen(false);
      client.invalidateQueries({ queryKey: ['deadlines'] });
      client.invalidateQueries({ queryKey: ['fees'] });
    },
  });
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid={`deadline-dismiss-${item.memberId}`}>
        {t('member.deadlines.dismiss')}
      </Button>
      {open ? (
        <Modal
          open
          title={t('member.deadlines.dismissTitle', { name: item.fullName })}
          onOk={() => form.submit()}
          onCancel={() => setOpen(false)}
          confirmLoading={dismiss.isPending}
          destroyOnHidden
        >
          {dismiss.isError ? <ProblemAlert error={dismiss.error} /> : null}
          <Form form={form} layout="vertical" onFinish={(v) => dismiss.mutate(v.reason)}>
            <Form.Item
              name="reason"
              label={t('member.deadlines.dismissReason')}
              rules={[{ required: true, whitespace: true, max: 1000 }]}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
          </Form>
        </Modal>
      ) : null}
    </>
  );
}
