import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { TableColumnsType } from 'antd';
import { Button, Card, Checkbox, Flex, Form, Input, List, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, request } from '../../../api/http';
import { applyProblemToForm } from '../../../components/forms';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import type { ConferenceView, Participant } from '../conferenceTypes';
import {
  useAddGroup,
  useAddParticipant,
  useReplaceAgenda,
  useUpdateParticipant,
} from '../useConferenceQueries';

const ATTENDANCE = ['PRESENT', 'EXCUSED', 'ABSENT'] as const;
const EXCLUSIONS = ['TEMPORARILY_ELSEWHERE', 'SUSPENDED', 'PROSECUTED'] as const;

/** The agenda, in order; the staff edit it as a list. */
export function AgendaTab({ conference }: { conference: ConferenceView }) {
  const { t } = useI18n();
  const replace = useReplaceAgenda(conference.id);
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<{ items: { title: string; presenter?: string }[] }>();
  if (editing) {
    return (
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          items: conference.agenda.map((a) => ({ title: a.title, presenter: a.presenter ?? undefined })),
        }}
        onFinish={(v) =>
          replace.mutate(
            {
              version: conference.version,
              items: (v.items ?? []).map((i) => ({ title: i.title, presenter: i.presenter || undefined })),
            },
            { onSuccess: () => setEditing(false), onError: (e) => applyProblemToForm(form, e) },
          )
        }
      >
        <ProblemAlert error={replace.error} />
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} wrap align="start">
                  <Typography.Text style={{ paddingTop: 6 }}>{index + 1}.</Typography.Text>
                  <Form.Item
                    name={[field.name, 'title']}
                    rules={[{ required: true, message: t('conference.required') }]}
                    style={{ flex: '2 1 240px' }}
                  >
                    <Input
                      placeholder={t('conference.field.agendaTitle')}
                      data-testid={`agenda-title-${index}`}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'presenter']} style={{ flex: '1 1 160px' }}>
                    <Input placeholder={t('conference.field.presenter')} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="x" />
                </Flex>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add()} data-testid="agenda-add">
                {t('conference.agenda.addItem')}
              </Button>
            </>
          )}
        </Form.List>
        <Space style={{ marginTop: 12 }}>
          <Button type="primary" htmlType="submit" loading={replace.isPending} data-testid="agenda-save">
            {t('conference.save')}
          </Button>
          <Button onClick={() => setEditing(false)}>{t('conference.cancel')}</Button>
        </Space>
      </Form>
    );
  }
  return (
    <>
      <List
        dataSource={conference.agenda}
        locale={{ emptyText: t('conference.agenda.empty') }}
        renderItem={(a) => (
          <List.Item>
            <Typography.Text>
              {a.position}. {a.title}
              {a.presenter ? <Typography.Text type="secondary"> — {a.presenter}</Typography.Text> : null}
            </Typography.Text>
          </List.Item>
        )}
      />
      {conference.manageable ? (
        <Button onClick={() => setEditing(true)} data-testid="agenda-edit">
          {t('conference.agenda.edit')}
        </Button>
      ) : null}
    </>
  );
}

interface AddValues {
  role: 'BODY_MEMBER' | 'GUEST';
  memberId?: string;
  fullName?: string;
  positionTitle?: string;
  groupId?: string;
}

