import { Alert, Form, Input, Modal, Radio, Select } from 'antd';
import { useNavigate } from 'react-router';
import { applyProblemToForm } from '../../../components/forms';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import {
  CASE_TYPES,
  type CaseType,
  type CaseView,
  SUBJECT_KINDS,
  type SubjectKind,
} from '../inspectionTypes';
import { MemberSearch } from '../MemberSearch';
import { useOpenCase } from '../useInspectionQueries';

interface Values {
  commissionUnitId: number;
  type: CaseType;
  subjectKind: SubjectKind;
  subjectUnitId?: number;
  subjectMemberId?: string;
  title: string;
  content?: string;
}

/** The plan item a case carries out: its subject is fixed, its type and content are suggested. */
export interface FromPlanItem {
  planItemId: string;
  planTitle: string;
  subjectKind: SubjectKind;
  subjectUnitId: number;
  subjectMemberId: string | null;
  subjectName: string;
  caseType: CaseType | null;
  content: string;
}

/**
 * Opens an inspection or supervision case for a commission of the caller's inspection scope; from a plan item, with
 * the item's subject, type and content filled in.
 */
export function OpenCaseModal({
  commissionUnitId,
  fromItem,
  onOpened,
  onClose,
}: {
  commissionUnitId?: number;
  fromItem?: FromPlanItem;
  onOpened?: (view: CaseView) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('subjectKind', form);
  const open = useOpenCase();
  const submit = (values: Values) => {
    const subject: Partial<Values> = fromItem
      ? {
          commissionUnitId,
          subjectKind: fromItem.subjectKind,
          subjectUnitId: fromItem.subjectUnitId,
          subjectMemberId: fromItem.subjectMemberId ?? undefined,
        }
      : values;
    open.mutate(
      {
        ...values,
        ...subject,
        subjectUnitId: subject.subjectKind === 'ORGANISATION' ? subject.subjectUnitId : undefined,
        subjectMemberId: subject.subjectKind === 'MEMBER' ? subject.subjectMemberId : undefined,
        namedMemberIds: [],
        planItemId: fromItem?.planItemId,
      } as never,
      {
        onSuccess: (view) => (onOpened ? onOpened(view) : navigate(`/inspection/${view.id}`)),
        onError: (error) => applyProblemToForm(form, error),
      },
    );
  };
  const required = [{ required: true, message: t('inspection.form.required') }];
  return (
    <Modal
      open
      title={t('inspection.open')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('inspection.form.save')}
      cancelText={t('inspection.form.cancel')}
      okButtonProps={{ loading: open.isPending, 'data-testid': 'case-open-save' } as never}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          fromItem
            ? {
                type: fromItem.caseType ?? undefined,
                title: fromItem.content.slice(0, 300),
                content: fromItem.content,
              }
            : { commissionUnitId, type: 'INSPECTION_SIGNS_OF_VIOLATION', subjectKind: 'MEMBER' }
        }
        data-testid="case-open-form"
      >
        {fromItem ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('inspection.plan.fromItem', { plan: fromItem.planTitle, subject: fromItem.subjectName })}
            data-testid="case-open-from-item"
          />
        ) : null}
        {fromItem ? null : (
          <Form.Item name="commissionUnitId" label={t('inspection.form.commission')} rules={required}>
            <OrgTreeSelect testId="case-open-commission" />
          </Form.Item>
        )}
        <Form.Item name="type" label={t('inspection.form.type')} rules={required}>
          <Select
            data-testid="case-open-type"
            options={CASE_TYPES.map((type) => ({ value: type, label: t(`inspection.type.${type}`) }))}
          />
        </Form.Item>
        {fromItem ? null : (
          <>
            <Form.Item name="subjectKind" label={t('inspection.form.subjectKind')} rules={required}>
              <Radio.Group
                data-testid="case-open-subject-kind"
                options={SUBJECT_KINDS.map((k) => ({ value: k, label: t(`inspection.subjectKind.${k}`) }))}
              />
            </Form.Item>
            {kind === 'ORGANISATION' ? (
              <Form.Item name="subjectUnitId" label={t('inspection.form.subjectUnit')} rules={required}>
                <OrgTreeSelect testId="case-open-subject-unit" />
              </Form.Item>
            ) : (
              <Form.Item name="subjectMemberId" label={t('inspection.form.subjectMember')} rules={required}>
                <MemberSearch testId="case-open-subject-member" />
              </Form.Item>
            )}
          </>
        )}
        <Form.Item
          name="title"
          label={t('inspection.form.title')}
          rules={[{ required: true, whitespace: true, max: 300, message: t('inspection.form.required') }]}
        >
          <Input data-testid="case-open-title" maxLength={300} />
        </Form.Item>
        <Form.Item name="content" label={t('inspection.form.content')} rules={[{ max: 4000 }]}>
          <Input.TextArea rows={3} data-testid="case-open-content" maxLength={4000} />
        </Form.Item>
      </Form>
      {open.isError ? <ProblemAlert error={open.error} testId="case-open-error" /> : null}
    </Modal>
  );
}
