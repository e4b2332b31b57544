import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type {
  Confidentiality,
  DocumentBody,
  DocumentType,
  LinkKind,
  Role,
  ScopeKind,
} from '../../../api/types';
import { applyProblemToForm } from '../../../components/forms';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { PageLoading } from '../../../components/PageLoading';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { toIsoDate } from '../../../i18n/format';
import { type DocumentOption, DocumentPicker } from '../DocumentPicker';
import { DOCUMENT_TYPES, isIssuerCode } from '../documentModel';
import { useDocument, useNextNumber, useSaveDocument } from '../useDocumentQueries';

const SCOPE_KINDS: readonly ScopeKind[] = ['CITY', 'SUBTREE', 'UNIT', 'ROLE'];
const LEVELS: readonly Confidentiality[] = ['PUBLIC', 'INTERNAL', 'CONFIDENTIAL'];
const ROLES: readonly Role[] = [
  'MEMBER',
  'CELL_SECRETARY',
  'ORG_STAFF',
  'CITY_ORGANISATION',
  'CITY_OFFICE',
  'INSPECTION',
  'LEADERSHIP',
];

interface LinkValue {
  kind?: LinkKind;
  targetId?: number;
}

const LINK_KINDS: readonly LinkKind[] = ['REPLACES', 'AMENDS'];

interface ScopeValue {
  kind?: ScopeKind;
  orgUnitId?: number;
  role?: Role;
}

interface Values {
  orgUnitId?: number;
  type?: DocumentType;
  issuerCode: string;
  incoming: boolean;
  incomingNumber?: string;
  congress: boolean;
  title: string;
  summary?: string;
  signer?: string;
  issuedOn?: Dayjs;
  effectiveOn?: Dayjs;
  confidentiality: Confidentiality;
  scope: ScopeValue[];
  links: LinkValue[];
}

/** Drafts or edits a document: metadata, recipients, the number it will get on publication. */
export default function DocumentEditPage() {
  const params = useParams();
  const id = params.id ? Number(params.id) : undefined;
  return id == null ? <DocumentForm /> : <EditExisting id={id} />;
}

function EditExisting({ id }: { id: number }) {
  const { t } = useI18n();
  const document = useDocument(id);
  if (document.isLoading) return <PageLoading />;
  if (!document.data) {
    return (
      <PageShell title={t('document.form.editTitle')}>
        <ProblemAlert error={document.error} onRetry={() => document.refetch()} />
      </PageShell>
    );
  }
  const d = document.data;
  return (
    <DocumentForm
      id={id}
      version={d.version}
      known={d.links.map((l) => ({ value: l.documentId, label: l.number ?? l.title }))}
      initial={{
        orgUnitId: d.orgUnitId,
        type: d.type,
        issuerCode: d.issuerCode,
        incoming: d.incoming,
        incomingNumber: d.incoming ? (d.number ?? undefined) : undefined,
        congress: d.congress,
        title: d.title,
        summary: d.summary ?? undefined,
        signer: d.signer ?? undefined,
        issuedOn: d.issuedOn ? dayjs(d.issuedOn) : undefined,
        effectiveOn: d.effectiveOn ? dayjs(d.effectiveOn) : undefined,
        confidentiality: d.confidentiality,
        links: d.links.map((l) => ({ kind: l.kind, targetId: l.documentId })),
        scope: d.scope.map((s) => ({
          kind: s.kind,
          orgUnitId: s.orgUnitId ?? undefined,
          role: s.role ?? undefined,
        })),
      }}
    />
  );
}

