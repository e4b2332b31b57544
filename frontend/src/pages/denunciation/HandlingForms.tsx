import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Select, Tabs, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { applyProblemToForm } from '../../components/forms';
import { useI18n } from '../../i18n';
import { RuleAlert } from '../inspection/detail/RuleAlert';
import { CASE_TYPES } from '../inspection/inspectionTypes';
import { MemberSearch } from '../inspection/MemberSearch';
import { type DenunciationView, FINDINGS, LATER_REASONS } from './denunciationTypes';
import { type ActionBodies, useDenunciationAction } from './useDenunciationQueries';

const DAY = 'YYYY-MM-DD';
/** Working days to settle a denunciation below central level (the server's setting decides; this is the hint). */
const HANDLING_DAYS = 90;

type Action = keyof ActionBodies;

/** Which handling steps the denunciation offers in its state (the server checks them again). */
export function availableActions(file: DenunciationView): Action[] {
  if (file.state === 'RECEIVED') return ['acceptance', 'dismissal'];
  if (file.state !== 'HANDLING') return [];
  const actions: Action[] = [];
  if (file.caseId == null) actions.push('case');
  if (file.extensionDays == null) actions.push('extension');
  actions.push('conclusion', 'dismissal');
  return actions;
}

/** The forms of the handling steps open to the denunciation, one tab each. */
export function HandlingForms({ file }: { file: DenunciationView }) {
  const { t } = useI18n();
  const actions = availableActions(file);
  if (actions.length === 0) {
    return (
      <Alert type="success" showIcon title={t('denunciation.action.done')} data-testid="denunciation-done" />
    );
  }
  const label: Record<Action, string> = {
    acceptance: t('denunciation.action.accept'),
    extension: t('denunciation.action.extend'),
    dismissal: t('denunciation.action.dismiss'),
    conclusion: t('denunciation.action.conclude'),
    case: t('denunciation.action.openCase'),
  };
  return (
    <Card title={t('denunciation.action.title')}>
      <Tabs
        data-testid="denunciation-actions"
        items={actions.map((action) => ({
          key: action,
          label: <span data-testid={`denunciation-tab-${action}`}>{label[action]}</span>,
          children: <ActionForm key={`${action}-${file.version}`} file={file} action={action} />,
        }))}
      />
    </Card>
  );
}

function ActionForm({ file, action }: { file: DenunciationView; action: Action }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const mutation = useDenunciationAction(file.id, action);
  const required = [{ required: true, message: t('denunciation.form.required') }];
  const date = (value: Dayjs | undefined) => value?.format(DAY);
  const submit = (values: Record<string, unknown>) => {
    const body = { ...values, version: file.version } as Record<string, unknown>;
    for (const key of ['acceptedOn', 'noticeOn', 'on', 'concludedOn']) {
      if (body[key]) body[key] = date(body[key] as Dayjs);
    }
    mutation.mutate(body as never, {
      onSuccess: (view) => {
        if (action === 'case' && view.caseId) navigate(`/inspection/${view.caseId}`);
      },
      onError: (error) => applyProblemToForm(form, error),
    });
  };
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      data-testid={`denunciation-form-${action}`}
      initialValues={
        action === 'case'
          ? {
              type: 'INSPECTION_SIGNS_OF_VIOLATION',
              title: t('denunciation.action.caseTitleDefault', { name: file.accusedName }),
            }
          : undefined
      }
    >
      {action === 'acceptance' ? (
        <>
          <Typography.Paragraph type="secondary">
            {t('denunciation.action.acceptHint', { days: HANDLING_DAYS })}
          </Typography.Paragraph>
          <Form.Item name="acceptedOn" label={t('denunciation.action.acceptedOn')} rules={required}>
            <DatePicker format="DD/MM/YYYY" data-testid="denunciation-accepted-on" />
          </Form.Item>
          <Form.Item name="handlerMemberId" label={t('denunciation.action.handlerMember')}>
            <MemberSearch testId="denunciation-handler-member" />
          </Form.Item>
          <Form.Item name="handlerName" label={t('denunciation.action.handlerName')} rules={[{ max: 300 }]}>
            <Input maxLength={300} data-testid="denunciation-handler-name" />
          </Form.Item>
        </>
      ) : null}
      {action === 'extension' ? (
        <>
          <Form.Item
            name="days"
            label={t('denunciation.action.days', { max: file.maxExtensionDays })}
            rules={required}
          >
            <InputNumber min={1} max={file.maxExtensionDays} precision={0} data-testid="denunciation-days" />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('denunciation.action.reason')}
            rules={[...required, { max: 2000 }]}
          >
            <Input.TextArea rows={2} maxLength={2000} data-testid="denunciation-extension-reason" />
          </Form.Item>
          <Form.Item name="noticeOn" label={t('denunciation.action.noticeOn')} rules={required}>
            <DatePicker format="DD/MM/YYYY" data-testid="denunciation-notice-on" />
          </Form.Item>
        </>
      ) : null}
      {action === 'dismissal' ? (
        <>
          <Form.Item name="reason" label={t('denunciation.action.dismissReason')} rules={required}>
            <Select
              data-testid="denunciation-dismiss-reason"
              options={LATER_REASONS.map((r) => ({ value: r, label: t(`denunciation.reason.${r}`) }))}
            />
          </Form.Item>
          <Form.Item name="on" label={t('denunciation.action.on')} rules={required}>
            <DatePicker format="DD/MM/YYYY" data-testid="denunciation-dismiss-on" />
          </Form.Item>
        </>
      ) : null}
      {action === 'conclusion' ? (
        <>
          <Form.Item name="concludedOn" label={t('denunciation.action.concludedOn')} rules={required}>
            <DatePicker format="DD/MM/YYYY" data-testid="denunciation-concluded-on" />
          </Form.Item>
          <Form.Item name="finding" label={t('denunciation.action.finding')} rules={required}>
            <Select
              data-testid="denunciation-finding"
              options={FINDINGS.map((f) => ({ value: f, label: t(`denunciation.finding.${f}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="conclusion"
            label={t('denunciation.action.conclusion')}
            rules={[...required, { whitespace: true, max: 8000 }]}
          >
            <Input.TextArea rows={3} maxLength={8000} data-testid="denunciation-conclusion" />
          </Form.Item>
        </>
      ) : null}
      {action === 'case' ? (
        <>
          <Typography.Paragraph type="secondary">{t('denunciation.action.caseHint')}</Typography.Paragraph>
          <Form.Item name="type" label={t('denunciation.action.caseType')} rules={required}>
            <Select
              data-testid="denunciation-case-type"
              options={CASE_TYPES.map((type) => ({ value: type, label: t(`inspection.type.${type}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('denunciation.action.caseTitle')}
            rules={[...required, { whitespace: true, max: 300 }]}
          >
            <Input maxLength={300} data-testid="denunciation-case-title" />
          </Form.Item>
        </>
      ) : null}
      {mutation.isError ? (
        <RuleAlert error={mutation.error} testId={`denunciation-refusal-${action}`} />
      ) : null}
      <Button
        type="primary"
        htmlType="submit"
        loading={mutation.isPending}
        data-testid={`denunciation-submit-${action}`}
      >
        {t('denunciation.action.save')}
      </Button>
    </Form>
  );
}
