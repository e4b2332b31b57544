import { useMutation, useQuery } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { api, request } from '../../../../api/http';
import type { OrgChangePreview, OrgUnit, OrgUnitKind } from '../../../../api/types';
import { applyProblemToForm } from '../../../../components/forms';
import { OrgTreeSelect } from '../../../../components/OrgTreeSelect';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { useI18n } from '../../../../i18n';
import { DATE_FORMAT, toIsoDate } from '../../../../i18n/format';
import { allowedChildKinds } from '../nesting';
import { orgChanges, useUnitTerms } from '../useOrgQueries';
import { DecisionFields, type DecisionValues, decisionBody } from './DecisionFields';
import { PreviewPanel } from './PreviewPanel';

export type ChangeKind = 'rename' | 'move' | 'merge' | 'split' | 'dissolve' | 'term';

/** What a finished change tells the page: which unit to show afterwards. */
export interface ChangeResult {
  focusId: number;
}

interface DialogProps {
  unit: OrgUnit;
  onClose: () => void;
  onDone: (result: ChangeResult) => void;
}

interface ShellProps<T> {
  title: string;
  form: FormInstance<T>;
  testId: string;
  pending: boolean;
  okText?: string;
  danger?: boolean;
  problem: unknown;
  onOk: () => void;
  onClose: () => void;
  children: ReactNode;
}

/** The frame every change dialog shares: title, the server's problem, the form, cancel and the main button. */
function ChangeModal<T>({
  title,
  form,
  testId,
  pending,
  okText,
  danger,
  problem,
  onOk,
  onClose,
  children,
}: ShellProps<T>) {
  const { t } = useI18n();
  return (
    <Modal
      open
      title={title}
      width={640}
      okText={okText}
      cancelText={t('common.actions.cancel')}
      onOk={onOk}
      onCancel={() => {
        form.resetFields();
        onClose();
      }}
      okButtonProps={{ loading: pending, danger, 'data-testid': `${testId}-submit` } as never}
      destroyOnHidden
    >
      <div data-testid={testId}>
        {problem ? (
          <div style={{ marginBottom: 16 }}>
            <ProblemAlert error={problem} testId={`${testId}-error`} />
          </div>
        ) : null}
        {children}
      </div>
    </Modal>
  );
}

/** Runs a mutation; the server's field errors go on the fields, anything else above the form. */
function useChange<B, R>(
  form: FormInstance<never>,
  fn: (args: { id: number; body: B }) => Promise<R>,
  fieldPrefix = '',
) {
  const [problem, setProblem] = useState<unknown>(null);
  const mutation = useMutation({ mutationFn: fn });
  const run = (id: number, body: B, onSuccess: (result: R) => void) => {
    setProblem(null);
    mutation.mutate(
      { id, body },
      {
        onSuccess,
        onError: (error) => {
          if (!applyProblemToForm(form, error, {}, fieldPrefix)) setProblem(error);
        },
      },
    );
  };
  return { run, problem, setProblem, pending: mutation.isPending };
}

function useDone(unit: OrgUnit, onDone: (r: ChangeResult) => void) {
  const { t } = useI18n();
  const { message } = App.useApp();
  return (focusId: number) => {
    message.success(t('org.actions.done', { name: unit.name }));
    onDone({ focusId });
  };
}

interface RenameValues extends DecisionValues {
  name: string;
}

export function RenameDialog({ unit, onClose, onDone }: DialogProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<RenameValues>();
  const change = useChange(form as never, orgChanges.rename);
  const done = useDone(unit, onDone);
  return (
    <ChangeModal
      title={t('org.rename.title', { name: unit.name })}
      form={form}
      testId="rename-dialog"
      pending={change.pending}
      problem={change.problem}
      onOk={() => form.submit()}
      onClose={onClose}
    >
      <Form<RenameValues>
        form={form}
        layout="vertical"
        name="rename-org-unit"
        initialValues={{ name: unit.name }}
        onFinish={(values) =>
          change.run(
            unit.id,
            { name: values.name.trim(), version: unit.version, ...decisionBody(values) },
            (u) => done(u.id),
          )
        }
      >
        <Form.Item
          name="name"
          label={t('org.rename.name')}
          rules={[{ required: true, whitespace: true, message: t('org.rename.nameRequired') }, { max: 255 }]}
        >
          <Input maxLength={255} data-testid="rename-name" />
        </Form.Item>
        <DecisionFields />
      </Form>
    </ChangeModal>
  );
}