function DocumentForm({
  id,
  version,
  initial,
  known = [],
}: {
  id?: number;
  version?: number;
  initial?: Values;
  /** Labels of the documents the draft already links to. */
  known?: DocumentOption[];
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const save = useSaveDocument(id);
  const [error, setError] = useState<unknown>(null);
  const unitId = Form.useWatch('orgUnitId', form);
  const type = Form.useWatch('type', form);
  const congress = Form.useWatch('congress', form) ?? false;
  const incoming = Form.useWatch('incoming', form) ?? false;
  const issuer = Form.useWatch('issuerCode', form) ?? '';
  const next = useNextNumber(incoming ? undefined : unitId, type, congress, issuer.trim());

  useEffect(() => {
    if (initial) form.setFieldsValue(initial);
  }, [form, initial]);

  const submit = (values: Values) => {
    setError(null);
    const body: DocumentBody = {
      orgUnitId: values.orgUnitId as number,
      type: values.type as DocumentType,
      issuerCode: values.issuerCode.trim(),
      congress: values.congress,
      incomingNumber: values.incoming ? values.incomingNumber?.trim() : undefined,
      title: values.title,
      summary: values.summary,
      signer: values.signer,
      issuedOn: values.issuedOn ? toIsoDate(values.issuedOn) : undefined,
      effectiveOn: values.effectiveOn ? toIsoDate(values.effectiveOn) : undefined,
      confidentiality: values.confidentiality,
      scope: values.scope
        .filter((s) => s.kind)
        .map((s) => ({ kind: s.kind as ScopeKind, orgUnitId: s.orgUnitId, role: s.role })),
      links: values.links
        .filter((l) => l.kind && l.targetId != null)
        .map((l) => ({ kind: l.kind as LinkKind, targetId: l.targetId as number })),
      version,
    } as DocumentBody;
    save.mutate(body, {
      onSuccess: (view) => {
        message.success(t('document.form.saved'));
        navigate(`/documents/${view.id}`);
      },
      onError: (e) => {
        if (!applyProblemToForm(form, e)) setError(e);
      },
    });
  };

  return (
    <PageShell title={t(id == null ? 'document.form.createTitle' : 'document.form.editTitle')}>
      <Card size="small">
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{
            confidentiality: 'PUBLIC',
            congress: false,
            incoming: false,
            issuerCode: '',
            scope: [{ kind: 'CITY' }],
          }}
          data-testid="document-form"
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="orgUnitId"
                label={t('document.form.unit')}
                htmlFor="document-unit"
                rules={[{ required: true, message: t('document.form.unit') }]}
              >
                <OrgTreeSelect id="document-unit" testId="document-unit" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="type"
                label={t('document.form.type')}
                rules={[{ required: true, message: t('document.form.type') }]}
              >
                <Select
                  data-testid="document-type-select"
                  options={DOCUMENT_TYPES.map((v) => ({ value: v, label: t(`document.type.${v}`) }))}
                  showSearch={{ optionFilterProp: 'label' }}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="issuerCode"
                label={t('document.form.issuer')}
                required
                extra={t('document.form.issuerHelp')}
                rules={[
                  {
                    validator: (_, v: string) =>
                      isIssuerCode(v ?? '')
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('document.form.issuerHelp'))),
                  },
                ]}
              >
                <Input data-testid="document-issuer" maxLength={20} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="incoming" valuePropName="checked">
                <Checkbox>{t('document.form.incoming')}</Checkbox>
              </Form.Item>
              {incoming ? (
                <Form.Item
                  name="incomingNumber"
                  label={t('document.form.incomingNumber')}
                  rules={[{ required: true, message: t('document.form.incomingNumber') }]}
                >
                  <Input placeholder="57-NQ/TW" maxLength={60} />
                </Form.Item>
              ) : null}
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="congress" valuePropName="checked">
                <Checkbox>{t('document.form.congress')}</Checkbox>
              </Form.Item>
              {!incoming && next.data ? (
                <Alert
                  type="info"
                  showIcon
                  data-testid="document-next-number"
                  message={t('document.form.nextNumber', {
                    number: next.data.symbol ?? String(next.data.number).padStart(2, '0'),
                  })}
                />
              ) : null}
            </Col>
          </Row>
          <Form.Item
            name="title"
            label={t('document.form.title')}
            rules={[{ required: true, whitespace: true, message: t('document.form.title') }]}
          >
            <Input data-testid="document-title" maxLength={500} />
          </Form.Item>
          <Form.Item name="summary" label={t('document.form.summary')}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="signer" label={t('document.form.signer')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="issuedOn" label={t('document.form.issuedOn')}>
                <DatePicker style={{ width: '100%' }} format="DD/MM/YYYY" />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="effectiveOn" label={t('document.form.effectiveOn')}>
                <DatePicker style={{ width: '100%' }} format="DD/MM/YYYY" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="confidentiality" label={t('document.form.confidentiality')}>
            <Radio.Group
              options={LEVELS.map((v) => ({ value: v, label: t(`document.level.${v}`) }))}
              optionType="button"
            />
          </Form.Item>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('document.form.scope')}
          </Typography.Title>
          <Form.List name="scope">
            {(fields, { add, remove }) => (
              <Flex vertical gap="small" style={{ marginBottom: 16 }}>
                {fields.map((field) => (
                  <ScopeRow key={field.key} name={field.name} onRemove={() => remove(field.name)} />
                ))}
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ kind: 'UNIT' })}
                  style={{ alignSelf: 'start' }}
                >
                  {t('document.form.addScope')}
                </Button>
              </Flex>
            )}
          </Form.List>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('document.form.links')}
          </Typography.Title>
          <Form.List name="links">
            {(fields, { add, remove }) => (
              <Flex vertical gap="small" style={{ marginBottom: 16 }}>
                {fields.map((field) => (
                  <Row gutter={8} key={field.key}>
                    <Col xs={24} sm={8}>
                      <Form.Item name={[field.name, 'kind']} noStyle>
                        <Select
                          aria-label={t('document.form.linkKind')}
                          style={{ width: '100%' }}
                          options={LINK_KINDS.map((v) => ({ value: v, label: t(`document.link.${v}`) }))}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={20} sm={14}>
                      <Form.Item name={[field.name, 'targetId']} noStyle>
                        <DocumentPicker known={known} exclude={id} />
                      </Form.Item>
                    </Col>
                    <Col xs={4} sm={2}>
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={t('document.form.remove')}
                        onClick={() => remove(field.name)}
                      />
                    </Col>
                  </Row>
                ))}
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ kind: 'REPLACES' })}
                  style={{ alignSelf: 'start' }}
                >
                  {t('document.form.addLink')}
                </Button>
              </Flex>
            )}
          </Form.List>
          {error ? <ProblemAlert error={error} /> : null}
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="document-save">
              {t('document.form.save')}
            </Button>
            <Button onClick={() => navigate(id == null ? '/documents' : `/documents/${id}`)}>
              {t('document.form.cancel')}
            </Button>
          </Space>
        </Form>
      </Card>
    </PageShell>
  );
}

