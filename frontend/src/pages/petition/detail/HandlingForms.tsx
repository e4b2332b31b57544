import { App, Button, Card, Checkbox, DatePicker, Form, Input, Select, Tabs } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { applyProblemToForm } from '../../../components/forms';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { DATE_FORMAT, toIsoDate } from '../../../i18n/format';
import { type availableActions, KINDS } from '../petitionModel';
import type { PetitionCompetence, PetitionKind, PetitionView } from '../petitionTypes';
import { useAccept, useClassify, useExtend, useGuide, useReply, useRoute } from '../usePetitionQueries';

type Actions = ReturnType<typeof availableActions>;

/** The handling forms a petition's state allows: classify, accept, route, guide, extend, reply. */
export function HandlingForms({ p, actions }: { p: PetitionView; actions: Actions }) {
  const { t } = useI18n();
  const items: { key: string; label: string; children: ReactNode }[] = [];
  const add = (shown: boolean, key: string, label: string, children: ReactNode) => {
    if (shown) items.push({ key, label, children });
  };
  add(actions.classify, 'classify', t('petition.action.classify'), <Classify p={p} />);
  add(actions.accept, 'accept', t('petition.action.accept'), <Accept p={p} />);
  add(actions.route, 'route', t('petition.action.route'), <RouteForm p={p} />);
  add(actions.guide, 'guide', t('petition.action.guide'), <TextStep p={p} step="guide" />);
  add(actions.extend, 'extend', t('petition.action.extend'), <TextStep p={p} step="extend" />);
  add(actions.reply, 'reply', t('petition.action.reply'), <TextStep p={p} step="reply" />);
  if (items.length === 0) return null;
  return (
    <Card size="small" style={{ marginTop: 16 }}>
      <Tabs
        items={items.map((item) => ({
          ...item,
          label: <span data-testid={`petition-step-${item.key}`}>{item.label}</span>,
        }))}
      />
    </Card>
  );
}

function Classify({ p }: { p: PetitionView }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const classify = useClassify(p.id);
  return (
    <Form
      form={form}
      layout="vertical"
      data-testid="petition-classify-form"
      initialValues={{
        kind: p.kind ?? undefined,
        competence: p.competence ?? 'PARTY',
        complex: p.complex,
        secondInstance: p.secondInstance,
        duplicateOf: p.duplicateOf ?? undefined,
      }}
      onFinish={(v: {
        kind: PetitionKind;
        competence: PetitionCompetence;
        complex?: boolean;
        secondInstance?: boolean;
        duplicateOf?: string;
      }) =>
        classify.mutate(
          { ...v, duplicateOf: v.duplicateOf?.trim() || undefined, version: p.version },
          {
            onSuccess: () => message.success(t('petition.done')),
            onError: (e) => applyProblemToForm(form, e),
          },
        )
      }
    >
      <Form.Item
        name="kind"
        label={t('petition.field.kind')}
        rules={[{ required: true, message: t('petition.required') }]}
      >
        <Select
          data-testid="petition-classify-kind"
          options={KINDS.map((k) => ({ value: k, label: t(`petition.kind.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="competence" label={t('petition.field.competence')} rules={[{ required: true }]}>
        <Select
          data-testid="petition-classify-competence"
          options={(['PARTY', 'STATE'] as const).map((c) => ({
            value: c,
            label: t(`petition.competence.${c}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="complex" valuePropName="checked" style={{ marginBottom: 4 }}>
        <Checkbox>{t('petition.field.complex')}</Checkbox>
      </Form.Item>
      <Form.Item name="secondInstance" valuePropName="checked">
        <Checkbox>{t('petition.field.secondInstance')}</Checkbox>
      </Form.Item>
      <Form.Item name="duplicateOf" label={t('petition.field.duplicateOf')}>
        <Input maxLength={36} />
      </Form.Item>
      {classify.isError ? <ProblemAlert error={classify.error} /> : null}
      <Button
        type="primary"
        htmlType="submit"
        loading={classify.isPending}
        data-testid="petition-classify-save"
      >
        {t('petition.action.classify')}
      </Button>
    </Form>
  );
}

function Accept({ p }: { p: PetitionView }) {
  const { t } = useI18n();
  const [form] = Form.useForm();
  const accept = useAccept(p.id);
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v: { onDay?: Dayjs }) =>
        accept.mutate(
          { onDay: v.onDay ? toIsoDate(v.onDay) : undefined, version: p.version },
          { onError: (e) => applyProblemToForm(form, e) },
        )
      }
    >
      <Form.Item name="onDay" label={t('petition.field.onDay')} htmlFor="petition-accept-day">
        <DatePicker id="petition-accept-day" format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      {accept.isError ? <ProblemAlert error={accept.error} testId="petition-accept-error" /> : null}
      <Button type="primary" htmlType="submit" loading={accept.isPending} data-testid="petition-accept-save">
        {t('petition.action.accept')}
      </Button>
    </Form>
  );
}

function RouteForm({ p }: { p: PetitionView }) {
  const { t } = useI18n();
  const [form] = Form.useForm();
  const route = useRoute(p.id);
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v: { targetUnitId: number; note?: string }) =>
        route.mutate({ ...v, version: p.version }, { onError: (e) => applyProblemToForm(form, e) })
      }
    >
      <Form.Item
        name="targetUnitId"
        label={t('petition.field.targetUnitId')}
        rules={[{ required: true, message: t('petition.required') }]}
      >
        <OrgTreeSelect testId="petition-route-unit" />
      </Form.Item>
      <Form.Item name="note" label={t('petition.field.note')}>
        <Input maxLength={1000} data-testid="petition-route-note" />
      </Form.Item>
      {route.isError ? <ProblemAlert error={route.error} /> : null}
      <Button type="primary" htmlType="submit" loading={route.isPending} data-testid="petition-route-save">
        {t('petition.action.route')}
      </Button>
    </Form>
  );
}

const TEXT_LABEL = { guide: 'guidance', extend: 'reason', reply: 'reply' } as const;

function TextStep({ p, step }: { p: PetitionView; step: 'guide' | 'extend' | 'reply' }) {
  const { t } = useI18n();
  const [form] = Form.useForm();
  const guide = useGuide(p.id);
  const extend = useExtend(p.id);
  const reply = useReply(p.id);
  const mutation = step === 'guide' ? guide : step === 'extend' ? extend : reply;
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v: { text: string; onDay?: Dayjs }) =>
        mutation.mutate(
          { text: v.text, onDay: v.onDay ? toIsoDate(v.onDay) : undefined, version: p.version },
          { onError: (e) => applyProblemToForm(form, e) },
        )
      }
    >
      <Form.Item
        name="text"
        label={t(`petition.field.${TEXT_LABEL[step]}`)}
        rules={[{ required: true, whitespace: true, message: t('petition.required') }]}
      >
        <Input.TextArea rows={4} maxLength={4000} data-testid={`petition-${step}-text`} />
      </Form.Item>
      {step === 'extend' ? null : (
        <Form.Item name="onDay" label={t('petition.field.onDay')} htmlFor={`petition-${step}-day`}>
          <DatePicker id={`petition-${step}-day`} format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      )}
      {mutation.isError ? <ProblemAlert error={mutation.error} testId={`petition-${step}-error`} /> : null}
      <Button
        type="primary"
        htmlType="submit"
        loading={mutation.isPending}
        data-testid={`petition-${step}-save`}
      >
        {t(`petition.action.${step}`)}
      </Button>
    </Form>
  );
}
