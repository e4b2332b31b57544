import { Card, Col, Flex, Form, Row, Switch, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import type { DeadlineItem, DeadlineKind } from '../../api/types';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageShell } from '../../components/PageShell';
import { ProblemAlert } from '../../components/ProblemAlert';
import { type MessageKey, useI18n } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { useSession } from '../../session';
import { type DeadlineFilter, useDeadlines } from '../member/useLifecycleQueries';
import { DismissProposal } from './components/DismissProposal';
import { IncomingTransfers } from './components/IncomingTransfers';
import { DEADLINE_KINDS, KindCards } from './components/KindCards';

const HORIZON_DAYS = 30;

/** The filter from the URL (so a view can be bookmarked and shared). */
export function filterFrom(params: URLSearchParams): DeadlineFilter {
  const kind = params.get('kind');
  const org = Number(params.get('orgUnitId'));
  return {
    kind: DEADLINE_KINDS.includes(kind as DeadlineKind) ? (kind as DeadlineKind) : undefined,
    orgUnitId: Number.isInteger(org) && org > 0 ? org : undefined,
    overdueOnly: params.get('overdue') === '1',
    horizonDays: HORIZON_DAYS,
  };
}

/** Green with room, orange when close, red when overdue. */
export function leftColour(days: number): string {
  if (days < 0) return 'red';
  if (days <= 5) return 'orange';
  return 'green';
}

/**
 * The "due and overdue" view of a scope: admissions awaiting decision, ceremonies to hold, probations ending,
 * recognitions due and transfers in transit, counted in working days; and the transfers awaiting this scope's
 * confirmation.
 */
export default function DeadlinesPage() {
  const { t } = useI18n();
  const { access, me } = useSession();
  const canDismiss = me.roles.some((g) => g.role === 'ORG_STAFF' || g.role === 'CITY_ORGANISATION');
  const [params, setParams] = useSearchParams();
  const filter = filterFrom(params);
  const report = useDeadlines(filter);

  const setFilter = (change: Partial<DeadlineFilter>) => {
    const next = { ...filter, ...change };
    const search = new URLSearchParams();
    if (next.kind) search.set('kind', next.kind);
    if (next.orgUnitId != null) search.set('orgUnitId', String(next.orgUnitId));
    if (next.overdueOnly) search.set('overdue', '1');
    setParams(search, { replace: true });
  };

  const columns: TableColumnsType<DeadlineItem> = [
    {
      key: 'member',
      title: t('member.deadlines.member'),
      dataIndex: 'fullName',
      render: (name: string, item) => <Link to={`/members/${item.memberId}?tab=party`}>{name}</Link>,
    },
    {
      key: 'kind',
      title: t('member.deadlines.what'),
      dataIndex: 'kind',
      render: (kind: DeadlineKind) => t(`member.deadlines.kind.${kind}` as MessageKey),
      responsive: ['sm'],
    },
    { key: 'cell', title: t('member.deadlines.cell'), dataIndex: 'orgUnitName', responsive: ['md'] },
    {
      key: 'since',
      title: t('member.deadlines.since'),
      dataIndex: 'since',
      width: 110,
      render: (d: string) => formatDate(d),
      responsive: ['lg'],
    },
    {
      key: 'due',
      title: t('member.deadlines.dueDate'),
      dataIndex: 'dueDate',
      width: 110,
      render: (d: string) => formatDate(d),
    },
    {
      key: 'left',
      title: t('member.deadlines.left'),
      dataIndex: 'workingDaysLeft',
      width: 130,
      render: (days: number) => (
        <Tag color={leftColour(days)} data-testid="deadline-left">
          {days < 0
            ? t('member.deadlines.daysOverdue', { days: -days })
            : t('member.deadlines.daysLeft', { days })}
        </Tag>
      ),
    },
    {
      key: 'rule',
      title: t('member.deadlines.rule'),
      responsive: ['xl'],
      render: (_, item) => (item.note ? `${item.rule} — ${item.note}` : item.rule),
    },
    ...(canDismiss
      ? [
          {
            key: 'actions',
            title: '',
            render: (_: unknown, item: DeadlineItem) =>
              item.kind === 'REMOVAL_PROPOSED' && item.proposalId != null ? (
                <DismissProposal item={item} />
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <PageShell title={t('member.deadlines.title')}>
      <Typography.Paragraph type="secondary">{t('member.deadlines.intro')}</Typography.Paragraph>
      <Card styles={{ body: { paddingBottom: 0 } }} style={{ marginBottom: 16 }}>
        <Form layout="vertical">
          <Row gutter={16} align="bottom">
            <Col xs={24} md={14}>
              <Form.Item label={t('member.deadlines.orgUnit')} htmlFor="deadline-org">
                <OrgTreeSelect
                  id="deadline-org"
                  testId="deadline-org"
                  value={filter.orgUnitId}
                  onChange={(orgUnitId) => setFilter({ orgUnitId })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item label={t('member.deadlines.overdueOnly')} htmlFor="deadline-overdue">
                <Switch
                  id="deadline-overdue"
                  checked={filter.overdueOnly}
                  onChange={(overdueOnly) => setFilter({ overdueOnly })}
                  data-testid="deadline-overdue"
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {report.isError ? <ProblemAlert error={report.error} onRetry={() => report.refetch()} /> : null}
      <KindCards
        counts={report.data?.counts}
        selected={filter.kind}
        onSelect={(kind) => setFilter({ kind: kind === filter.kind ? undefined : kind })}
      />
      <Flex vertical gap="middle">
        {report.data?.truncated ? (
          <Typography.Text type="warning">{t('member.deadlines.truncated')}</Typography.Text>
        ) : null}
        <div data-testid="deadline-table">
          <Table<DeadlineItem>
            rowKey={(d) => `${d.kind}-${d.memberId}-${d.proposalId ?? ''}`}
            size="middle"
            columns={columns}
            dataSource={report.data?.items ?? []}
            loading={report.isFetching}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('member.deadlines.empty') }}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          />
        </div>
        {access.canRecordSteps ? <IncomingTransfers /> : null}
      </Flex>
    </PageShell>
  );
}