function ScopeRow({ name, onRemove }: { name: number; onRemove: () => void }) {
  const { t } = useI18n();
  const form = Form.useFormInstance<Values>();
  const kind = Form.useWatch(['scope', name, 'kind'], form) as ScopeKind | undefined;
  return (
    <Row gutter={8} align="top">
      <Col xs={24} sm={8}>
        <Form.Item name={[name, 'kind']} noStyle>
          <Select
            aria-label={t('document.form.scopeKind')}
            style={{ width: '100%' }}
            options={SCOPE_KINDS.map((v) => ({ value: v, label: t(`document.scopeKind.${v}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={20} sm={14}>
        {kind === 'SUBTREE' || kind === 'UNIT' ? (
          <Form.Item name={[name, 'orgUnitId']} noStyle>
            <OrgTreeSelect />
          </Form.Item>
        ) : null}
        {kind === 'ROLE' ? (
          <Form.Item name={[name, 'role']} noStyle>
            <Select
              aria-label={t('document.form.scopeRole')}
              style={{ width: '100%' }}
              options={ROLES.map((v) => ({ value: v, label: t(`document.role.${v}`) }))}
            />
          </Form.Item>
        ) : null}
      </Col>
      <Col xs={4} sm={2}>
        <Button icon={<DeleteOutlined />} aria-label={t('document.form.remove')} onClick={onRemove} />
      </Col>
    </Row>
  );
}
