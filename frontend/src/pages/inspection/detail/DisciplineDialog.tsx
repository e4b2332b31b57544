import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, Modal, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { applyProblemToForm } from '../../../components/forms';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { useI18n } from '../../../i18n';
import { toIsoDate } from '../../../i18n/format';
import {
  AUTHORITIES,
  type Authority,
  CATEGORIES,
  type CaseView,
  type DisciplineForm,
  EXCEPTIONS,
  FORMS,
  type LimitationException,
  SUBJECT_KINDS,
  type SubjectKind,
  type ViolationCategory,
} from '../inspectionTypes';
import { MemberSearch } from '../MemberSearch';
import { useDecide } from '../useInspectionQueries';
import { RuleAlert } from './RuleAlert';

interface Values {
  subjectKind: SubjectKind;
  subjectUnitId?: number;
  subjectMemberId?: string;
  form: DisciplineForm;
  authority: Authority;
  decidingBody: string;
  decisionNumber: string;
  decidedOn: Dayjs;
  receivedOn?: Dayjs;
  reason: string;
  violations: { violatedOn: Dayjs; category: ViolationCategory; exception?: LimitationException }[];
}

/**
 * The discipline decision of a case. The server checks the form against the subject and the limitation period of
 * each violation; a refusal stays in the dialog with the rule it names.
 */