interface TargetValues extends DecisionValues {
  targetId?: number;
}

/**
 * Move and merge: pick the other unit, preview the effect, then confirm with the decision. The confirm sends the
 * versions the preview read, so a change made in between is refused rather than applied unseen.
 */
function PreviewedChange({ unit, onClose, onDone, mode }: DialogProps & { mode: 'move' | 'merge' }) {
  const { t } = useI18n();
  const [form] = Form.useForm<TargetValues>();
  const [preview, setPreview] = useState<OrgChangePreview | null>(null);
  const [target, setTarget] = useState<number | undefined>();
  const previewing = useChange<unknown, OrgChangePreview>(
    form as never,
    (mode === 'move' ? orgChanges.previewMove : orgChanges.previewMerge) as never,
  );
  const move = useChange(form as never, orgChanges.move);
  const merge = useChange(form as never, orgChanges.merge);
  const done = useDone(unit, onDone);
  const targetField = mode === 'move' ? 'newParentId' : 'targetId';
  const version = (id: number) => preview?.versions.find((v) => v.id === id)?.version ?? 0;

  const runPreview = async () => {
    const values = await form.validateFields([targetField]).catch(() => null);
    const id = values?.[targetField as keyof TargetValues] as number | undefined;
    if (id == null) return;
    if (mode === 'move') {
      previewing.run(unit.id, { newParentId: id } as never, setPreview);
    } else {
      previewing.run(id, { absorbedIds: [unit.id] } as never, setPreview);
    }
  };

  const confirm = (values: TargetValues & { newParentId?: number }) => {
    if (mode === 'move' && values.newParentId != null) {
      move.run(
        unit.id,
        { newParentId: values.newParentId, version: version(unit.id), ...decisionBody(values) },
        (u) => done(u.id),
      );
    } else if (target != null) {
      merge.run(
        target,
        {
          version: version(target),
          absorbed: [{ id: unit.id, version: version(unit.id) }],
          ...decisionBody(values),
        },
        (u) => done(u.id),
      );
    }
  };

  const problem = previewing.problem ?? move.problem ?? merge.problem;
  return (
    <ChangeModal
      title={t(mode === 'move' ? 'org.move.title' : 'org.merge.title', { name: unit.name })}
      form={form}
      testId={`${mode}-dialog`}
      pending={previewing.pending || move.pending || merge.pending}
      okText={preview ? t('org.preview.confirm') : t('org.preview.run')}
      danger={preview != null && mode === 'merge'}
      problem={problem}
      onOk={() => (preview ? form.submit() : void runPreview())}
      onClose={onClose}
    >
      {mode === 'merge' ? (
        <Typography.Paragraph type="secondary">
          {t('org.merge.intro', { name: unit.name })}
        </Typography.Paragraph>
      ) : null}
      <Form<TargetValues>
        form={form}
        layout="vertical"
        name={`${mode}-org-unit`}
        onFinish={confirm}
        onValuesChange={(changed) => {
          if (targetField in changed) {
            setPreview(null);
            setTarget(changed[targetField as keyof TargetValues] as number | undefined);
          }
        }}
      >
        <Form.Item
          name={targetField}
          label={t(mode === 'move' ? 'org.move.target' : 'org.merge.target')}
          rules={[
            {
              required: true,
              message: t(mode === 'move' ? 'org.move.targetRequired' : 'org.merge.targetRequired'),
            },
          ]}
        >
          <TargetPicker testId={`${mode}-target`} />
        </Form.Item>
        {preview ? (
          <>
            <PreviewPanel preview={preview} />
            <div style={{ marginTop: 16 }}>
              <DecisionFields />
            </div>
          </>
        ) : (
          <Alert type="info" showIcon title={t('org.preview.required')} />
        )}
      </Form>
    </ChangeModal>
  );
}

/** OrgTreeSelect as a form control. */
function TargetPicker({
  value,
  onChange,
  id,
  testId,
}: {
  value?: number;
  onChange?: (v: number | undefined) => void;
  id?: string;
  testId: string;
}) {
  return <OrgTreeSelect id={id} value={value} onChange={(v) => onChange?.(v)} testId={testId} />;
}

export const MoveDialog = (props: DialogProps) => <PreviewedChange {...props} mode="move" />;
export const MergeDialog = (props: DialogProps) => <PreviewedChange {...props} mode="merge" />;

