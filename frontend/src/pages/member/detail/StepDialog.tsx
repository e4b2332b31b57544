import {
  Alert,
  App,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  Modal,
  Radio,
  Row,
  Select,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { type KeyboardEvent, useState } from 'react';
import { ApiError } from '../../../api/http';
import type { LifecycleEventKind, MemberEvent, RemovalGround } from '../../../api/types';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type MessageKey, useI18n } from '../../../i18n';
import { DATE_FORMAT, formatDate } from '../../../i18n/format';
import { formatMonth } from '../../fee/feeModel';
import { useFeePaidUpTo } from '../../fee/useFeeQueries';
import { useCellOfficials, useRecordStep } from '../useLifecycleQueries';
import { fromEvent, type StepValues, stepFieldNames, stepSpec, toStepRequest } from './stepFields';

const GROUNDS: RemovalGround[] = [
  'INACTIVE_OR_UNPAID_FEES',
  'CARD_RETURNED_OR_DESTROYED',
  'NO_PROGRESS_AFTER_EDUCATION',
  'FAILED_STANDING_TWO_YEARS',
  'POLITICAL_STANDARDS',
  'PROBATION_UNFIT',
];

const LATE_CODE = 'member.lifecycle.late-reason-required';

export interface StepDialogProps {
  memberId: string;
  kind: LifecycleEventKind;
  /** The regulation behind the step, as the server's overview names it. */
  rule?: string;
  /** The deadline that applies to this step, if it is the pending one. */
  deadline?: { date: string; workingDaysLeft: number | null } | null;
  version: number;
  /** The member's cell: helpers and introducers are its official members, a transfer must leave it. */
  cellId?: number;
  /** A step to correct: the dialog starts from its values and sends a correction. */
  correcting?: MemberEvent;
  onClose: () => void;
  /** The member changed meanwhile (409): reload the overview and start again. */
  onReload: () => void;
}

/** A rule violation names the rule behind it in its `rule` member. */
function ruleOf(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const rule = error.extensions.rule;
  return typeof rule === 'string' && rule !== '' ? rule : undefined;
}

/**
 * A guided dialog for one lifecycle step: it shows the rule and the deadline that apply, asks only what the step
 * needs, checks it inline, and puts the server's refusal on the fields at fault with the rule in an alert.
 */
