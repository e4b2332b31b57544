import {
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Select,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { applyProblemToForm } from '../../../components/forms';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatDate, toIsoDate } from '../../../i18n/format';
import {
  type AppealOutcome,
  type AppealView,
  type DisciplineForm,
  type DisciplineView,
  FORMS,
  OUTCOMES,
} from '../inspectionTypes';
import { useDecideAppeal, useDecision, useFileAppeal } from '../useInspectionQueries';
import { RuleAlert } from './RuleAlert';

const STATE_COLOR = { IN_FORCE: 'red', CHANGED: 'orange', ANNULLED: 'green' } as const;

/** A discipline decision: violations, limitation, effects on other records, and its appeals with their forms. */
export function DecisionCard({
  id,
  caseId,
  manageable,
}: {
  id: string;
  caseId: string;
  manageable: boolean;
}) {
  const { t } = useI18n();
  const decision = useDecision(id);
  if (decision.isError) return <ProblemAlert error={decision.error} />;
  const d = decision.data;
  if (!d) return <Card loading />;
  const pending = d.appeals.find((a) => a.outcome == null);
  return (
    <Card
      data-testid="decision-card"
      title={`${t(`inspection.discipline.form.${d.form}`)} — ${d.subjectName}`}
      extra={
        <Tag color={STATE_COLOR[d.state]} data-testid="decision-state">
          {t(`inspection.discipline.state.${d.state}`)}
        </Tag>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('inspection.file.subject')}>
          {t(`inspection.discipline.subject.${d.subject}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('inspection.discipline.field.authority')}>
          {t(`inspection.discipline.authority.${d.authority}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('inspection.discipline.field.decisionNumber')} span="filled">
          {t('inspection.discipline.decided', {
            number: d.decisionNumber,
            date: formatDate(d.decidedOn),
            body: d.decidingBody,
          })}
        </Descriptions.Item>
        {d.originalForm !== d.form ? (
          <Descriptions.Item label={t('inspection.discipline.field.form')} span="filled">
            {`${t(`inspection.discipline.form.${d.originalForm}`)} → ${t(`inspection.discipline.form.${d.form}`)}`}
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('inspection.discipline.field.reason')} span="filled">
          {d.reason}
        </Descriptions.Item>
        <Descriptions.Item label={t('inspection.discipline.field.violations')} span="filled">
          {d.violations
            .map(
              (v) =>
                `${formatDate(v.violatedOn)} · ${t(`inspection.category.${v.category}`)}${
                  v.exception ? ` (${t(`inspection.discipline.exception.${v.exception}`)})` : ''
                }`,
            )
            .join('; ')}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" data-testid="decision-limitation">
        {d.limitationEndsOn
          ? t('inspection.discipline.limitationEnds', {
              rule: d.limitationRule,
              date: formatDate(d.limitationEndsOn),
            })
          : t('inspection.discipline.limitationNone', { rule: d.limitationRule })}
      </Typography.Paragraph>
      <Typography.Title level={5}>{t('inspection.discipline.effects')}</Typography.Title>
      <ul data-testid="decision-effects">
        {d.effects.map((e) => (
          <li key={e} data-testid={`effect-${e}`}>
            {t(`inspection.discipline.effect.${e}`)}
          </li>
        ))}
      </ul>
      <Typography.Title level={5}>{t('inspection.appeal.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('inspection.discipline.appealUntil', { date: formatDate(d.appealUntil) })}
      </Typography.Paragraph>
      {d.appeals.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Flex vertical gap="small" data-testid="appeal-list" role="list">
          {d.appeals.map((a) => (
            <Flex vertical gap={2} key={a.id} role="listitem" className="appeal">
              <span>
                <strong>{a.appellant}</strong> · {formatDate(a.filedOn)} · {a.appealBody}
              </span>
              <span>{a.grounds}</span>
              <span>
                {a.outcome ? (
                  <Tag color="blue" data-testid="appeal-outcome">
                    {t(`inspection.appeal.result.${a.outcome}`)} · {formatDate(a.decidedOn)}
                  </Tag>
                ) : (
                  <Tag color={a.overdue ? 'error' : 'processing'}>
                    {a.overdue ? t('inspection.appeal.overdue') : t('inspection.appeal.pending')}
                  </Tag>
                )}{' '}
                <Typography.Text type="secondary">
                  {t('inspection.appeal.due', { date: formatDate(a.dueOn) })}
                </Typography.Text>
              </span>
              {a.note ? <Typography.Text type="secondary">{a.note}</Typography.Text> : null}
            </Flex>
          ))}
        </Flex>
      )}
      {manageable && d.state !== 'ANNULLED' && !pending ? (
        <FileAppealForm decision={d} caseId={caseId} />
      ) : null}
      {manageable && pending ? <DecideAppealForm decision={d} appeal={pending} caseId={caseId} /> : null}
    </Card>
  );
}

interface FileValues {
  appellant: string;
  filedOn: Dayjs;
  grounds: string;
  appealBody: string;
}

function FileAppealForm({ decision, caseId }: { decision: DisciplineView; caseId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<FileValues>();
  const file = useFileAppeal(caseId, decision.id);
  if (!open) {
    return (
      <Button onClick={() => setOpen(true)} data-testid="appeal-file">
        {t('inspection.appeal.file')}
      </Button>
    );
  }
  const required = [{ required: true, whitespace: true, message: t('inspection.form.required') }];
  return (
    <Form<FileValues>
      form={form}
      layout="vertical"
      data-testid="appeal-form"
      initialValues={{ appellant: decision.subjectName, filedOn: dayjs() }}
      onFinish={(values) =>
        file.mutate({ ...values, filedOn: toIsoDate(values.filedOn), version: decision.version } as never, {
          onSuccess: () => setOpen(false),
          onError: (error) => applyProblemToForm(form, error),
        })
      }
    >
      <Form.Item name="appellant" label={t('inspection.appeal.appellant')} rules={required}>
        <Input maxLength={300} data-testid="appeal-appellant" />
      </Form.Item>
      <Form.Item name="filedOn" label={t('inspection.appeal.filedOn')} rules={[{ required: true }]}>
        <DatePicker format="DD/MM/YYYY" data-testid="appeal-filed-on" />
      </Form.Item>
      <Form.Item name="appealBody" label={t('inspection.appeal.appealBody')} rules={required}>
        <Input maxLength={300} data-testid="appeal-body" />
      </Form.Item>
      <Form.Item name="grounds" label={t('inspection.appeal.grounds')} rules={required}>
        <Input.TextArea rows={2} maxLength={4000} data-testid="appeal-grounds" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={file.isPending} data-testid="appeal-save">
        {t('inspection.form.save')}
      </Button>
      {file.isError ? <RuleAlert error={file.error} testId="appeal-refusal" /> : null}
    </Form>
  );
}

interface DecideValues {
  outcome: AppealOutcome;
  decidedOn: Dayjs;
  changedForm?: DisciplineForm;
  note: string;
}

function DecideAppealForm({
  decision,
  appeal,
  caseId,
}: {
  decision: DisciplineView;
  appeal: AppealView;
  caseId: string;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<DecideValues>();
  const outcome = Form.useWatch('outcome', form);
  const decide = useDecideAppeal(caseId, decision.id);
  return (
    <Card size="small" title={t('inspection.appeal.decide')}>
      <Form<DecideValues>
        form={form}
        layout="vertical"
        data-testid="appeal-outcome-form"
        initialValues={{ decidedOn: dayjs() }}
        onFinish={(values) =>
          decide.mutate(
            {
              appealId: appeal.id,
              body: {
                ...values,
                decidedOn: toIsoDate(values.decidedOn),
                changedForm: values.outcome === 'CHANGED' ? values.changedForm : undefined,
                version: decision.version,
              } as never,
            },
            { onError: (error) => applyProblemToForm(form, error) },
          )
        }
      >
        <Form.Item name="outcome" label={t('inspection.appeal.outcome')} rules={[{ required: true }]}>
          <Select
            data-testid="appeal-outcome-select"
            options={OUTCOMES.map((o) => ({ value: o, label: t(`inspection.appeal.result.${o}`) }))}
          />
        </Form.Item>
        {outcome === 'CHANGED' ? (
          <Form.Item
            name="changedForm"
            label={t('inspection.appeal.changedForm')}
            rules={[{ required: true }]}
          >
            <Select
              data-testid="appeal-changed-form"
              options={FORMS.map((f) => ({ value: f, label: t(`inspection.discipline.form.${f}`) }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="decidedOn" label={t('inspection.appeal.decidedOn')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" data-testid="appeal-decided-on" />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('inspection.appeal.note')}
          rules={[{ required: true, whitespace: true, message: t('inspection.form.required') }]}
        >
          <Input.TextArea rows={2} maxLength={4000} data-testid="appeal-note" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={decide.isPending} data-testid="appeal-outcome-save">
          {t('inspection.form.save')}
        </Button>
        {decide.isError ? <RuleAlert error={decide.error} testId="appeal-outcome-refusal" /> : null}
      </Form>
    </Card>
  );
}
