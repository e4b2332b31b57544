import { ArrowLeftOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import { Button, Card, DatePicker, Flex, Form, Statistic, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { Chart } from '../../../components/Chart';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { toIsoDate } from '../../../i18n/format';
import { attendanceChart } from '../meetingModel';
import type { AttendanceRow, MemberAttendanceRow } from '../meetingTypes';
import { useAttendance } from '../useMeetingQueries';

/** Attendance at the meetings held: per cell (rolled up over a subtree) with a bar chart, and per member. */
export default function MeetingAttendancePage() {
  const { t } = useI18n();
  const [unitId, setUnitId] = useState<number | undefined>();
  // no period chosen: the server's last 12 months (its clock, not the browser's)
  const [range, setRange] = useState<[string, string] | undefined>();
  const stats = useAttendance(unitId, range?.[0], range?.[1]);
  const data = stats.data;
  const flag = (flagged: boolean) =>
    flagged ? (
      <Tag color="error">{t('meeting.stats.flagged')}</Tag>
    ) : (
      <Tag color="green">{t('meeting.stats.ok')}</Tag>
    );
  const cellColumns: TableColumnsType<AttendanceRow> = [
    { key: 'unit', title: t('meeting.stats.unit'), dataIndex: 'unitName' },
    { key: 'held', title: t('meeting.stats.held'), dataIndex: 'held', align: 'right' },
    {
      key: 'expected',
      title: t('meeting.stats.expected'),
      dataIndex: 'expected',
      align: 'right',
      responsive: ['sm'],
    },
    {
      key: 'present',
      title: t('meeting.stats.present'),
      dataIndex: 'present',
      align: 'right',
      responsive: ['sm'],
    },
    { key: 'rate', title: t('meeting.stats.rate'), render: (_, r) => `${r.rate}%`, align: 'right' },
    { key: 'flag', title: '', render: (_, r) => flag(r.flagged) },
  ];
  const memberColumns: TableColumnsType<MemberAttendanceRow> = [
    { key: 'name', title: t('meeting.invitation.name'), dataIndex: 'fullName' },
    {
      key: 'invited',
      title: t('meeting.stats.invited'),
      dataIndex: 'invited',
      align: 'right',
      responsive: ['sm'],
    },
    {
      key: 'present',
      title: t('meeting.stats.present'),
      dataIndex: 'present',
      align: 'right',
      responsive: ['sm'],
    },
    { key: 'rate', title: t('meeting.stats.rate'), render: (_, r) => `${r.rate}%`, align: 'right' },
    {
      key: 'run',
      title: t('meeting.stats.consecutive'),
      align: 'right',
      render: (_, r) =>
        r.consecutiveAbsences > (data?.maxConsecutiveAbsences ?? 3) ? (
          <Tag color="error">{t('meeting.flag.absences', { count: r.consecutiveAbsences })}</Tag>
        ) : (
          r.consecutiveAbsences
        ),
    },
    { key: 'flag', title: '', render: (_, r) => flag(r.flagged) },
  ];
  return (
    <PageShell
      title={t('meeting.stats.title')}
      extra={
        <Link to="/meetings">
          <Button icon={<ArrowLeftOutlined />}>{t('meeting.detail.back')}</Button>
        </Link>
      }
    >
      <Flex vertical gap="middle">
        <Form layout="inline">
          <Form.Item label={t('meeting.stats.unit')} htmlFor="attendance-unit">
            <OrgTreeSelect
              id="attendance-unit"
              value={unitId}
              onChange={setUnitId}
              testId="attendance-unit"
            />
          </Form.Item>
          <Form.Item label={t('meeting.stats.period')}>
            <DatePicker.RangePicker
              format="DD/MM/YYYY"
              allowClear={false}
              value={data ? [dayjs(range?.[0] ?? data.from), dayjs(range?.[1] ?? data.to)] : undefined}
              onChange={(r) => {
                if (r?.[0] && r[1]) setRange([toIsoDate(r[0]), toIsoDate(r[1])]);
              }}
            />
          </Form.Item>
        </Form>
        {stats.isError ? <ProblemAlert error={stats.error} onRetry={() => stats.refetch()} /> : null}
        {data ? (
          <>
            <Typography.Text type="secondary">
              {t('meeting.stats.criteria', { rate: data.minimumRate, count: data.maxConsecutiveAbsences })}
            </Typography.Text>
            <Flex gap="large" wrap data-testid="attendance-total">
              <Statistic title={t('meeting.stats.held')} value={data.total.held} />
              <Statistic
                title={t('meeting.stats.present')}
                value={data.total.present}
                suffix={`/ ${data.total.expected}`}
              />
              <Statistic
                title={t('meeting.stats.rate')}
                value={data.total.rate}
                suffix="%"
                valueStyle={{ color: data.total.flagged ? '#cf1322' : undefined }}
              />
            </Flex>
            {data.cells.length > 0 ? (
              <Card size="small" title={t('meeting.stats.chart')}>
                <Chart
                  option={attendanceChart(data.cells, data.minimumRate, '%')}
                  label={t('meeting.stats.chart')}
                  height={Math.max(160, 40 * data.cells.length + 60)}
                  testId="attendance-chart"
                />
              </Card>
            ) : null}
            <Card size="small" title={t('meeting.stats.cells')}>
              <Table<AttendanceRow>
                rowKey="unitId"
                size="small"
                columns={cellColumns}
                dataSource={data.cells}
                pagination={false}
                scroll={{ x: true }}
              />
            </Card>
            <Card size="small" title={t('meeting.stats.members')}>
              <Table<MemberAttendanceRow>
                rowKey="memberId"
                size="small"
                columns={memberColumns}
                dataSource={data.members}
                pagination={{ pageSize: 20, showSizeChanger: false }}
                scroll={{ x: true }}
                data-testid="attendance-members"
              />
            </Card>
          </>
        ) : null}
      </Flex>
    </PageShell>
  );
}
