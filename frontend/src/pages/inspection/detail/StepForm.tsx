import { Button, Card, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { applyProblemToForm } from '../../../components/forms';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { toIsoDate } from '../../../i18n/format';
import { DocumentPicker } from '../../document/DocumentPicker';
import { CATEGORIES, type CaseStep, type CaseView, type ViolationCategory } from '../inspectionTypes';
import { useRecordStep } from '../useInspectionQueries';

interface Values {
  doneOn: Dayjs;
  note?: string;
  documentId?: number;
  violationFound?: boolean;
  categories?: ViolationCategory[];
  conclusion?: string;
}

/** Records the next step of the case; the conclusion also states the finding and its categories. */
export function StepForm({ file, step }: { file: CaseView; step: CaseStep }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const found = Form.useWatch('violationFound', form);
  const record = useRecordStep(file.id);
  const conclusion = step === 'CONCLUSION';
  const submit = (values: Values) =>
    record.mutate(
      {
        step,
        doneOn: toIsoDate(values.doneOn),
        note: values.note,
        documentId: values.documentId,
        violationFound: conclusion ? values.violationFound : undefined,
        categories: conclusion && values.violationFound ? values.categories : undefined,
        conclusion: conclusion ? values.conclusion : undefined,
        version: file.version,
      } as never,
      {
        onSuccess: () => form.resetFields(),
        onError: (error) => applyProblemToForm(form, error),
      },
    );
  const required = [{ required: true, message: t('inspection.form.required') }];
  return (
    <Card size="small" title={t('inspection.file.next', { step: t(`inspection.step.${step}`) })}>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ doneOn: dayjs() }}
        data-testid="step-form"
      >
        <Form.Item name="doneOn" label={t('inspection.file.doneOn')} rules={required}>
          <DatePicker format="DD/MM/YYYY" data-testid="step-done-on" />
        </Form.Item>
        {conclusion ? (
          <>
            <Form.Item name="violationFound" label={t('inspection.file.finding')} rules={required}>
              <Radio.Group
                data-testid="step-finding"
                options={[
                  { value: true, label: t('inspection.file.violationFound') },
                  { value: false, label: t('inspection.file.noViolation') },
                ]}
              />
            </Form.Item>
            {found ? (
              <Form.Item name="categories" label={t('inspection.file.categories')} rules={required}>
                <Select
                  mode="multiple"
                  data-testid="step-categories"
                  options={CATEGORIES.map((c) => ({ value: c, label: t(`inspection.category.${c}`) }))}
                />
              </Form.Item>
            ) : null}
            <Form.Item
              name="conclusion"
              label={t('inspection.file.conclusion')}
              rules={[{ required: true, whitespace: true, message: t('inspection.form.required') }]}
            >
              <Input.TextArea rows={4} maxLength={8000} data-testid="step-conclusion" />
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="note" label={t('inspection.file.note')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="step-note" />
        </Form.Item>
        <Form.Item name="documentId" label={t('inspection.file.documentId')}>
          <DocumentPicker testId="step-document" ariaLabel={t('inspection.file.documentId')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={record.isPending} data-testid="step-save">
          {t('inspection.file.record')}
        </Button>
      </Form>
      {record.isError ? <ProblemAlert error={record.error} testId="step-error" /> : null}
    </Card>
  );
}
