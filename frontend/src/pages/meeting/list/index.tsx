import { BarChartOutlined, PlusOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import { Button, DatePicker, Flex, Form, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatTimeDate, toIsoDate } from '../../../i18n/format';
import { useSession } from '../../../session';
import { MEETING_STATES, type MeetingState, type MeetingSummary } from '../meetingTypes';
import { PlanMeetingModal } from '../PlanMeetingModal';
import { type MeetingFilter, useMeetings } from '../useMeetingQueries';
import { MonthView } from './MonthView';
import { ScheduleEditor } from './ScheduleEditor';

const STATE_COLOR: Record<MeetingState, string> = {
  PLANNED: 'default',
  INVITED: 'blue',
  HELD: 'orange',
  MINUTED: 'green',
  CANCELLED: 'red',
};

/** The meetings of the caller's scope with their flags, the planning dialog and the recurring schedules. */
export default function MeetingListPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const organiser = me.roles.some((g) => g.role === 'CELL_SECRETARY' || g.role === 'ORG_STAFF');
  const ownCell = me.roles.find((g) => g.role === 'CELL_SECRETARY')?.orgUnitId;
  const [filter, setFilter] = useState<MeetingFilter>({ page: 0, size: 20 });
  const [planning, setPlanning] = useState(false);
  const list = useMeetings(filter);
  const change = (next: Partial<MeetingFilter>) => setFilter((f) => ({ ...f, page: 0, ...next }));

  const columns: TableColumnsType<MeetingSummary> = [
    { key: 'start', title: t('meeting.column.start'), render: (_, m) => formatTimeDate(m.plannedStart) },
    {
      key: 'title',
      title: t('meeting.column.title'),
      render: (_, m) => (
        <Flex vertical>
          <Link to={`/meetings/${m.id}`} data-testid={`meeting-link-${m.id}`}>
            {m.title}
          </Link>
          <Typography.Text type="secondary">{t(`meeting.kind.${m.kind}`)}</Typography.Text>
        </Flex>
      ),
    },
    { key: 'cell', title: t('meeting.column.cell'), dataIndex: 'orgUnitName', responsive: ['md'] },
    {
      key: 'state',
      title: t('meeting.column.state'),
      render: (_, m) => <Tag color={STATE_COLOR[m.state]}>{t(`meeting.state.${m.state}`)}</Tag>,
    },
    {
      key: 'present',
      title: t('meeting.column.attendance'),
      responsive: ['sm'],
      render: (_, m) =>
        m.invited > 0 ? t('meeting.present', { present: m.present, invited: m.invited }) : '—',
    },
    {
      key: 'flags',
      title: t('meeting.column.flags'),
      render: (_, m) => (
        <Space size={4} wrap>
          {m.lateMaterials > 0 ? (
            <Tag color="warning">{t('meeting.flag.late', { count: m.lateMaterials })}</Tag>
          ) : null}
          {m.tooShort ? (
            <Tag color="error">
              {t('meeting.flag.short', {
                minutes: m.durationMinutes ?? 0,
                minimum: m.kind === 'THEMATIC' || m.kind === 'COMBINED' ? 120 : 90,
              })}
            </Tag>
          ) : null}
        </Space>
      ),
    },
  ];

  const meetings = (
    <Flex vertical gap="middle">
      <Form layout="inline" className="meeting-filters">
        <Form.Item label={t('meeting.filter.orgUnit')} htmlFor="meeting-filter-unit">
          <OrgTreeSelect
            id="meeting-filter-unit"
            value={filter.orgUnitId}
            onChange={(id) => change({ orgUnitId: id })}
          />
        </Form.Item>
        <Form.Item label={t('meeting.filter.state')} htmlFor="meeting-filter-state">
          <Select
            id="meeting-filter-state"
            allowClear
            style={{ minWidth: 180 }}
            placeholder={t('meeting.filter.any')}
            value={filter.state}
            onChange={(state?: MeetingState) => change({ state })}
            options={MEETING_STATES.map((s) => ({ value: s, label: t(`meeting.state.${s}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('meeting.filter.period')}>
          <DatePicker.RangePicker
            format="DD/MM/YYYY"
            onChange={(range) =>
              change({
                from: range?.[0] ? toIsoDate(range[0]) : undefined,
                to: range?.[1] ? toIsoDate(range[1]) : undefined,
              })
            }
          />
        </Form.Item>
      </Form>
      {list.isError ? <ProblemAlert error={list.error} onRetry={() => list.refetch()} /> : null}
      <Table<MeetingSummary>
        rowKey="id"
        data-testid="meeting-table"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.content ?? []}
        locale={{ emptyText: t('meeting.empty') }}
        scroll={{ x: true }}
        pagination={{
          current: filter.page + 1,
          pageSize: filter.size,
          total: list.data?.totalElements ?? 0,
          showSizeChanger: false,
          onChange: (page) => setFilter((f) => ({ ...f, page: page - 1 })),
        }}
      />
    </Flex>
  );

  return (
    <PageShell
      title={t('meeting.title')}
      extra={
        <Space wrap>
          <Link to="/meetings/attendance">
            <Button icon={<BarChartOutlined />} data-testid="meeting-statistics">
              {t('meeting.statistics')}
            </Button>
          </Link>
          {organiser ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setPlanning(true)}
              data-testid="meeting-plan"
            >
              {t('meeting.plan')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('meeting.intro')}</Typography.Paragraph>
      <Tabs
        items={[
          { key: 'list', label: t('meeting.list'), children: meetings },
          {
            key: 'calendar',
            label: t('meeting.calendar'),
            children: <MonthView orgUnitId={filter.orgUnitId} />,
          },
          ...(organiser
            ? [
                {
                  key: 'schedules',
                  label: t('meeting.schedules'),
                  children: <ScheduleEditor cellId={ownCell} />,
                },
              ]
            : []),
        ]}
      />
      {planning ? <PlanMeetingModal cellId={ownCell} onClose={() => setPlanning(false)} /> : null}
    </PageShell>
  );
}