export function DisciplineDialog({
  file,
  onClose,
  onDecided,
}: {
  file: CaseView;
  onClose: () => void;
  onDecided: (id: string) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('subjectKind', form);
  const decide = useDecide(file.id);
  const submit = (values: Values) =>
    decide.mutate(
      {
        commissionUnitId: file.commissionUnitId,
        caseId: file.id,
        subjectKind: values.subjectKind,
        subjectUnitId: values.subjectKind === 'ORGANISATION' ? values.subjectUnitId : undefined,
        subjectMemberId: values.subjectKind === 'MEMBER' ? values.subjectMemberId : undefined,
        form: values.form,
        authority: values.authority,
        decidingBody: values.decidingBody,
        decisionNumber: values.decisionNumber,
        decidedOn: toIsoDate(values.decidedOn),
        receivedOn: values.receivedOn ? toIsoDate(values.receivedOn) : undefined,
        reason: values.reason,
        violations: values.violations.map((v) => ({
          violatedOn: toIsoDate(v.violatedOn),
          category: v.category,
          exception: v.exception,
        })),
      } as never,
      {
        onSuccess: (view) => onDecided(view.id),
        onError: (error) => applyProblemToForm(form, error),
      },
    );
  const required = [{ required: true, message: t('inspection.form.required') }];
  const subjectIsMember = file.subjectKind === 'MEMBER';
  return (
    <Modal
      open
      width={760}
      title={t('inspection.discipline.decide')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('inspection.form.save')}
      cancelText={t('inspection.form.cancel')}
      okButtonProps={{ loading: decide.isPending, 'data-testid': 'discipline-save' } as never}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="discipline-form"
        initialValues={{
          subjectKind: file.subjectKind,
          subjectMemberId: subjectIsMember ? (file.subjectMemberId ?? undefined) : undefined,
          subjectUnitId: subjectIsMember ? undefined : file.subjectUnitId,
          authority: 'INSPECTION_COMMISSION',
          decidedOn: dayjs(),
          violations: [{ category: file.categories[0] ?? 'OTHER' }],
        }}
      >
        <Form.Item name="subjectKind" label={t('inspection.discipline.field.subjectKind')} rules={required}>
          <Radio.Group
            data-testid="discipline-subject-kind"
            options={SUBJECT_KINDS.map((k) => ({ value: k, label: t(`inspection.subjectKind.${k}`) }))}
          />
        </Form.Item>
        {kind === 'ORGANISATION' ? (
          <Form.Item name="subjectUnitId" label={t('inspection.form.subjectUnit')} rules={required}>
            <OrgTreeSelect testId="discipline-subject-unit" />
          </Form.Item>
        ) : subjectIsMember ? (
          <Form.Item name="subjectMemberId" label={t('inspection.form.subjectMember')} rules={required}>
            <Select
              data-testid="discipline-subject-member"
              options={[{ value: file.subjectMemberId ?? '', label: file.subjectName }]}
            />
          </Form.Item>
        ) : (
          <Form.Item name="subjectMemberId" label={t('inspection.form.subjectMember')} rules={required}>
            <MemberSearch testId="discipline-subject-member" />
          </Form.Item>
        )}
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="form" label={t('inspection.discipline.field.form')} rules={required}>
              <Select
                data-testid="discipline-form-select"
                options={FORMS.map((f) => ({ value: f, label: t(`inspection.discipline.form.${f}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="authority" label={t('inspection.discipline.field.authority')} rules={required}>
              <Select
                data-testid="discipline-authority"
                options={AUTHORITIES.map((a) => ({
                  value: a,
                  label: t(`inspection.discipline.authority.${a}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="decidingBody"
              label={t('inspection.discipline.field.decidingBody')}
              rules={[{ required: true, whitespace: true, max: 300, message: t('inspection.form.required') }]}
            >
              <Input maxLength={300} data-testid="discipline-body" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="decisionNumber"
              label={t('inspection.discipline.field.decisionNumber')}
              rules={[{ required: true, whitespace: true, max: 64, message: t('inspection.form.required') }]}
            >
              <Input maxLength={64} data-testid="discipline-number" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="decidedOn" label={t('inspection.discipline.field.decidedOn')} rules={required}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} data-testid="discipline-decided-on" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="receivedOn" label={t('inspection.discipline.field.receivedOn')}>
              <DatePicker
                format="DD/MM/YYYY"
                style={{ width: '100%' }}
                data-testid="discipline-received-on"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="reason"
          label={t('inspection.discipline.field.reason')}
          rules={[{ required: true, whitespace: true, max: 4000, message: t('inspection.form.required') }]}
        >
          <Input.TextArea rows={2} maxLength={4000} data-testid="discipline-reason" />
        </Form.Item>
        <Form.List name="violations">
          {(fields, { add, remove }) => (
            <fieldset className="violations">
              <legend>{t('inspection.discipline.field.violations')}</legend>
              {fields.map((field, index) => (
                <Row gutter={8} key={field.key} align="top">
                  <Col xs={24} sm={7}>
                    <Form.Item
                      name={[field.name, 'violatedOn']}
                      label={t('inspection.discipline.field.violatedOn')}
                      rules={required}
                    >
                      <DatePicker
                        format="DD/MM/YYYY"
                        style={{ width: '100%' }}
                        data-testid={`violation-date-${index}`}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={8}>
                    <Form.Item
                      name={[field.name, 'category']}
                      label={t('inspection.discipline.field.category')}
                      rules={required}
                    >
                      <Select
                        data-testid={`violation-category-${index}`}
                        options={CATEGORIES.map((c) => ({ value: c, label: t(`inspection.category.${c}`) }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={20} sm={7}>
                    <Form.Item
                      name={[field.name, 'exception']}
                      label={t('inspection.discipline.field.exception')}
                    >
                      <Select
                        allowClear
                        data-testid={`violation-exception-${index}`}
                        options={EXCEPTIONS.map((e) => ({
                          value: e,
                          label: t(`inspection.discipline.exception.${e}`),
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={4} sm={2}>
                    {fields.length > 1 ? (
                      <Button
                        type="text"
                        aria-label={t('inspection.discipline.field.remove')}
                        icon={<MinusCircleOutlined />}
                        onClick={() => remove(field.name)}
                        style={{ marginTop: 30 }}
                      />
                    ) : null}
                  </Col>
                </Row>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ category: 'OTHER' })}
                data-testid="violation-add"
              >
                {t('inspection.discipline.field.addViolation')}
              </Button>
            </fieldset>
          )}
        </Form.List>
      </Form>
      {decide.isError ? <RuleAlert error={decide.error} testId="discipline-refusal" /> : null}
    </Modal>
  );
}
