import { DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { applyProblemToForm } from '../../../components/forms';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { DATE_FORMAT, toIsoDate } from '../../../i18n/format';
import { useSession } from '../../../session';
import {
  PLAN_ACTIVITIES,
  PLAN_OWNERS,
  PLAN_PERIOD_KINDS,
  type PlanActivity,
  type PlanOwner,
  type PlanPeriodKind,
  type PlanView,
} from '../planTypes';
import { useCreatePlan, useEditPlan } from '../usePlanQueries';

interface Values {
  ownerUnitId?: number;
  owner?: PlanOwner;
  activity: PlanActivity;
  periodKind: PlanPeriodKind;
  year?: number;
  term?: [Dayjs, Dayjs];
  title: string;
  decisionNumber?: string;
  decisionDate?: Dayjs;
}

/** Creates a plan (owner, kind, period) or edits the header of `plan`. */
export function PlanDialog({ plan, onClose }: { plan?: PlanView; onClose: () => void }) {
  const { t } = useI18n();
  const { me } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const periodKind = Form.useWatch('periodKind', form);
  const create = useCreatePlan();
  const edit = useEditPlan(plan?.id ?? '');
  const write = plan ? edit : create;
  const inspector = me.roles.find((g) => g.role === 'INSPECTION');
  const staff = me.roles.find((g) => g.role === 'ORG_STAFF' || g.role === 'CELL_SECRETARY');
  const submit = (values: Values) => {
    const header = {
      activity: values.activity,
      periodKind: values.periodKind,
      year: values.periodKind === 'YEAR' ? values.year : undefined,
      periodFrom: values.periodKind === 'TERM' && values.term ? toIsoDate(values.term[0]) : undefined,
      periodTo: values.periodKind === 'TERM' && values.term ? toIsoDate(values.term[1]) : undefined,
      title: values.title,
      decisionNumber: values.decisionNumber || undefined,
      decisionDate: values.decisionDate ? toIsoDate(values.decisionDate) : undefined,
    };
    const options = {
      onSuccess: (view: PlanView) => (plan ? onClose() : navigate(`/inspection/plans/${view.id}`)),
      onError: (error: unknown) => applyProblemToForm(form, error, {}, ''),
    };
    if (plan) edit.mutate({ ...header, version: plan.version } as never, options);
    else create.mutate({ ...header, ownerUnitId: values.ownerUnitId, owner: values.owner } as never, options);
  };
  const required = [{ required: true, message: t('inspection.form.required') }];
  const initial: Partial<Values> = plan
    ? {
        activity: plan.activity,
        periodKind: plan.periodKind,
        year: plan.year ?? undefined,
        term: [dayjs(plan.periodFrom), dayjs(plan.periodTo)],
        title: plan.title,
        decisionNumber: plan.decisionNumber ?? undefined,
        decisionDate: plan.decisionDate ? dayjs(plan.decisionDate) : undefined,
      }
    : {
        owner: inspector ? 'COMMISSION' : 'COMMITTEE',
        ownerUnitId: (inspector ?? staff)?.orgUnitId,
        activity: 'INSPECTION',
        periodKind: 'YEAR',
        year: dayjs().year(),
      };
  return (
    <Modal
      open
      title={plan ? t('inspection.plan.edit') : t('inspection.plan.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('inspection.form.save')}
      cancelText={t('inspection.form.cancel')}
      okButtonProps={{ loading: write.isPending, 'data-testid': 'plan-save' } as never}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={initial}
        data-testid="plan-form"
      >
        {plan ? null : (
          <>
            <Form.Item name="owner" label={t('inspection.plan.form.owner')} rules={required}>
              <Radio.Group
                data-testid="plan-owner"
                options={PLAN_OWNERS.map((o) => ({ value: o, label: t(`inspection.plan.owner.${o}`) }))}
              />
            </Form.Item>
            <Form.Item name="ownerUnitId" label={t('inspection.plan.form.ownerUnit')} rules={required}>
              <OrgTreeSelect testId="plan-owner-unit" />
            </Form.Item>
          </>
        )}
        <Form.Item name="activity" label={t('inspection.plan.form.activity')} rules={required}>
          <Radio.Group
            data-testid="plan-activity"
            options={PLAN_ACTIVITIES.map((a) => ({ value: a, label: t(`inspection.plan.activity.${a}`) }))}
          />
        </Form.Item>
        <Form.Item name="periodKind" label={t('inspection.plan.form.periodKind')} rules={required}>
          <Select
            data-testid="plan-period-kind"
            options={PLAN_PERIOD_KINDS.map((k) => ({
              value: k,
              label: t(`inspection.plan.periodKind.${k}`),
            }))}
          />
        </Form.Item>
        {periodKind === 'TERM' ? (
          <Form.Item name="term" label={t('inspection.plan.form.term')} rules={required}>
            <DatePicker.RangePicker format={DATE_FORMAT} data-testid="plan-term" />
          </Form.Item>
        ) : (
          <Form.Item name="year" label={t('inspection.plan.form.year')} rules={required}>
            <InputNumber min={2000} max={2100} data-testid="plan-year" />
          </Form.Item>
        )}
        <Form.Item
          name="title"
          label={t('inspection.plan.form.title')}
          rules={[{ required: true, whitespace: true, max: 300, message: t('inspection.form.required') }]}
        >
          <Input maxLength={300} data-testid="plan-title" />
        </Form.Item>
        <Form.Item
          name="decisionNumber"
          label={t('inspection.plan.form.decisionNumber')}
          rules={[{ max: 64 }]}
        >
          <Input maxLength={64} data-testid="plan-decision-number" />
        </Form.Item>
        <Form.Item name="decisionDate" label={t('inspection.plan.form.decisionDate')}>
          <DatePicker format={DATE_FORMAT} data-testid="plan-decision-date" />
        </Form.Item>
      </Form>
      {write.isError ? <ProblemAlert error={write.error} testId="plan-error" /> : null}
    </Modal>
  );
}
