import { App, DatePicker, Descriptions, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../../../api/http';
import type { BadgeKind, EligibleMember } from '../../../../api/types';
import { applyProblemToForm } from '../../../../components/forms';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { useI18n } from '../../../../i18n';
import { DATE_FORMAT, formatDate, toIsoDate } from '../../../../i18n/format';
import { useSubmitBadge } from '../../useBadgeQueries';

export type AwardMode = 'PROPOSED' | 'AWARDED';

interface Props {
  row: EligibleMember;
  occasion: string;
  mode: AwardMode;
  onClose: () => void;
}

interface Values {
  kind: BadgeKind;
  reason?: string;
  decisionNumber?: string;
  decisionDate?: Dayjs;
  decisionBody?: string;
}

/** Proposes a badge for a listed member, or records the committee's award; the server's rule checks are final. */
export function AwardModal({ row, occasion, mode, onClose }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<unknown>(null);
  const submit = useSubmitBadge();
  const kind = Form.useWatch('kind', form) ?? row.proposal?.kind ?? row.kind;
  const award = mode === 'AWARDED';
  const kinds: BadgeKind[] = row.diedOn ? ['POSTHUMOUS'] : ['NORMAL', 'ILLNESS'];

  const send = (values: Values) => {
    setProblem(null);
    submit.mutate(
      {
        memberId: row.memberId,
        milestone: row.milestone,
        occasion,
        kind: values.kind,
        state: mode,
        reason: values.reason?.trim() || null,
        decisionNumber: award ? (values.decisionNumber?.trim() ?? null) : null,
        decisionDate: award && values.decisionDate ? toIsoDate(values.decisionDate) : null,
        decisionBody: award ? values.decisionBody?.trim() || null : null,
        version: row.proposal ? row.proposal.version : null,
      },
      {
        onSuccess: () => {
          message.success(
            t(award ? 'badge.form.awarded' : 'badge.form.proposed', {
              milestone: row.milestone,
              name: row.fullName,
            }),
          );
          onClose();
        },
        onError: (error) => {
          if (!applyProblemToForm(form, error)) setProblem(error);
        },
      },
    );
  };

  const rule = problem instanceof ApiError ? problem.extensions.rule : undefined;
  return (
    <Modal
      open
      title={t(award ? 'badge.form.awardTitle' : 'badge.form.proposeTitle', { milestone: row.milestone })}
      okText={t(award ? 'badge.form.submitAward' : 'badge.form.submitPropose')}
      cancelText={t('common.actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={submit.isPending}
      okButtonProps={{ 'data-testid': 'award-submit' } as never}
      destroyOnHidden
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'member', label: t('badge.form.member'), children: row.fullName },
          { key: 'occasion', label: t('badge.form.occasion'), children: formatDate(occasion) },
          {
            key: 'age',
            label: t('badge.column.age'),
            children: t('badge.ageText', { years: row.years, months: row.months, days: row.days }),
          },
        ]}
      />
      {problem ? (
        <div style={{ marginBottom: 12 }}>
          <ProblemAlert error={problem} testId="award-problem" />
          {typeof rule === 'string' ? (
            <Typography.Text type="secondary" data-testid="award-rule">
              {t('badge.rule', { rule })}
            </Typography.Text>
          ) : null}
        </div>
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={send}
        initialValues={{ kind: row.proposal?.kind ?? row.kind, reason: row.proposal?.reason ?? undefined }}
      >
        <Form.Item name="kind" label={t('badge.form.kind')} rules={[{ required: true }]}>
          <Select
            data-testid="award-kind"
            options={kinds.map((k) => ({ value: k, label: t(`badge.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('badge.form.reason')}
          extra={t('badge.form.reasonHint')}
          rules={[
            { required: kind !== 'NORMAL', whitespace: true, message: t('badge.form.reasonRequired') },
            { max: 1000 },
          ]}
        >
          <Input.TextArea rows={2} data-testid="award-reason" />
        </Form.Item>
        {award ? (
          <>
            <Form.Item
              name="decisionNumber"
              label={t('badge.form.decisionNumber')}
              rules={[
                { required: true, whitespace: true, message: t('badge.form.decisionNumberRequired') },
                { max: 40 },
              ]}
            >
              <Input data-testid="award-decision-number" placeholder="…-QĐ/ĐU" />
            </Form.Item>
            <Form.Item
              name="decisionDate"
              label={t('badge.form.decisionDate')}
              rules={[{ required: true, message: t('badge.form.decisionDateRequired') }]}
            >
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} data-testid="award-decision-date" />
            </Form.Item>
            <Form.Item name="decisionBody" label={t('badge.form.decisionBody')} rules={[{ max: 200 }]}>
              <Input data-testid="award-decision-body" />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