export function StepDialog({
  memberId,
  kind,
  rule,
  deadline,
  version,
  cellId,
  correcting,
  onClose,
  onReload,
}: StepDialogProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<StepValues>();
  const record = useRecordStep(memberId);
  const spec = stepSpec(kind);
  const fields = new Set(stepFieldNames(kind));
  const [problem, setProblem] = useState<unknown>(null);
  const [stale, setStale] = useState(false);
  const [showLate, setShowLate] = useState(correcting?.late === true);
  const officials = useCellOfficials(cellId, spec.members !== undefined);
  // a transfer's introduction letter states the month up to which fees are paid (REGULATIONS §6)
  const letter = kind === 'TRANSFER_OUT' || kind === 'TEMPORARY_TRANSFER_OUT';
  const paidUpTo = useFeePaidUpTo(memberId, letter && !correcting);
  const youthUnion = Form.useWatch('youthUnionIntroduction', form) === true;
  const destinationMode = Form.useWatch('destinationMode', form) ?? 'inside';
  const stepName = t(`member.event.${kind}` as MessageKey);
  const required = { required: true, message: t('member.step.required') };
  const requiredText = { required: true, whitespace: true, message: t('member.step.required') };

  const submit = (values: StepValues) => {
    setProblem(null);
    setStale(false);
    record.mutate(
      { body: toStepRequest(kind, values, version), correcting: correcting?.id },
      {
        onSuccess: () => {
          message.success(t('member.step.saved', { step: stepName }));
          onClose();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) {
            setStale(true);
            return;
          }
          const late = error instanceof ApiError && error.code === LATE_CODE;
          if (late) setShowLate(true);
          const shown = error instanceof ApiError ? showOnFields(error, late) : false;
          if (!shown || ruleOf(error)) setProblem(error);
        },
      },
    );
  };

  /** Puts the problem's field errors on the dialog's fields; whether every one of them found its field. */
  const showOnFields = (error: ApiError, late: boolean): boolean => {
    const known = new Set([...fields, 'lateReason']);
    const byField = new Map<string, string[]>();
    for (const fieldError of error.fieldErrors) {
      const name = fieldError.field.split(/[.[]/)[0] ?? fieldError.field;
      if (known.has(name)) byField.set(name, [...(byField.get(name) ?? []), fieldError.message]);
    }
    if (late && !byField.has('lateReason')) byField.set('lateReason', [error.text]);
    form.setFields([...byField].map(([name, errors]) => ({ name: name as keyof StepValues, errors })));
    return byField.size > 0 && error.fieldErrors.every((e) => known.has(e.field.split(/[.[]/)[0] ?? e.field));
  };

  const officialOptions = (officials.data ?? [])
    .filter((m) => m.id !== memberId)
    .map((m) => ({ value: m.id, label: m.cardNumber ? `${m.fullName} (${m.cardNumber})` : m.fullName }));
  const introducerCount = youthUnion ? 1 : 2;
  const refusedRule = ruleOf(problem);
  const period = (() => {
    const key = `member.step.period.${kind}` as MessageKey;
    const text = t(key);
    return text === key ? undefined : text;
  })();
  const date = (name: keyof StepValues, label: string, testId: string, rules: object[] = [required]) => (
    <Form.Item name={name} label={label} rules={rules}>
      <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} data-testid={testId} />
    </Form.Item>
  );

  return (
    <Modal
      open
      width={720}
      title={t(correcting ? 'member.step.correctTitle' : 'member.step.title', { step: stepName })}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.actions.cancel')}
        </Button>,
        <Button
          key="save"
          type="primary"
          loading={record.isPending}
          onClick={() => form.submit()}
          data-testid="step-save"
        >
          {t('member.step.save')}
        </Button>,
      ]}
    >
      <div data-testid={`step-dialog-${kind}`}>
        {rule || period ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="step-rule"
            title={rule ? `${t('member.step.rule')}: ${rule}` : period}
            description={
              rule || deadline ? (
                <>
                  {rule && period ? <div>{period}</div> : null}
                  {deadline ? (
                    <div data-testid="step-deadline">
                      {deadline.workingDaysLeft == null
                        ? t('member.step.deadlineDate', { date: formatDate(deadline.date) })
                        : t('member.step.deadline', {
                            date: formatDate(deadline.date),
                            left: daysText(t, deadline.workingDaysLeft),
                          })}
                    </div>
                  ) : null}
                </>
              ) : undefined
            }
          />
        ) : null}
        {letter && paidUpTo.data ? (
          <Alert
            type={paidUpTo.data.paidUpTo ? 'success' : 'warning'}
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="step-fees-paid-up-to"
            title={
              paidUpTo.data.paidUpTo
                ? t('member.step.feesPaidUpTo', { month: formatMonth(paidUpTo.data.paidUpTo) })
                : t('member.step.feesNotPaid')
            }
            description={t('member.step.feesLetterHint')}
          />
        ) : null}
        {stale ? (
          <Alert
            type="warning"
            showIcon
            data-testid="step-stale"
            style={{ marginBottom: 16 }}
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
          <div style={{ marginBottom: 16 }} data-testid="step-problem">
            {refusedRule ? (
              <Alert
                type="error"
                showIcon
                role="alert"
                title={(problem as ApiError).title}
                description={
                  <>
                    <div>{(problem as ApiError).detail}</div>
                    <Typography.Text strong data-testid="step-problem-rule">
                      {`${t('member.step.rule')}: ${refusedRule}`}
                    </Typography.Text>
                  </>
                }
              />
            ) : (
              <ProblemAlert error={problem} />
            )}
          </div>
        ) : null}
        <Form<StepValues>
          form={form}
          layout="vertical"
          name={`step-${kind}`}
          onFinish={submit}
          onKeyDown={preventImplicitSubmit}
          initialValues={
            correcting ? fromEvent(correcting, (iso) => dayjs(iso)) : { destinationMode: 'inside' }
          }
        >
          <Row gutter={16}>
            {spec.effectiveDate ? (
              <Col xs={24} md={12}>
                {date('effectiveDate', t('member.step.effectiveDate'), 'step-effectiveDate')}
              </Col>
            ) : null}
            {spec.decision ? (
              <>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="decisionNumber"
                    label={t('member.step.decisionNumber')}
                    rules={spec.decision === 'required' ? [requiredText, { max: 40 }] : [{ max: 40 }]}
                  >
                    <Input data-testid="step-decisionNumber" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  {date(
                    'decisionDate',
                    t('member.step.decisionDate'),
                    'step-decisionDate',
                    spec.decision === 'required' ? [required] : [],
                  )}
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="decisionBody"
                    label={t('member.step.decisionBody')}
                    rules={spec.decision === 'required' ? [requiredText, { max: 200 }] : [{ max: 200 }]}
                  >
                    <Input data-testid="step-decisionBody" />
                  </Form.Item>
                </Col>
              </>
            ) : null}
            {spec.place ? (
              <Col xs={24} md={12}>
                <Form.Item
                  name="place"
                  label={t(
                    kind === 'OFFICIAL_RECOGNISED' ? 'member.step.placeOfficial' : 'member.step.place',
                  )}
                  rules={spec.place === 'required' ? [requiredText, { max: 300 }] : [{ max: 300 }]}
                >
                  <Input data-testid="step-place" />
                </Form.Item>
              </Col>
            ) : null}
            {spec.members === 'helpers' ? (
              <Col xs={24}>
                <Form.Item
                  name="helperMemberIds"
                  label={t('member.step.helpers')}
                  extra={t('member.step.helpersHint')}
                  rules={[
                    {
                      validator: (_, ids?: string[]) =>
                        ids && ids.length >= 1 && ids.length <= 2
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('member.step.helpersCount'))),
                    },
                  ]}
                >
                  <Select
                    mode="multiple"
                    maxCount={2}
                    showSearch
                    optionFilterProp="label"
                    loading={officials.isLoading}
                    placeholder={t('member.step.pickMembers')}
                    options={officialOptions}
                    data-testid="step-helperMemberIds"
                  />
                </Form.Item>
              </Col>
            ) : null}
            {spec.members === 'introducers' ? (
              <>
                <Col xs={24}>
                  <Form.Item
                    name="introducerMemberIds"
                    label={t('member.step.introducers')}
                    extra={t('member.step.introducersHint')}
                    dependencies={['youthUnionIntroduction']}
                    rules={[
                      {
                        validator: (_, ids?: string[]) =>
                          ids?.length === introducerCount
                            ? Promise.resolve()
                            : Promise.reject(
                                new Error(t('member.step.introducersCount', { count: introducerCount })),
                              ),
                      },
                    ]}
                  >
                    <Select
                      mode="multiple"
                      maxCount={2}
                      showSearch
                      optionFilterProp="label"
                      loading={officials.isLoading}
                      placeholder={t('member.step.pickMembers')}
                      options={officialOptions}
                      data-testid="step-introducerMemberIds"
                    />
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  <Form.Item name="youthUnionIntroduction" valuePropName="checked">
                    <Checkbox data-testid="step-youthUnionIntroduction">
                      {t('member.step.youthUnion')}
                    </Checkbox>
                  </Form.Item>
                </Col>
              </>
            ) : null}
            {spec.exceptionReference ? (
              <Col xs={24}>
                <Form.Item
                  name="exceptionReference"
                  label={t('member.step.exceptionReference')}
                  rules={[{ max: 200 }]}
                >
                  <Input data-testid="step-exceptionReference" />
                </Form.Item>
              </Col>
            ) : null}
            {spec.certificate ? (
              <Col xs={24} md={12}>
                <Form.Item
                  name="certificateNumber"
                  label={t('member.step.certificateNumber')}
                  rules={[{ max: 40 }]}
                >
                  <Input data-testid="step-certificateNumber" />
                </Form.Item>
              </Col>
            ) : null}
            {spec.destination === 'transfer' ? (
              <>
                <Col xs={24}>
                  <Form.Item name="destinationMode" label={t('member.step.destinationMode')}>
                    <Radio.Group data-testid="step-destinationMode">
                      <Radio value="inside">{t('member.step.inside')}</Radio>
                      <Radio value="outside" data-testid="step-destination-outside">
                        {t('member.step.outside')}
                      </Radio>
                    </Radio.Group>
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  {destinationMode === 'inside' ? (
                    <Form.Item
                      name="targetOrgUnitId"
                      label={t('member.step.targetOrgUnit')}
                      rules={[
                        required,
                        {
                          validator: (_, id?: number) =>
                            id != null && id === cellId
                              ? Promise.reject(new Error(t('member.step.sameUnit')))
                              : Promise.resolve(),
                        },
                      ]}
                    >
                      <OrgTreeSelect id="step-targetOrgUnitId" testId="step-targetOrgUnitId" />
                    </Form.Item>
                  ) : (
                    <Form.Item
                      name="destination"
                      label={t('member.step.destination')}
                      rules={[requiredText, { max: 300 }]}
                    >
                      <Input data-testid="step-destination" />
                    </Form.Item>
                  )}
                </Col>
              </>
            ) : null}
            {spec.destination === 'country' ? (
              <Col xs={24} md={12}>
                <Form.Item
                  name="destination"
                  label={t('member.step.country')}
                  rules={[requiredText, { max: 300 }]}
                >
                  <Input data-testid="step-destination" />
                </Form.Item>
              </Col>
            ) : null}
            {spec.until ? (
              <Col xs={24} md={12}>
                {date('untilDate', t('member.step.untilDate'), 'step-untilDate', [
                  required,
                  ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
                    validator: (_: unknown, until?: dayjs.Dayjs | null) => {
                      const from = getFieldValue('effectiveDate') as dayjs.Dayjs | null | undefined;
                      return until && from && !until.isAfter(from, 'day')
                        ? Promise.reject(new Error(t('member.step.untilAfter')))
                        : Promise.resolve();
                    },
                  }),
                ])}
              </Col>
            ) : null}
            {spec.fullTimeStudy ? (
              <Col xs={24} md={12}>
                <Form.Item name="fullTimeStudy" valuePropName="checked" label=" ">
                  <Checkbox data-testid="step-fullTimeStudy">{t('member.step.fullTimeStudy')}</Checkbox>
                </Form.Item>
              </Col>
            ) : null}
            {spec.ground ? (
              <Col xs={24}>
                <Form.Item name="ground" label={t('member.step.ground')} rules={[required]}>
                  <Select
                    data-testid="step-ground"
                    options={GROUNDS.map((g) => ({ value: g, label: t(`member.ground.${g}` as MessageKey) }))}
                  />
                </Form.Item>
              </Col>
            ) : null}
            <Col xs={24} style={showLate ? undefined : { display: 'none' }}>
              <Form.Item
                name="lateReason"
                label={t('member.step.lateReason')}
                extra={t('member.step.lateHint')}
                hidden={!showLate}
                rules={showLate ? [requiredText, { max: 500 }] : []}
              >
                <Input.TextArea rows={2} data-testid="step-lateReason" />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item
                name="note"
                label={t(spec.note === 'required' ? 'member.step.reason' : 'member.step.note')}
                rules={spec.note === 'required' ? [requiredText, { max: 1000 }] : [{ max: 1000 }]}
              >
                <Input.TextArea rows={2} data-testid="step-note" />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </div>
    </Modal>
  );
}

/**
 * Enter confirms a typed date in a picker; in a dialog with a single input it would also submit the form, recording
 * the step before the user has checked it. Steps are recorded with the button only.
 */
function preventImplicitSubmit(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
}

/** "còn 5 ngày làm việc" / "quá hạn 3 ngày làm việc" / "hạn cuối hôm nay". */
export function daysText(
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
  days: number | null,
): string {
  if (days == null) return '';
  if (days === 0) return t('member.lifecycle.dueToday');
  return days > 0
    ? t('member.lifecycle.daysLeft', { days })
    : t('member.lifecycle.daysOverdue', { days: -days });
}
