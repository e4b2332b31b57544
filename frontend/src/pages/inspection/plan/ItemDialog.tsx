import { DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { applyProblemToForm } from '../../../components/forms';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { DATE_FORMAT, toIsoDate } from '../../../i18n/format';
import { CASE_TYPES, type CaseType, SUBJECT_KINDS, type SubjectKind } from '../inspectionTypes';
import { MemberSearch } from '../MemberSearch';
import type { PlanItem, PlanView } from '../planTypes';
import { useAddItem, useEditItem } from '../usePlanQueries';

type PeriodMode = 'QUARTER' | 'MONTHS' | 'DATES';

interface Values {
  subjectKind: SubjectKind;
  subjectUnitId?: number;
  subjectMemberId?: string;
  content: string;
  mode: PeriodMode;
  quarter?: Dayjs;
  months?: [Dayjs, Dayjs];
  dates?: [Dayjs, Dayjs];
  team?: string;
  caseType?: CaseType;
}

/** The planned period of the form's values, as first and last day. */
export function plannedRange(
  values: Pick<Values, 'mode' | 'quarter' | 'months' | 'dates'>,
): [Dayjs, Dayjs] | null {
  if (values.mode === 'QUARTER' && values.quarter) {
    const first = values.quarter.month(Math.floor(values.quarter.month() / 3) * 3).startOf('month');
    return [first, first.add(2, 'month').endOf('month')];
  }
  if (values.mode === 'MONTHS' && values.months) {
    return [values.months[0].startOf('month'), values.months[1].endOf('month')];
  }
  if (values.mode === 'DATES' && values.dates) return values.dates;
  return null;
}

function initialPeriod(item: PlanItem | undefined): Partial<Values> {
  if (!item) return { mode: 'QUARTER' };
  const from = dayjs(item.plannedFrom);
  const to = dayjs(item.plannedTo);
  const wholeMonths = from.date() === 1 && to.date() === to.daysInMonth();
  const months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
  if (wholeMonths && months === 3 && from.month() % 3 === 0) return { mode: 'QUARTER', quarter: from };
  if (wholeMonths) return { mode: 'MONTHS', months: [from, to] };
  return { mode: 'DATES', dates: [from, to] };
}

/** Adds an item to the plan, or edits `item`: whom, what, when (a quarter, months or dates), by whom, which case. */
export function ItemDialog({
  plan,
  item,
  onClose,
}: {
  plan: PlanView;
  item?: PlanItem;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('subjectKind', form);
  const mode = Form.useWatch('mode', form);
  const add = useAddItem(plan.id);
  const edit = useEditItem(plan.id);
  const write = item ? edit : add;
  const submit = (values: Values) => {
    const range = plannedRange(values);
    const body = {
      subjectKind: values.subjectKind,
      subjectUnitId: values.subjectKind === 'ORGANISATION' ? values.subjectUnitId : undefined,
      subjectMemberId: values.subjectKind === 'MEMBER' ? values.subjectMemberId : undefined,
      content: values.content,
      plannedFrom: range ? toIsoDate(range[0]) : undefined,
      plannedTo: range ? toIsoDate(range[1]) : undefined,
      team: values.team || undefined,
      teamMemberIds: item?.teamMemberIds ?? [],
      caseType: values.caseType,
      version: item?.version,
    } as never;
    const options = {
      onSuccess: onClose,
      onError: (error: unknown) => applyProblemToForm(form, error, {}, ''),
    };
    if (item) edit.mutate({ itemId: item.id, body }, options);
    else add.mutate(body, options);
  };
  const required = [{ required: true, message: t('inspection.form.required') }];
  const caseTypes = CASE_TYPES.filter((type) => type.startsWith(plan.activity));
  return (
    <Modal
      open
      title={item ? t('inspection.plan.editItem') : t('inspection.plan.addItem')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('inspection.form.save')}
      cancelText={t('inspection.form.cancel')}
      okButtonProps={{ loading: write.isPending, 'data-testid': 'item-save' } as never}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          item
            ? {
                subjectKind: item.subjectKind,
                subjectUnitId: item.subjectKind === 'ORGANISATION' ? item.subjectUnitId : undefined,
                subjectMemberId: item.subjectMemberId ?? undefined,
                content: item.content,
                team: item.team ?? undefined,
                caseType: item.caseType ?? undefined,
                ...initialPeriod(item),
              }
            : { subjectKind: 'ORGANISATION', mode: 'QUARTER' }
        }
        data-testid="item-form"
      >
        <Form.Item name="subjectKind" label={t('inspection.form.subjectKind')} rules={required}>
          <Radio.Group
            data-testid="item-subject-kind"
            options={SUBJECT_KINDS.map((k) => ({ value: k, label: t(`inspection.subjectKind.${k}`) }))}
          />
        </Form.Item>
        {kind === 'MEMBER' ? (
          <Form.Item name="subjectMemberId" label={t('inspection.form.subjectMember')} rules={required}>
            <MemberSearch testId="item-subject-member" />
          </Form.Item>
        ) : (
          <Form.Item name="subjectUnitId" label={t('inspection.form.subjectUnit')} rules={required}>
            <OrgTreeSelect testId="item-subject-unit" />
          </Form.Item>
        )}
        <Form.Item
          name="content"
          label={t('inspection.plan.form.content')}
          rules={[{ required: true, whitespace: true, max: 4000, message: t('inspection.form.required') }]}
        >
          <Input.TextArea rows={3} maxLength={4000} data-testid="item-content" />
        </Form.Item>
        <Form.Item name="mode" label={t('inspection.plan.form.planned')} rules={required}>
          <Radio.Group
            optionType="button"
            data-testid="item-period-mode"
            options={(['QUARTER', 'MONTHS', 'DATES'] as const).map((m) => ({
              value: m,
              label: t(`inspection.plan.form.mode.${m}`),
            }))}
          />
        </Form.Item>
        {mode === 'QUARTER' ? (
          <Form.Item name="quarter" label={t('inspection.plan.form.mode.QUARTER')} rules={required}>
            <DatePicker picker="quarter" data-testid="item-quarter" />
          </Form.Item>
        ) : mode === 'MONTHS' ? (
          <Form.Item name="months" label={t('inspection.plan.form.mode.MONTHS')} rules={required}>
            <DatePicker.RangePicker picker="month" format="MM/YYYY" data-testid="item-months" />
          </Form.Item>
        ) : (
          <Form.Item name="dates" label={t('inspection.plan.form.mode.DATES')} rules={required}>
            <DatePicker.RangePicker format={DATE_FORMAT} data-testid="item-dates" />
          </Form.Item>
        )}
        <Form.Item name="team" label={t('inspection.plan.form.team')} rules={[{ max: 500 }]}>
          <Input maxLength={500} data-testid="item-team" />
        </Form.Item>
        <Form.Item name="caseType" label={t('inspection.plan.form.caseType')}>
          <Select
            allowClear
            data-testid="item-case-type"
            options={caseTypes.map((type) => ({ value: type, label: t(`inspection.type.${type}`) }))}
          />
        </Form.Item>
      </Form>
      {write.isError ? <ProblemAlert error={write.error} testId="item-error" /> : null}
    </Modal>
  );
}
