import { App, Button, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { MemberView, RegisterEntry, RegisterMember } from '../../../api/types';
import { applyProblemToForm } from '../../../components/forms';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type MessageKey, useI18n } from '../../../i18n';
import { DATE_FORMAT, toIsoDate } from '../../../i18n/format';
import { ETHNICITIES, ethnicityName } from '../ethnicity';
import { useRegisterMember } from '../useLifecycleQueries';

interface Values {
  orgUnitId?: number;
  fullName?: string;
  sex?: 'M' | 'F';
  birthDate?: Dayjs | null;
  ethnicity?: MemberView['ethnicity'];
  citizenId?: string;
  phone?: string;
  effectiveDate?: Dayjs | null;
  statusOnArrival?: 'PROBATIONARY' | 'OFFICIAL';
  admittedOn?: Dayjs | null;
  ceremonyDate?: Dayjs | null;
  officialOn?: Dayjs | null;
  cardNumber?: string;
  origin?: string;
  note?: string;
}

const text = (value: string | undefined) => (value && value.trim() !== '' ? value.trim() : undefined);
const day = (value: Dayjs | null | undefined) => (value ? toIsoDate(value) : undefined);

/** The request body: a candidate carries no membership dates, an arriving member does. */
export function toRegisterRequest(entry: RegisterEntry, values: Values): RegisterMember {
  const body: RegisterMember = {
    entry,
    orgUnitId: values.orgUnitId as number,
    fullName: (values.fullName ?? '').trim(),
    sex: values.sex ?? '',
    birthDate: day(values.birthDate) ?? '',
    ethnicity: values.ethnicity ?? 'KINH',
    citizenId: text(values.citizenId),
    phone: text(values.phone),
    effectiveDate: day(values.effectiveDate) ?? '',
    note: text(values.note),
  };
  if (entry === 'TRANSFER_ARRIVAL') {
    body.statusOnArrival = values.statusOnArrival;
    body.admittedOn = day(values.admittedOn);
    body.ceremonyDate = day(values.ceremonyDate);
    body.officialOn = values.statusOnArrival === 'OFFICIAL' ? day(values.officialOn) : undefined;
    body.cardNumber = text(values.cardNumber);
    body.origin = text(values.origin);
  }
  return body;
}

interface Props {
  entry: RegisterEntry;
  /** The cell proposed at first (the list's filter, or the secretary's own cell). */
  orgUnitId?: number;
  onClose: () => void;
}

/**
 * Puts a person on the registry: an outstanding non-member as a candidate for admission, or a member arriving by
 * official transfer from an organisation outside the registry. On success the new record opens on its party history.
 */
