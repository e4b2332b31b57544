import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { applyProblemToForm } from '../../../components/forms';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { DATE_FORMAT, formatDate, toIsoDate } from '../../../i18n/format';
import { useSession } from '../../../session';
import { PROGRAMME_WRITER_ROLES } from '../../programme/ProgrammeForms';
import { useWritableProgrammes } from '../../programme/useProgrammeQueries';
import { DURATIONS, formatDays, monthOf, PURPOSES } from '../grassrootsModel';
import type { CommitteeMember, FollowUp, Visit, VisitDuration, VisitPurpose } from '../grassrootsTypes';
import { useFollowUpStatus, useLogVisit, useVisits } from '../useGrassrootsQueries';
import {
  EditVisitModal,
  FollowUpToTaskModal,
  ProgrammeTaskTag,
  problemText,
  ToTaskButton,
  VisitRowActions,
} from './VisitActions';

interface Values {
  visitedOn: Dayjs;
  duration: VisitDuration;
  orgUnitId: number;
  purpose: VisitPurpose;
  findings?: string;
  followUps?: Array<{ text: string; owner?: string; dueOn?: Dayjs }>;
}

/** One committee member's visits of a month and the form to log one (by the member, or by the staff for them). */
export function VisitLog({ appointment }: { appointment: CommitteeMember }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [month, setMonth] = useState<Dayjs>(dayjs().startOf('month'));
  const period = monthOf(month);
  const visits = useVisits(appointment.id, period.from, period.to);
  const log = useLogVisit();
  const status = useFollowUpStatus();
  const [form] = Form.useForm<Values>();
  const [editing, setEditing] = useState<Visit | undefined>();
  const [handingOver, setHandingOver] = useState<FollowUp | undefined>();
  const { me } = useSession();
  const writer = me.roles.some((g) => PROGRAMME_WRITER_ROLES.has(g.role));
  const writable = useWritableProgrammes(writer);
  const programmes = writable.data ?? [];
  const units = [
    { value: appointment.committeeUnitId, label: appointment.committeeUnitName },
    ...appointment.assignedUnits
      .filter((u) => u.id !== appointment.committeeUnitId)
      .map((u) => ({ value: u.id, label: u.name })),
  ];
  const rows = visits.data ?? [];
  const days = rows.reduce((sum, v) => sum + (v.duration === 'HALF_DAY' ? 0.5 : 1), 0);

  const followUpTag = (f: FollowUp) => (
    <Flex key={f.id} gap={4} align="center" wrap>
      <Typography.Text>{f.text}</Typography.Text>
      {f.owner ? <Typography.Text type="secondary">({f.owner})</Typography.Text> : null}
      {f.dueOn ? <Typography.Text type="secondary">{formatDate(f.dueOn)}</Typography.Text> : null}
      {f.programmeTaskId ? (
        <ProgrammeTaskTag followUp={f} />
      ) : (
        <>
          <Select
            size="small"
            value={f.status}
            aria-label={t('grassroots.field.followUpStatus')}
            style={{ width: 150 }}
            onChange={(next) => status.mutate({ id: f.id, status: next, version: f.version })}
            options={(['OPEN', 'DONE'] as const).map((s) => ({
              value: s,
              label: t(`grassroots.followUpStatus.${s}`),
            }))}
          />
          {f.status === 'OPEN' && programmes.length > 0 ? (
            <ToTaskButton followUp={f} onClick={() => setHandingOver(f)} />
          ) : null}
        </>
      )}
    </Flex>
  );

  const columns: TableColumnsType<Visit> = [
    { key: 'day', title: t('grassroots.field.visitedOn'), render: (_, v) => formatDate(v.visitedOn) },
    {
      key: 'unit',
      onCell: () => ({ style: { minWidth: 140 } }),
      title: t('grassroots.field.unit'),
      render: (_, v) => (
        <Space size={4} wrap>
          {v.unitName}
          {v.assigned ? <Tag color="blue">{t('grassroots.assigned')}</Tag> : null}
        </Space>
      ),
    },
    {
      key: 'duration',
      title: t('grassroots.field.duration'),
      render: (_, v) => t(`grassroots.duration.${v.duration}`),
    },
    {
      key: 'purpose',
      title: t('grassroots.field.purpose'),
      render: (_, v) => t(`grassroots.purpose.${v.purpose}`),
    },
    {
      key: 'findings',
      title: t('grassroots.field.findings'),
      render: (_, v) => v.findings,
      onCell: () => ({ style: { minWidth: 180 } }),
    },
    {
      key: 'followUps',
      title: t('grassroots.field.followUps'),
      render: (_, v) => (
        <Flex vertical gap={4}>
          {v.followUps.map(followUpTag)}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: '',
      render: (_, v) => (
        <Flex gap={4}>
          <VisitRowActions visit={v} units={units} onEdit={setEditing} />
        </Flex>
      ),
    },
  ];

  const submit = (values: Values) =>
    log.mutate(
      {
        committeeMemberId: appointment.id,
        orgUnitId: values.orgUnitId,
        visitedOn: toIsoDate(values.visitedOn),
        duration: values.duration,
        purpose: values.purpose,
        findings: values.findings,
        followUps: (values.followUps ?? [])
          .filter((f) => f?.text?.trim())
          .map((f) => ({ text: f.text, owner: f.owner, dueOn: f.dueOn ? toIsoDate(f.dueOn) : undefined })),
      },
      {
        onSuccess: () => {
          message.success(t('grassroots.logged'));
          form.resetFields();
        },
        onError: (error) => applyProblemToForm(form, error),
      },
    );

  return (
    <Flex vertical gap="middle">
      <Flex gap="middle" align="center" wrap>
        <DatePicker
          picker="month"
          format="MM/YYYY"
          allowClear={false}
          value={month}
          onChange={(value) => value && setMonth(value)}
          aria-label={t('grassroots.field.month')}
          data-testid="grassroots-visit-month"
        />
        <Typography.Text type="secondary" data-testid="grassroots-visit-total">
          {t('grassroots.monthTotal', { count: rows.length, days: formatDays(days) })}
        </Typography.Text>
      </Flex>
      <ProblemAlert error={visits.error} onRetry={() => visits.refetch()} />
      {status.isError ? (
        <Typography.Text type="danger">
          {problemText(status.error, t('grassroots.edit.stale'))}
        </Typography.Text>
      ) : null}
      <Table<Visit>
        rowKey="id"
        size="small"
        data-testid="grassroots-visits"
        loading={visits.isFetching}
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('grassroots.noVisits') }}
      />
      {editing ? (
        <EditVisitModal visit={editing} units={units} onClose={() => setEditing(undefined)} />
      ) : null}
      {handingOver ? (
        <FollowUpToTaskModal
          followUp={handingOver}
          programmes={programmes}
          onClose={() => setHandingOver(undefined)}
        />
      ) : null}
      <Card size="small" title={t('grassroots.logVisit')}>
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{
            visitedOn: dayjs(),
            duration: 'FULL_DAY',
            orgUnitId: units[units.length - 1]?.value,
          }}
          data-testid="grassroots-visit-form"
        >
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <Form.Item
                name="visitedOn"
                label={t('grassroots.field.visitedOn')}
                rules={[{ required: true }]}
              >
                <DatePicker
                  format={DATE_FORMAT}
                  style={{ width: '100%' }}
                  data-testid="grassroots-visit-day"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="duration" label={t('grassroots.field.duration')} rules={[{ required: true }]}>
                <Select
                  data-testid="grassroots-visit-duration"
                  options={DURATIONS.map((d) => ({ value: d, label: t(`grassroots.duration.${d}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="orgUnitId" label={t('grassroots.field.unit')} rules={[{ required: true }]}>
                <Select data-testid="grassroots-visit-unit" options={units} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="purpose"
                label={t('grassroots.field.purpose')}
                rules={[{ required: true, message: t('grassroots.required') }]}
              >
                <Select
                  data-testid="grassroots-visit-purpose"
                  options={PURPOSES.map((p) => ({ value: p, label: t(`grassroots.purpose.${p}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="findings" label={t('grassroots.field.findings')}>
                <Input.TextArea rows={2} maxLength={4000} data-testid="grassroots-visit-findings" />
              </Form.Item>
            </Col>
          </Row>
          <Form.List name="followUps">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8} style={{ marginBottom: 16 }}>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} wrap align="baseline">
                    <Form.Item
                      name={[field.name, 'text']}
                      rules={[{ required: true, whitespace: true, message: t('grassroots.required') }]}
                      style={{ flex: 2, minWidth: 200, marginBottom: 0 }}
                    >
                      <Input placeholder={t('grassroots.field.followUpText')} maxLength={1000} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'owner']}
                      style={{ flex: 1, minWidth: 140, marginBottom: 0 }}
                    >
                      <Input placeholder={t('grassroots.field.followUpOwner')} maxLength={200} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'dueOn']} style={{ marginBottom: 0 }}>
                      <DatePicker format={DATE_FORMAT} placeholder={t('grassroots.field.followUpDue')} />
                    </Form.Item>
                    <MinusCircleOutlined
                      aria-label={t('grassroots.removeFollowUp')}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add()}
                  style={{ alignSelf: 'start' }}
                >
                  {t('grassroots.addFollowUp')}
                </Button>
              </Flex>
            )}
          </Form.List>
          {log.isError ? <ProblemAlert error={log.error} /> : null}
          <Button
            type="primary"
            htmlType="submit"
            loading={log.isPending}
            data-testid="grassroots-visit-save"
          >
            {t('grassroots.logVisit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
