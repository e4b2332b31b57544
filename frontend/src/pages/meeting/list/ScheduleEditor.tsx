import {
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Select,
  Table,
  TimePicker,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { applyProblemToForm } from '../../../components/forms';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { MEETING_KINDS, type MeetingKind, type ScheduleView } from '../meetingTypes';
import { useDeleteSchedule, useGenerate, useSaveSchedule, useSchedules } from '../useMeetingQueries';

interface Values {
  orgUnitId: number;
  kind: MeetingKind;
  title: string;
  rule: 'day' | 'weekday';
  dayOfMonth?: number;
  weekOfMonth?: number;
  dayOfWeek?: number;
  startTime: Dayjs;
  place?: string;
}

const WEEKS = ['1', '2', '3', '4', '-1'] as const;
const DAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

/** The cells' recurring schedules: add, delete, and plan the coming months' meetings. */
export function ScheduleEditor({ cellId }: { cellId?: number }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [rule, setRule] = useState<'day' | 'weekday'>('day');
  const schedules = useSchedules();
  const save = useSaveSchedule();
  const remove = useDeleteSchedule();
  const generate = useGenerate();
  const describe = (s: ScheduleView) =>
    s.dayOfMonth
      ? t('meeting.schedule.dayOfMonth', { day: s.dayOfMonth })
      : t('meeting.schedule.weekday', {
          week: t(`meeting.schedule.weeks.${String(s.weekOfMonth)}` as never),
          day: t(`meeting.schedule.days.${String(s.dayOfWeek)}` as never),
        });
  const submit = (v: Values) =>
    save.mutate(
      {
        orgUnitId: v.orgUnitId,
        kind: v.kind,
        title: v.title,
        dayOfMonth: v.rule === 'day' ? v.dayOfMonth : undefined,
        weekOfMonth: v.rule === 'weekday' ? v.weekOfMonth : undefined,
        dayOfWeek: v.rule === 'weekday' ? v.dayOfWeek : undefined,
        startTime: v.startTime.format('HH:mm'),
        place: v.place,
      } as never,
      { onSuccess: () => form.resetFields(), onError: (e) => applyProblemToForm(form, e) },
    );
  return (
    <Flex vertical gap="middle">
      <Table<ScheduleView>
        rowKey="id"
        size="small"
        loading={schedules.isLoading}
        dataSource={schedules.data ?? []}
        pagination={false}
        locale={{ emptyText: t('meeting.schedule.empty') }}
        scroll={{ x: true }}
        columns={[
          { key: 'title', title: t('meeting.form.title'), dataIndex: 'title' },
          { key: 'rule', title: t('meeting.schedule.rule'), render: (_, s) => describe(s) },
          { key: 'time', title: t('meeting.schedule.time'), render: (_, s) => s.startTime.slice(0, 5) },
          {
            key: 'actions',
            title: '',
            render: (_, s) => (
              <Flex gap="small" wrap>
                <Button
                  size="small"
                  loading={generate.isPending}
                  data-testid={`schedule-generate-${s.id}`}
                  onClick={() =>
                    generate.mutate(s.id, {
                      onSuccess: (ids) =>
                        message.success(t('meeting.schedule.generated', { count: ids.length })),
                    })
                  }
                >
                  {t('meeting.schedule.generate')}
                </Button>
                <Popconfirm title={t('meeting.schedule.delete')} onConfirm={() => remove.mutate(s)}>
                  <Button size="small" danger>
                    {t('meeting.schedule.delete')}
                  </Button>
                </Popconfirm>
              </Flex>
            ),
          },
        ]}
      />
      <Card size="small" title={t('meeting.schedule.add')}>
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{
            orgUnitId: cellId,
            kind: 'REGULAR',
            rule: 'day',
            dayOfMonth: 5,
            title: t('meeting.form.defaultTitle'),
          }}
          data-testid="schedule-form"
        >
          <Flex gap="middle" wrap>
            <Form.Item
              name="orgUnitId"
              label={t('meeting.form.cell')}
              rules={[{ required: true }]}
              style={{ minWidth: 240 }}
            >
              <OrgTreeSelect />
            </Form.Item>
            <Form.Item name="kind" label={t('meeting.form.kind')} style={{ minWidth: 200 }}>
              <Select options={MEETING_KINDS.map((k) => ({ value: k, label: t(`meeting.kind.${k}`) }))} />
            </Form.Item>
            <Form.Item
              name="title"
              label={t('meeting.form.title')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input maxLength={300} />
            </Form.Item>
          </Flex>
          <Form.Item name="rule" label={t('meeting.schedule.ruleKind')}>
            <Radio.Group
              onChange={(e) => setRule(e.target.value)}
              options={[
                { value: 'day', label: t('meeting.schedule.byDay') },
                { value: 'weekday', label: t('meeting.schedule.byWeekday') },
              ]}
            />
          </Form.Item>
          <Flex gap="middle" wrap>
            {rule === 'day' ? (
              <Form.Item name="dayOfMonth" label={t('meeting.schedule.day')} rules={[{ required: true }]}>
                <InputNumber min={1} max={28} />
              </Form.Item>
            ) : (
              <>
                <Form.Item name="weekOfMonth" label={t('meeting.schedule.week')} rules={[{ required: true }]}>
                  <Select
                    style={{ minWidth: 140 }}
                    options={WEEKS.map((w) => ({
                      value: Number(w),
                      label: t(`meeting.schedule.weeks.${w}` as never),
                    }))}
                  />
                </Form.Item>
                <Form.Item
                  name="dayOfWeek"
                  label={t('meeting.schedule.weekdayLabel')}
                  rules={[{ required: true }]}
                >
                  <Select
                    style={{ minWidth: 140 }}
                    options={DAYS.map((d) => ({
                      value: Number(d),
                      label: t(`meeting.schedule.days.${d}` as never),
                    }))}
                  />
                </Form.Item>
              </>
            )}
            <Form.Item name="startTime" label={t('meeting.schedule.time')} rules={[{ required: true }]}>
              <TimePicker format="HH:mm" minuteStep={5} />
            </Form.Item>
            <Form.Item name="place" label={t('meeting.form.place')}>
              <Input maxLength={300} />
            </Form.Item>
          </Flex>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('meeting.form.save')}
          </Button>
        </Form>
        {save.isError ? <ProblemAlert error={save.error} /> : null}
      </Card>
    </Flex>
  );
}