export function RegisterMemberDialog({ entry, orgUnitId, onClose }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const register = useRegisterMember();
  const [problem, setProblem] = useState<unknown>(null);
  const arrival = entry === 'TRANSFER_ARRIVAL';
  const status = Form.useWatch('statusOnArrival', form);
  const required = { required: true, message: t('member.step.required') };
  const requiredText = { required: true, whitespace: true, message: t('member.step.required') };
  const date = (name: keyof Values, label: string, rules: object[] = [required]) => (
    <Form.Item name={name} label={label} rules={rules}>
      <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} data-testid={`register-${name}`} />
    </Form.Item>
  );

  const submit = (values: Values) => {
    setProblem(null);
    register.mutate(toRegisterRequest(entry, values), {
      onSuccess: (member) => {
        message.success(t('member.register.saved', { name: member.fullName }));
        onClose();
        navigate(`/members/${member.id}?tab=party`);
      },
      onError: (error) => {
        if (!applyProblemToForm(form, error)) setProblem(error);
      },
    });
  };

  return (
    <Modal
      open
      width={760}
      title={t(arrival ? 'member.register.arrivalTitle' : 'member.register.candidateTitle')}
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
          loading={register.isPending}
          onClick={() => form.submit()}
          data-testid="register-save"
        >
          {t('common.actions.save')}
        </Button>,
      ]}
    >
      {problem ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={problem} testId="register-problem" />
        </div>
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        name={`register-${entry}`}
        onFinish={submit}
        initialValues={{
          orgUnitId,
          ethnicity: 'KINH',
          statusOnArrival: 'OFFICIAL',
          fullName: '',
          citizenId: '',
          phone: '',
          cardNumber: '',
          origin: '',
          note: '',
        }}
      >
        <Row gutter={16}>
          <Col xs={24}>
            <Form.Item name="orgUnitId" label={t('member.register.cell')} rules={[required]}>
              <OrgTreeSelect id="register-orgUnitId" testId="register-orgUnitId" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="fullName"
              label={t('member.field.fullName')}
              rules={[requiredText, { max: 200 }]}
            >
              <Input data-testid="register-fullName" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="sex" label={t('member.field.sex')} rules={[required]}>
              <Select
                data-testid="register-sex"
                options={['M', 'F'].map((v) => ({ value: v, label: t(`common.sex.${v}` as MessageKey) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="ethnicity" label={t('member.field.ethnicity')} rules={[required]}>
              <Select
                showSearch
                optionFilterProp="label"
                data-testid="register-ethnicity"
                options={ETHNICITIES.map((v) => ({ value: v, label: ethnicityName(v) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            {date('birthDate', t('member.field.birthDate'), [
              required,
              {
                validator: (_: unknown, value?: Dayjs | null) =>
                  value && !value.isBefore(dayjs(), 'day')
                    ? Promise.reject(new Error(t('member.register.birthPast')))
                    : Promise.resolve(),
              },
            ])}
          </Col>
          <Col xs={24} md={12}>
            {date(
              'effectiveDate',
              t(arrival ? 'member.register.effectiveArrival' : 'member.register.effectiveCandidate'),
            )}
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="citizenId"
              label={t('member.field.citizenId')}
              rules={[{ pattern: /^\d{12}$/, message: t('member.edit.citizenIdPattern') }]}
            >
              <Input data-testid="register-citizenId" inputMode="numeric" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="phone"
              label={t('member.field.phone')}
              rules={[
                {
                  pattern: /^(?:\+84|0)(?:[35789]\d{8}|2\d{9})$/,
                  message: t('member.edit.phonePattern'),
                },
              ]}
            >
              <Input data-testid="register-phone" inputMode="tel" autoComplete="off" />
            </Form.Item>
          </Col>
          {arrival ? (
            <>
              <Col xs={24} md={12}>
                <Form.Item
                  name="statusOnArrival"
                  label={t('member.register.statusOnArrival')}
                  rules={[required]}
                >
                  <Select
                    data-testid="register-statusOnArrival"
                    options={(['PROBATIONARY', 'OFFICIAL'] as const).map((v) => ({
                      value: v,
                      label: t(`member.status.${v}`),
                    }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="cardNumber"
                  label={t('member.register.cardNumber')}
                  rules={[{ pattern: /^\d{6,12}$/, message: t('member.edit.cardNumberPattern') }]}
                >
                  <Input data-testid="register-cardNumber" inputMode="numeric" />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                {date('admittedOn', t('member.register.admittedOn'))}
              </Col>
              <Col xs={24} md={8}>
                {date('ceremonyDate', t('member.register.ceremonyDate'), [])}
              </Col>
              {status === 'OFFICIAL' ? (
                <Col xs={24} md={8}>
                  {date('officialOn', t('member.register.officialOn'))}
                </Col>
              ) : null}
              <Col xs={24}>
                <Form.Item name="origin" label={t('member.register.origin')} rules={[{ max: 300 }]}>
                  <Input data-testid="register-origin" />
                </Form.Item>
              </Col>
            </>
          ) : null}
          <Col xs={24}>
            <Form.Item name="note" label={t('member.register.note')} rules={[{ max: 1000 }]}>
              <Input.TextArea rows={2} data-testid="register-note" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