/** Members of the body and guests with attendance, group and the exclusions from the vote base. */
export function ParticipantsTab({ conference }: { conference: ConferenceView }) {
  const { t } = useI18n();
  const update = useUpdateParticipant(conference.id);
  const groups = conference.groups.map((g) => ({ value: g.id, label: g.name }));
  const set = (p: Participant, change: Partial<Participant>) => {
    const next = { ...p, ...change };
    update.mutate({
      participantId: p.id,
      body: {
        positionTitle: next.positionTitle ?? undefined,
        exempt: next.exempt,
        exclusion: next.exclusion ?? undefined,
        attendance: next.attendance ?? undefined,
        groupId: next.groupId ?? undefined,
        groupLeader: next.groupLeader,
        version: p.version,
      },
    });
  };
  const columns: TableColumnsType<Participant> = [
    {
      key: 'name',
      title: t('conference.field.fullName'),
      render: (_, p) => (
        <Flex vertical>
          <Space size={4} wrap>
            <Typography.Text strong>{p.fullName}</Typography.Text>
            {p.id === conference.participantId ? (
              <Tag color="blue">{t('conference.participants.you')}</Tag>
            ) : null}
            {p.exempt ? <Tag>{t('conference.participants.exempt')}</Tag> : null}
          </Space>
          <Typography.Text type="secondary">
            {t(`conference.role.${p.role}`)}
            {p.positionTitle ? ` · ${p.positionTitle}` : ''}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'attendance',
      title: t('conference.tab.participants'),
      render: (_, p) =>
        conference.manageable ? (
          <Select
            size="small"
            style={{ minWidth: 140 }}
            value={p.attendance ?? undefined}
            placeholder={t('conference.attendance.none')}
            data-testid={`attendance-${p.id}`}
            aria-label={t('conference.tab.participants')}
            onChange={(attendance) => set(p, { attendance })}
            options={ATTENDANCE.map((a) => ({ value: a, label: t(`conference.attendance.${a}`) }))}
          />
        ) : (
          t(`conference.attendance.${p.attendance ?? 'none'}`)
        ),
    },
    {
      key: 'group',
      title: t('conference.field.group'),
      render: (_, p) =>
        conference.manageable ? (
          <Space wrap>
            <Select
              size="small"
              allowClear
              style={{ minWidth: 110 }}
              value={p.groupId ?? undefined}
              aria-label={t('conference.field.group')}
              onChange={(groupId) => set(p, { groupId: groupId ?? null, groupLeader: false })}
              options={groups}
            />
            {p.groupId ? (
              <Checkbox checked={p.groupLeader} onChange={(e) => set(p, { groupLeader: e.target.checked })}>
                {t('conference.field.leader')}
              </Checkbox>
            ) : null}
          </Space>
        ) : (
          (conference.groups.find((g) => g.id === p.groupId)?.name ?? '—')
        ),
      responsive: ['md'],
    },
    {
      key: 'exclusion',
      title: t('conference.field.exclusion'),
      render: (_, p) =>
        p.role !== 'BODY_MEMBER' ? null : conference.manageable ? (
          <Select
            size="small"
            allowClear
            style={{ minWidth: 160 }}
            value={p.exclusion ?? undefined}
            placeholder={t('conference.exclusion.none')}
            aria-label={t('conference.field.exclusion')}
            onChange={(exclusion) => set(p, { exclusion: exclusion ?? null })}
            options={EXCLUSIONS.map((x) => ({ value: x, label: t(`conference.exclusion.${x}`) }))}
          />
        ) : p.exclusion ? (
          t(`conference.exclusion.${p.exclusion}`)
        ) : null,
      responsive: ['lg'],
    },
  ];
  return (
    <>
      <Typography.Paragraph data-testid="conference-base">
        {t('conference.participants.base', { base: conference.base })}
      </Typography.Paragraph>
      <ProblemAlert error={update.error} />
      <Table<Participant>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={conference.participants}
        pagination={false}
        data-testid="conference-participants"
      />
      {conference.manageable ? <AddParticipantForm conference={conference} /> : null}
    </>
  );
}

function AddParticipantForm({ conference }: { conference: ConferenceView }) {
  const { t } = useI18n();
  const add = useAddParticipant(conference.id);
  const [form] = Form.useForm<AddValues>();
  const role = Form.useWatch('role', form);
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['conferences', 'member-search', q],
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/member-lookup', {
          params: { query: { q: q.trim(), orgUnitId: conference.orgUnitId } },
          signal,
        }),
      ),
    enabled: q.trim().length >= 2,
    staleTime: 60_000,
  });
  return (
    <Card size="small" title={t('conference.participants.add')} style={{ marginTop: 16 }}>
      <ProblemAlert error={add.error} />
      <Form<AddValues>
        form={form}
        layout="vertical"
        initialValues={{ role: 'BODY_MEMBER' }}
        onFinish={(v) =>
          add.mutate(
            {
              role: v.role,
              memberId: v.memberId,
              fullName: v.fullName?.trim() || undefined,
              positionTitle: v.positionTitle?.trim() || undefined,
              groupId: v.groupId,
            },
            {
              onSuccess: () => form.resetFields(['memberId', 'fullName', 'positionTitle']),
              onError: (e) => applyProblemToForm(form, e),
            },
          )
        }
      >
        <Flex gap={12} wrap>
          <Form.Item name="role" label={t('conference.field.kind')} style={{ minWidth: 160 }}>
            <Select
              options={(['BODY_MEMBER', 'GUEST'] as const).map((r) => ({
                value: r,
                label: t(`conference.role.${r}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="memberId"
            label={t('conference.field.member')}
            rules={role === 'BODY_MEMBER' ? [{ required: true, message: t('conference.required') }] : []}
            style={{ flex: '1 1 260px' }}
          >
            <Select
              showSearch
              allowClear
              filterOption={false}
              onSearch={setQ}
              data-testid="participant-member"
              placeholder={t('conference.field.search')}
              loading={found.isFetching}
              notFoundContent={null}
              options={(found.data ?? []).map((m) => ({
                value: m.id,
                label: `${m.fullName} — ${m.cellName}`,
              }))}
            />
          </Form.Item>
          {role === 'GUEST' ? (
            <Form.Item name="fullName" label={t('conference.field.fullName')} style={{ flex: '1 1 200px' }}>
              <Input maxLength={200} data-testid="participant-name" />
            </Form.Item>
          ) : null}
          <Form.Item
            name="positionTitle"
            label={t('conference.field.position')}
            style={{ flex: '1 1 200px' }}
          >
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="groupId" label={t('conference.field.group')} style={{ minWidth: 120 }}>
            <Select allowClear options={conference.groups.map((g) => ({ value: g.id, label: g.name }))} />
          </Form.Item>
        </Flex>
        <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="participant-add">
          {t('conference.add')}
        </Button>
      </Form>
    </Card>
  );
}

/** Discussion groups with their leader and size. */
export function GroupsTab({ conference }: { conference: ConferenceView }) {
  const { t } = useI18n();
  const add = useAddGroup(conference.id);
  const [form] = Form.useForm<{ name: string }>();
  return (
    <>
      <List
        dataSource={conference.groups}
        locale={{ emptyText: t('conference.groups.empty') }}
        data-testid="conference-groups"
        renderItem={(g) => (
          <List.Item>
            <Flex vertical>
              <Typography.Text strong>{g.name}</Typography.Text>
              <Typography.Text type="secondary">
                {t('conference.groups.members', { count: g.members })}
                {g.leaderName ? ` · ${t('conference.field.leader')}: ${g.leaderName}` : ''}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      {conference.manageable ? (
        <Form
          form={form}
          layout="inline"
          style={{ marginTop: 12, rowGap: 8 }}
          onFinish={(v) =>
            add.mutate(v.name.trim(), {
              onSuccess: () => form.resetFields(),
              onError: (e) => applyProblemToForm(form, e),
            })
          }
        >
          <Form.Item
            name="name"
            label={t('conference.field.groupName')}
            rules={[{ required: true, message: t('conference.required') }]}
          >
            <Input maxLength={200} data-testid="group-name" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="group-add">
            {t('conference.groups.add')}
          </Button>
        </Form>
      ) : null}
      {add.isError ? <ProblemAlert error={add.error} /> : null}
    </>
  );
}