interface SplitValues extends DecisionValues {
  kind: OrgUnitKind;
  code: string;
  name: string;
  memberIds?: string[];
  childIds?: number[];
}

const ACTIVE_STATUSES = new Set(['PROBATIONARY', 'OFFICIAL', 'EXEMPTED', 'IN_TRANSIT']);

/** Forms one new unit beside the source with chosen members and child units (preview first, then confirm). */
export function SplitDialog({
  unit,
  onClose,
  onDone,
  parentKind,
}: DialogProps & { parentKind: OrgUnitKind | null }) {
  const { t } = useI18n();
  const [form] = Form.useForm<SplitValues>();
  const [preview, setPreview] = useState<OrgChangePreview | null>(null);
  const previewing = useChange(form as never, orgChanges.previewSplit, 'parts[0].');
  const split = useChange(form as never, orgChanges.split, 'parts[0].');
  const done = useDone(unit, onDone);
  const kinds = parentKind ? allowedChildKinds(parentKind) : [];
  const members = useQuery({
    queryKey: ['members', 'split', unit.id],
    queryFn: () =>
      request(api.GET('/api/v1/members', { params: { query: { orgUnitId: unit.id, page: 0, size: 500 } } })),
    enabled: unit.kind === 'CELL' || unit.kind === 'GRASSROOTS_CELL',
  });
  const children = useQuery({
    queryKey: ['org-units', 'split-children', unit.id],
    queryFn: () =>
      request(
        api.GET('/api/v1/org-units/{id}/children', {
          params: { path: { id: unit.id }, query: { page: 0, size: 500 } },
        }),
      ),
    enabled: unit.childCount > 0,
  });
  const part = (v: SplitValues) => ({
    kind: v.kind,
    code: v.code.trim(),
    name: v.name.trim(),
    memberIds: v.memberIds ?? [],
    childIds: v.childIds ?? [],
  });
  const runPreview = async () => {
    const values = await form
      .validateFields(['kind', 'code', 'name', 'memberIds', 'childIds'])
      .catch(() => null);
    if (!values) return;
    previewing.run(unit.id, { parts: [part(values as SplitValues)] }, setPreview);
  };
  return (
    <ChangeModal
      title={t('org.split.title', { name: unit.name })}
      form={form}
      testId="split-dialog"
      pending={previewing.pending || split.pending}
      okText={preview ? t('org.preview.confirm') : t('org.preview.run')}
      problem={previewing.problem ?? split.problem}
      onOk={() => (preview ? form.submit() : void runPreview())}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">
        {t('org.split.intro', { name: unit.name })}
      </Typography.Paragraph>
      <Form<SplitValues>
        form={form}
        layout="vertical"
        name="split-org-unit"
        initialValues={{ kind: kinds.includes(unit.kind) ? unit.kind : kinds[0] }}
        onValuesChange={(changed) => {
          if (!('decisionNumber' in changed || 'decisionDate' in changed || 'issuer' in changed))
            setPreview(null);
        }}
        onFinish={(values) =>
          split.run(
            unit.id,
            {
              version: preview?.versions.find((v) => v.id === unit.id)?.version ?? unit.version,
              parts: [part(values)],
              ...decisionBody(values),
            },
            (created) => done(created[0]?.id ?? unit.id),
          )
        }
      >
        <Form.Item
          name="kind"
          label={t('org.create.kind')}
          rules={[{ required: true, message: t('org.create.kindRequired') }]}
        >
          <Select
            data-testid="split-kind"
            options={kinds.map((kind) => ({ value: kind, label: t(`org.kind.${kind}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('org.create.code')}
          extra={t('org.create.codeHelp')}
          rules={[
            { required: true, whitespace: true, message: t('org.create.codeRequired') },
            { pattern: /^\s*[A-Za-z0-9._-]+\s*$/, message: t('org.create.codePattern') },
            { max: 40 },
          ]}
        >
          <Input maxLength={40} autoComplete="off" spellCheck={false} data-testid="split-code" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('org.create.name')}
          rules={[{ required: true, whitespace: true, message: t('org.create.nameRequired') }, { max: 255 }]}
        >
          <Input maxLength={255} data-testid="split-name" />
        </Form.Item>
        {members.data ? (
          <Form.Item name="memberIds" label={t('org.split.members')}>
            <Select
              mode="multiple"
              data-testid="split-members"
              placeholder={t('org.split.membersPlaceholder')}
              optionFilterProp="label"
              options={members.data.content
                .filter((m) => ACTIVE_STATUSES.has(m.status))
                .map((m) => ({ value: m.id, label: m.fullName }))}
            />
          </Form.Item>
        ) : null}
        {children.data && children.data.content.length > 0 ? (
          <Form.Item name="childIds" label={t('org.split.children')}>
            <Select
              mode="multiple"
              data-testid="split-children"
              placeholder={t('org.split.childrenPlaceholder')}
              optionFilterProp="label"
              options={children.data.content.map((c) => ({ value: c.id, label: c.name }))}
            />
          </Form.Item>
        ) : null}
        {preview ? (
          <>
            <PreviewPanel preview={preview} />
            <div style={{ marginTop: 16 }}>
              <DecisionFields />
            </div>
          </>
        ) : (
          <Alert type="info" showIcon title={t('org.preview.required')} />
        )}
      </Form>
    </ChangeModal>
  );
}

export function DissolveDialog({ unit, onClose, onDone }: DialogProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<DecisionValues>();
  const change = useChange(form as never, orgChanges.dissolve);
  const done = useDone(unit, onDone);
  return (
    <ChangeModal
      title={t('org.dissolve.title', { name: unit.name })}
      form={form}
      testId="dissolve-dialog"
      pending={change.pending}
      okText={t('org.dissolve.submit')}
      danger
      problem={change.problem}
      onOk={() => form.submit()}
      onClose={onClose}
    >
      <Alert type="warning" showIcon title={t('org.dissolve.intro')} style={{ marginBottom: 16 }} />
      <Form<DecisionValues>
        form={form}
        layout="vertical"
        name="dissolve-org-unit"
        onFinish={(values) =>
          change.run(unit.id, { version: unit.version, ...decisionBody(values) }, () =>
            done(unit.parentId ?? unit.id),
          )
        }
      >
        <DecisionFields />
      </Form>
    </ChangeModal>
  );
}

interface TermValues {
  congressNumber?: number;
  startsOn?: Dayjs;
  lengthMonths?: number;
}

export function TermDialog({ unit, onClose, onDone }: DialogProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<TermValues>();
  const terms = useUnitTerms(unit.id);
  const change = useChange(form as never, orgChanges.addTerm);
  const done = useDone(unit, onDone);
  const lengths = terms.data?.allowedLengths ?? [];
  const latest = terms.data?.terms[0];
  return (
    <ChangeModal
      title={t('org.term.title', { name: unit.name })}
      form={form}
      testId="term-dialog"
      pending={change.pending}
      okText={t('org.term.submit')}
      problem={change.problem}
      onOk={() => form.submit()}
      onClose={onClose}
    >
      {terms.data && lengths.length === 0 ? (
        <Alert type="info" showIcon title={t('org.term.none')} />
      ) : (
        <Form<TermValues>
          form={form}
          layout="vertical"
          name="add-org-term"
          initialValues={{ lengthMonths: lengths.length === 1 ? lengths[0] : undefined }}
          onFinish={(values) =>
            change.run(
              unit.id,
              {
                congressNumber: values.congressNumber as number,
                startsOn: values.startsOn ? toIsoDate(values.startsOn) : '',
                lengthMonths: values.lengthMonths as number,
              },
              () => done(unit.id),
            )
          }
        >
          <Form.Item
            name="congressNumber"
            label={t('org.term.congressNumber')}
            extra={
              latest
                ? t('org.term.label', {
                    from: latest.startsOn,
                    to: latest.endsOn,
                    number: latest.congressNumber,
                  })
                : undefined
            }
            rules={[{ required: true, message: t('org.term.congressRequired') }]}
          >
            <InputNumber min={1} max={99} style={{ width: '100%' }} data-testid="term-number" />
          </Form.Item>
          <Form.Item
            name="startsOn"
            label={t('org.term.startsOn')}
            rules={[{ required: true, message: t('org.term.startsRequired') }]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} data-testid="term-starts" />
          </Form.Item>
          <Form.Item
            name="lengthMonths"
            label={t('org.term.length')}
            rules={[{ required: true, message: t('org.term.lengthRequired') }]}
          >
            <Select
              data-testid="term-length"
              options={lengths.map((m) => ({
                value: m,
                label: t(m === 30 ? 'org.term.months30' : 'org.term.months60'),
              }))}
            />
          </Form.Item>
        </Form>
      )}
    </ChangeModal>
  );
}
