import { Alert, App, Button, Col, DatePicker, Drawer, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../../api/http';
import type { MemberView, UpdateMember } from '../../../api/types';
import { applyProblemToForm } from '../../../components/forms';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type MessageKey, useI18n } from '../../../i18n';
import { ETHNICITIES, ethnicityName } from '../ethnicity';
import { useUpdateMember } from '../useMemberQueries';
import { fieldLabel } from './values';

type Kind =
  | 'text'
  | 'date'
  | 'sex'
  | 'ethnicity'
  | 'religion'
  | 'professionalLevel'
  | 'academicTitle'
  | 'theoryLevel';
interface Spec {
  name: keyof UpdateMember;
  kind?: Kind;
  required?: boolean;
  pattern?: [RegExp, string];
}

const CODES = {
  religion: [
    'NONE',
    'BUDDHISM',
    'CATHOLICISM',
    'PROTESTANTISM',
    'CAO_DAI',
    'HOA_HAO',
    'ISLAM',
    'BRAHMANISM',
    'OTHER',
  ],
  professionalLevel: ['NONE', 'ELEMENTARY', 'INTERMEDIATE', 'COLLEGE', 'BACHELOR', 'MASTER', 'DOCTOR'],
  academicTitle: ['NONE', 'ASSOCIATE_PROFESSOR', 'PROFESSOR'],
  theoryLevel: ['UNTRAINED', 'ELEMENTARY', 'INTERMEDIATE', 'ADVANCED', 'BACHELOR'],
} as const;

/** The editable fields in the order of the Party's member form (REGULATIONS §2.2). */
export const EDIT_FIELDS: Spec[] = [
  { name: 'fullName', required: true },
  { name: 'birthName' },
  { name: 'aliases' },
  { name: 'sex', kind: 'sex', required: true },
  { name: 'birthDate', kind: 'date', required: true },
  { name: 'birthPlace' },
  { name: 'homeTown' },
  { name: 'permanentAddress' },
  { name: 'temporaryAddress' },
  { name: 'ethnicity', kind: 'ethnicity', required: true },
  { name: 'religion', kind: 'religion' },
  { name: 'occupation' },
  { name: 'generalEducation' },
  { name: 'professionalLevel', kind: 'professionalLevel' },
  { name: 'academicTitle', kind: 'academicTitle' },
  { name: 'theoryLevel', kind: 'theoryLevel' },
  { name: 'cardNumber', pattern: [/^\d{6,12}$/, 'member.edit.cardNumberPattern'] },
  { name: 'historyNumber' },
  { name: 'citizenId', pattern: [/^\d{12}$/, 'member.edit.citizenIdPattern'] },
  { name: 'phone', pattern: [/^(?:\+84|0)(?:[35789]\d{8}|2\d{9})$/, 'member.edit.phonePattern'] },
  { name: 'email', pattern: [/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'member.edit.emailFormat'] },
  { name: 'admittedOn', kind: 'date' },
  { name: 'admissionDecisionNumber' },
  { name: 'admissionDecisionBody' },
  { name: 'ceremonyDate', kind: 'date' },
  { name: 'ceremonyPlace' },
  { name: 'officialOn', kind: 'date' },
  { name: 'officialPlace' },
  { name: 'partyPosts' },
  { name: 'workplace' },
];

type Values = Record<string, string | Dayjs | null | undefined>;

/** The form's values from a record (dates as dayjs; the citizen ID is left empty: it is only ever shown masked). */
export function toValues(member: MemberView): Values {
  const values: Values = {};
  for (const { name, kind } of EDIT_FIELDS) {
    const raw = name === 'citizenId' ? null : (member as unknown as Record<string, string | null>)[name];
    values[name] = kind === 'date' ? (raw ? dayjs(raw) : null) : (raw ?? undefined);
  }
  return values;
}

/** The request body from the form's values: empty texts become null, dates ISO. */
export function toBody(values: Values, version: number): UpdateMember & { version: number } {
  const body: Record<string, unknown> = { version };
  for (const { name, kind } of EDIT_FIELDS) {
    const value = values[name];
    if (kind === 'date') body[name] = value ? (value as Dayjs).format('YYYY-MM-DD') : null;
    else body[name] = typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  }
  return body as UpdateMember & { version: number };
}

interface Props {
  member: MemberView;
  open: boolean;
  onClose: () => void;
  onReload: () => void;
}

/** Edits a record; server field errors land on their fields, a stale version offers to reload. */
export function MemberEditForm({ member, open, onClose, onReload }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateMember(member.id);
  const [problem, setProblem] = useState<unknown>(null);
  const [stale, setStale] = useState(false);

  const submit = (values: Values) => {
    setProblem(null);
    setStale(false);
    update.mutate(toBody(values, member.version), {
      onSuccess: () => {
        message.success(t('member.edit.saved'));
        onClose();
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 409 && error.code === 'conflict.stale')
          setStale(true);
        else if (!applyProblemToForm(form, error)) setProblem(error);
      },
    });
  };

  const input = (spec: Spec) => {
    const testId = `member-edit-${spec.name}`;
    switch (spec.kind) {
      case 'date':
        return <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} data-testid={testId} />;
      case 'sex':
        return (
          <Select
            data-testid={testId}
            options={['M', 'F'].map((v) => ({ value: v, label: t(`common.sex.${v}` as MessageKey) }))}
          />
        );
      case 'ethnicity':
        return (
          <Select
            showSearch
            optionFilterProp="label"
            data-testid={testId}
            options={ETHNICITIES.map((v) => ({ value: v, label: ethnicityName(v) }))}
          />
        );
      case undefined:
      case 'text':
        return <Input data-testid={testId} />;
      default: {
        const kind = spec.kind;
        return (
          <Select
            allowClear
            data-testid={testId}
            options={CODES[kind].map((v) => ({ value: v, label: t(`member.${kind}.${v}` as MessageKey) }))}
          />
        );
      }
    }
  };

  return (
    <Drawer
      open={open}
      size="large"
      title={t('member.edit.title', { name: member.fullName })}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Button
          type="primary"
          loading={update.isPending}
          onClick={() => form.submit()}
          data-testid="member-edit-save"
        >
          {t('common.actions.save')}
        </Button>
      }
    >
      {stale ? (
        <Alert
          type="warning"
          showIcon
          data-testid="member-edit-stale"
          style={{ marginBottom: 16 }}
          title={t('member.edit.staleTitle')}
          description={t('member.edit.staleText')}
          action={
            <Button
              size="small"
              onClick={() => {
                setStale(false);
                onReload();
              }}
            >
              {t('member.edit.reload')}
            </Button>
          }
        />
      ) : null}
      {problem ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={problem} testId="member-edit-error" />
        </div>
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        name="member-edit"
        onFinish={submit}
        initialValues={toValues(member)}
      >
        <Row gutter={16}>
          {EDIT_FIELDS.map((spec) => (
            <Col xs={24} md={12} key={spec.name}>
              <Form.Item
                name={spec.name}
                label={fieldLabel(t, spec.name)}
                extra={spec.name === 'citizenId' ? t('member.edit.citizenIdHint') : undefined}
                rules={[
                  ...(spec.required ? [{ required: true, message: t('member.edit.required') }] : []),
                  ...(spec.pattern
                    ? [{ pattern: spec.pattern[0], message: t(spec.pattern[1] as MessageKey) }]
                    : []),
                ]}
              >
                {input(spec)}
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form>
    </Drawer>
  );
}
