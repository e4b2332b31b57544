import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { applyProblemToForm } from '../../components/forms';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { DATE_FORMAT, toIsoDate } from '../../i18n/format';
import type { CommitteeSeat, ProgrammeView } from './programmeTypes';
import { useAdoptProgramme, useCreateProgramme, useReviseProgramme } from './useProgrammeQueries';

/** The roles that issue programmes and report on them (the server's ProgrammeManagement.WRITERS). */
export const PROGRAMME_WRITER_ROLES = new Set(['CITY_OFFICE', 'ORG_STAFF', 'CELL_SECRETARY']);

interface CreateValues {
  issuingUnitId: number;
  code: string;
  title: string;
  period: [Dayjs, Dayjs];
  goals?: string;
}

/** Issues a programme of a unit in the user's scope; opens it once created. */
export function CreateProgrammeModal({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<CreateValues>();
  const create = useCreateProgramme();
  const required = [{ required: true, message: t('programme.report.required') }];
  return (
    <Modal
      open
      title={t('programme.create.title')}
      onCancel={onClose}
      okText={t('programme.create.submit')}
      okButtonProps={{ loading: create.isPending, 'data-testid': 'programme-create-submit' } as never}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ProblemAlert error={create.error} />
      <Form<CreateValues>
        form={form}
        layout="vertical"
        onFinish={(v) =>
          create.mutate(
            {
              issuingUnitId: v.issuingUnitId,
              code: v.code.trim(),
              title: v.title.trim(),
              periodFrom: toIsoDate(v.period[0]),
              periodTo: toIsoDate(v.period[1]),
              goals: v.goals?.trim() || undefined,
            },
            {
              onSuccess: (created) => navigate(`/programmes/${created.id}`),
              onError: (e) => applyProblemToForm(form, e),
            },
          )
        }
      >
        <Form.Item name="issuingUnitId" label={t('programme.detail.issuer')} rules={required}>
          <OrgTreeSelect testId="programme-create-unit" />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('programme.column.code')}
          rules={required}
          extra={t('programme.create.codeHint')}
        >
          <Input data-testid="programme-create-code" maxLength={40} />
        </Form.Item>
        <Form.Item name="title" label={t('programme.column.title')} rules={required}>
          <Input data-testid="programme-create-title" maxLength={500} />
        </Form.Item>
        <Form.Item name="period" label={t('programme.detail.period')} rules={required}>
          <DatePicker.RangePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="goals" label={t('programme.detail.goals')}>
          <Input.TextArea rows={3} maxLength={8000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface AdoptValues {
  issuingUnitId: number;
  code: string;
  title?: string;
  targets?: Record<string, number | null>;
  ownTasks?: Array<{ title: string; ownerUnitId: number; ownerPerson?: string; deadline: Dayjs }>;
}

/**
 * A subordinate unit adopts the programme: its own target for each indicator (the parent's unless changed) and tasks
 * of its own besides the parent's; opens the new programme, where the unit revises them afterwards.
 */
export function AdoptProgrammeModal({ p, onClose }: { p: ProgrammeView; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<AdoptValues>();
  const adopt = useAdoptProgramme(p.id);
  const required = [{ required: true, message: t('programme.report.required') }];
  const measured = p.indicators.filter((i) => i.direction !== 'BY_DATE');
  return (
    <Modal
      open
      width={720}
      title={t('programme.adopt.title', { code: p.code })}
      onCancel={onClose}
      okText={t('programme.adopt.submit')}
      okButtonProps={{ loading: adopt.isPending, 'data-testid': 'programme-adopt-submit' } as never}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ProblemAlert error={adopt.error} />
      <Form<AdoptValues>
        form={form}
        layout="vertical"
        initialValues={{ targets: Object.fromEntries(measured.map((i) => [i.id, i.target])) }}
        onFinish={(v) => {
          const targets = Object.fromEntries(
            measured
              .filter((i) => v.targets?.[i.id] != null && v.targets[i.id] !== i.target)
              .map((i) => [i.id, v.targets?.[i.id] as number]),
          );
          adopt.mutate(
            {
              issuingUnitId: v.issuingUnitId,
              code: v.code.trim(),
              title: v.title?.trim() || undefined,
              targets,
              ownTasks: (v.ownTasks ?? []).map((task) => ({
                title: task.title.trim(),
                ownerUnitId: task.ownerUnitId,
                ownerPerson: task.ownerPerson?.trim() || undefined,
                deadline: toIsoDate(task.deadline),
              })),
            },
            {
              onSuccess: (child) => {
                message.success(t('programme.adopt.done'));
                navigate(`/programmes/${child.id}`);
              },
              onError: (e) => applyProblemToForm(form, e),
            },
          );
        }}
      >
        <Form.Item name="issuingUnitId" label={t('programme.adopt.unit')} rules={required}>
          <OrgTreeSelect testId="programme-adopt-unit" />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('programme.column.code')}
          rules={required}
          extra={t('programme.create.codeHint')}
        >
          <Input data-testid="programme-adopt-code" maxLength={40} />
        </Form.Item>
        <Form.Item name="title" label={t('programme.column.title')}>
          <Input maxLength={500} placeholder={p.title} />
        </Form.Item>
        {measured.length > 0 ? (
          <>
            <Typography.Title level={5}>{t('programme.adopt.targets')}</Typography.Title>
            <Typography.Paragraph type="secondary">{t('programme.adopt.targetsHint')}</Typography.Paragraph>
            {measured.map((i) => (
              <Form.Item
                key={i.id}
                name={['targets', i.id]}
                label={`${i.seq}. ${i.name} (${i.unit})`}
                rules={required}
              >
                <InputNumber style={{ width: '100%' }} data-testid={`programme-adopt-target-${i.seq}`} />
              </Form.Item>
            ))}
          </>
        ) : null}
        <Typography.Title level={5}>{t('programme.adopt.ownTasks')}</Typography.Title>
        <Form.List name="ownTasks">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} wrap align="baseline">
                  <Form.Item
                    name={[field.name, 'title']}
                    rules={[{ required: true, whitespace: true, message: t('programme.report.required') }]}
                    style={{ flex: 2, minWidth: 200, marginBottom: 0 }}
                  >
                    <Input
                      placeholder={t('programme.task.title')}
                      maxLength={500}
                      data-testid={`programme-adopt-task-title-${field.name}`}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'ownerUnitId']}
                    rules={required}
                    style={{ flex: 1, minWidth: 180, marginBottom: 0 }}
                  >
                    <OrgTreeSelect testId={`programme-adopt-task-unit-${field.name}`} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'ownerPerson']}
                    style={{ flex: 1, minWidth: 140, marginBottom: 0 }}
                  >
                    <Input placeholder={t('programme.add.person')} maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'deadline']} rules={required} style={{ marginBottom: 0 }}>
                    <DatePicker
                      format={DATE_FORMAT}
                      placeholder={t('programme.task.deadline')}
                      data-testid={`programme-adopt-task-deadline-${field.name}`}
                    />
                  </Form.Item>
                  <MinusCircleOutlined
                    aria-label={t('programme.adopt.removeOwnTask')}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add()}
                style={{ alignSelf: 'start' }}
                data-testid="programme-adopt-add-task"
              >
                {t('programme.adopt.addOwnTask')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

interface ReviseValues {
  code: string;
  title: string;
  period: [Dayjs, Dayjs];
  goals?: string;
  committee?: Array<{ fullName: string; role: CommitteeSeat['role']; position?: string; memberId?: string }>;
  documents?: Array<{ label: string; documentId?: string }>;
}

const ROLES: CommitteeSeat['role'][] = ['HEAD', 'DEPUTY', 'MEMBER', 'SECRETARY'];

/**
 * Revises what a programme says — number, title, period, goals, steering committee and linked documents — under the
 * version read (a stale one is refused with 409, shown, and the programme read again).
 */
export function ReviseProgrammeModal({ p, onClose }: { p: ProgrammeView; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReviseValues>();
  const revise = useReviseProgramme(p.id);
  const required = [{ required: true, whitespace: true, message: t('programme.report.required') }];
  return (
    <Modal
      open
      width={720}
      title={t('programme.edit.programme')}
      onCancel={onClose}
      okText={t('programme.edit.submit')}
      okButtonProps={{ loading: revise.isPending, 'data-testid': 'programme-revise-submit' } as never}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ProblemAlert error={revise.error} />
      <Form<ReviseValues>
        form={form}
        layout="vertical"
        initialValues={{
          code: p.code,
          title: p.title,
          period: [dayjs(p.periodFrom), dayjs(p.periodTo)],
          goals: p.goals ?? undefined,
          committee: p.committee.map((c) => ({
            fullName: c.fullName,
            role: c.role,
            position: c.position ?? undefined,
            memberId: c.memberId ?? undefined,
          })),
          documents: p.documents.map((d) => ({ label: d.label, documentId: d.documentId ?? undefined })),
        }}
        onFinish={(v) =>
          revise.mutate(
            {
              code: v.code.trim(),
              title: v.title.trim(),
              periodFrom: toIsoDate(v.period[0]),
              periodTo: toIsoDate(v.period[1]),
              goals: v.goals?.trim() || undefined,
              committee: (v.committee ?? []).map((c) => ({
                fullName: c.fullName.trim(),
                role: c.role,
                position: c.position?.trim() || undefined,
                memberId: c.memberId,
              })),
              documents: (v.documents ?? []).map((d) => ({
                label: d.label.trim(),
                documentId: d.documentId,
              })),
              version: p.version,
            },
            {
              onSuccess: () => {
                message.success(t('programme.edit.done'));
                onClose();
              },
              onError: (e) => applyProblemToForm(form, e),
            },
          )
        }
      >
        <Form.Item
          name="code"
          label={t('programme.column.code')}
          rules={required}
          extra={t('programme.create.codeHint')}
        >
          <Input data-testid="programme-revise-code" maxLength={40} />
        </Form.Item>
        <Form.Item name="title" label={t('programme.column.title')} rules={required}>
          <Input data-testid="programme-revise-title" maxLength={500} />
        </Form.Item>
        <Form.Item name="period" label={t('programme.detail.period')} rules={[{ required: true }]}>
          <DatePicker.RangePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="goals" label={t('programme.detail.goals')}>
          <Input.TextArea rows={3} maxLength={8000} data-testid="programme-revise-goals" />
        </Form.Item>
        <Typography.Title level={5}>{t('programme.detail.committee')}</Typography.Title>
        <Form.List name="committee">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8} style={{ marginBottom: 16 }}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} wrap align="baseline">
                  <Form.Item
                    name={[field.name, 'fullName']}
                    rules={required}
                    style={{ flex: 2, minWidth: 180, marginBottom: 0 }}
                  >
                    <Input
                      placeholder={t('programme.edit.seatName')}
                      maxLength={200}
                      data-testid={`programme-revise-seat-${field.name}`}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'role']}
                    rules={[{ required: true, message: t('programme.report.required') }]}
                    style={{ minWidth: 150, marginBottom: 0 }}
                  >
                    <Select options={ROLES.map((r) => ({ value: r, label: t(`programme.role.${r}`) }))} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'position']}
                    style={{ flex: 2, minWidth: 180, marginBottom: 0 }}
                  >
                    <Input placeholder={t('programme.edit.seatPosition')} maxLength={200} />
                  </Form.Item>
                  <MinusCircleOutlined
                    aria-label={t('programme.edit.removeRow')}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ role: 'MEMBER' })}
                style={{ alignSelf: 'start' }}
                data-testid="programme-revise-add-seat"
              >
                {t('programme.edit.addSeat')}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Typography.Title level={5}>{t('programme.detail.documents')}</Typography.Title>
        <Form.List name="documents">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="baseline">
                  <Form.Item
                    name={[field.name, 'label']}
                    rules={required}
                    style={{ flex: 1, marginBottom: 0 }}
                  >
                    <Input
                      placeholder={t('programme.edit.documentLabel')}
                      maxLength={300}
                      data-testid={`programme-revise-document-${field.name}`}
                    />
                  </Form.Item>
                  <MinusCircleOutlined
                    aria-label={t('programme.edit.removeRow')}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add()}
                style={{ alignSelf: 'start' }}
                data-testid="programme-revise-add-document"
              >
                {t('programme.edit.addDocument')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
