import type { TableColumnsType } from 'antd';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Form,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { EligibleMember, Role } from '../../../api/types';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { useSession } from '../../../session';
import { initialMilestone } from '../badgeModel';
import { type EligibleFilter, useEligible } from '../useBadgeQueries';
import { AwardModal, type AwardMode } from './components/AwardModal';
import { MilestoneChart } from './components/MilestoneChart';

const PROPOSER_ROLES: readonly Role[] = ['CELL_SECRETARY', 'ORG_STAFF', 'CITY_ORGANISATION'];
const AWARDER_ROLES: readonly Role[] = ['ORG_STAFF', 'CITY_ORGANISATION'];
const PAGE_SIZE = 20;

const KIND_COLOR = { NORMAL: 'blue', ILLNESS: 'orange', POSTHUMOUS: 'default' } as const;

/** The badge lists of the next occasions: counts per milestone, the members of each, proposals and awards. */
export default function BadgeListPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const roles = new Set(me.roles.map((g) => g.role));
  const canPropose = PROPOSER_ROLES.some((r) => roles.has(r));
  const canAward = AWARDER_ROLES.some((r) => roles.has(r));
  const [filter, setFilter] = useState<EligibleFilter>({ early: false, page: 0, size: PAGE_SIZE });
  const [dialog, setDialog] = useState<{ row: EligibleMember; mode: AwardMode } | null>(null);
  const list = useEligible(filter);
  const data = list.data;

  useEffect(() => {
    if (data && filter.milestone === undefined) {
      const first = initialMilestone(data.counts);
      if (first !== undefined) setFilter((f) => ({ ...f, milestone: first }));
    }
  }, [data, filter.milestone]);

  const change = (next: Partial<EligibleFilter>) => setFilter((f) => ({ ...f, page: 0, ...next }));
  const selectedCount = data?.counts.find((c) => c.milestone === filter.milestone);
  const anyListed = data ? data.counts.some((c) => c.total > 0) : false;

  const columns: TableColumnsType<EligibleMember> = [
    {
      key: 'fullName',
      title: t('badge.column.fullName'),
      render: (_, row) => (
        <Flex vertical>
          <Link to={`/members/${row.memberId}`}>{row.fullName}</Link>
          {row.diedOn ? (
            <Typography.Text type="secondary">
              {t('badge.diedOn', { date: formatDate(row.diedOn) })}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    { key: 'unit', title: t('badge.column.unit'), dataIndex: 'orgUnitName', responsive: ['md'] },
    {
      key: 'first',
      title: t('badge.column.firstAdmittedOn'),
      dataIndex: 'firstAdmittedOn',
      render: (d: string) => formatDate(d),
      responsive: ['xl'],
    },
    {
      key: 'age',
      title: t('badge.column.age'),
      render: (_, row) => (
        <Flex vertical>
          <span className="nowrap">
            {t('badge.ageText', { years: row.years, months: row.months, days: row.days })}
          </span>
          {row.gapDays > 0 ? (
            <Typography.Text type="secondary">{t('badge.gapDays', { days: row.gapDays })}</Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'reachesOn',
      title: t('badge.column.reachesOn'),
      dataIndex: 'reachesOn',
      render: (d: string) => formatDate(d),
      responsive: ['sm'],
    },
    {
      key: 'kind',
      title: t('badge.column.kind'),
      render: (_, row) => <Tag color={KIND_COLOR[row.kind]}>{t(`badge.kind.${row.kind}`)}</Tag>,
    },
    {
      key: 'state',
      title: t('badge.column.state'),
      render: (_, row) => (
        <Tag color={row.proposal ? 'gold' : undefined} data-testid={`badge-state-${row.memberId}`}>
          {t(row.proposal ? 'badge.state.PROPOSED' : 'badge.state.NONE')}
        </Tag>
      ),
    },
    {
      key: 'actions',
      title: t('badge.column.actions'),
      render: (_, row) => (
        <Space wrap>
          {canPropose && !row.proposal ? (
            <Button
              size="small"
              onClick={() => setDialog({ row, mode: 'PROPOSED' })}
              data-testid={`badge-propose-${row.memberId}`}
            >
              {t('badge.action.propose')}
            </Button>
          ) : null}
          {canAward ? (
            <Button
              size="small"
              type="primary"
              onClick={() => setDialog({ row, mode: 'AWARDED' })}
              data-testid={`badge-award-${row.memberId}`}
            >
              {t('badge.action.award')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <PageShell title={t('badge.title')}>
      <Typography.Paragraph type="secondary">{t('badge.intro')}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="vertical">
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item label={t('badge.filter.occasion')} htmlFor="badge-occasion">
                <Select
                  id="badge-occasion"
                  data-testid="badge-occasion"
                  value={filter.occasion ?? data?.occasion}
                  onChange={(occasion: string) => change({ occasion, milestone: undefined })}
                  options={(data?.nextOccasions ?? []).map((d) => ({ value: d, label: formatDate(d) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item label={t('badge.filter.orgUnit')} htmlFor="badge-org">
                <OrgTreeSelect
                  id="badge-org"
                  testId="badge-org"
                  value={filter.orgUnitId}
                  onChange={(orgUnitId) => change({ orgUnitId, milestone: undefined })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label={t('badge.filter.early')} htmlFor="badge-early">
                <Switch
                  id="badge-early"
                  data-testid="badge-early"
                  checked={filter.early}
                  onChange={(early) => change({ early, milestone: undefined })}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {list.isError ? <ProblemAlert error={list.error} onRetry={() => list.refetch()} /> : null}
      {data ? (
        <Row gutter={16}>
          <Col xs={24} xxl={7}>
            <Card size="small" title={t('badge.chart.title')} style={{ marginBottom: 16 }}>
              <MilestoneChart
                counts={data.counts}
                selected={filter.milestone}
                onSelect={(milestone) => change({ milestone })}
              />
            </Card>
          </Col>
          <Col xs={24} xxl={17}>
            <Card size="small" data-testid="badge-list">
              {anyListed ? (
                <>
                  <Tabs
                    activeKey={filter.milestone === undefined ? undefined : String(filter.milestone)}
                    onChange={(key) => change({ milestone: Number(key) })}
                    items={data.counts
                      .filter((c) => c.total > 0)
                      .map((c) => ({
                        key: String(c.milestone),
                        label: (
                          <span data-testid={`badge-tab-${c.milestone}`}>
                            {t('badge.milestoneShort', { milestone: c.milestone })} ({c.total})
                          </span>
                        ),
                      }))}
                  />
                  {selectedCount ? (
                    <Flex gap="small" wrap style={{ marginBottom: 12 }}>
                      <Typography.Text strong>
                        {t('badge.milestone', { milestone: selectedCount.milestone })}
                      </Typography.Text>
                      <Tag>{t('badge.count', { count: selectedCount.total })}</Tag>
                      {selectedCount.early > 0 ? (
                        <Tag color="orange">{t('badge.early', { count: selectedCount.early })}</Tag>
                      ) : null}
                      {selectedCount.proposed > 0 ? (
                        <Tag color="gold">{t('badge.proposed', { count: selectedCount.proposed })}</Tag>
                      ) : null}
                      <Typography.Text type="secondary">
                        {selectedCount.giftMultiple != null
                          ? t('badge.gift', { multiple: selectedCount.giftMultiple })
                          : t('badge.giftUnknown')}
                      </Typography.Text>
                    </Flex>
                  ) : null}
                  <Table<EligibleMember>
                    rowKey="memberId"
                    size="small"
                    columns={columns}
                    dataSource={data.members.content}
                    loading={list.isFetching}
                    locale={{ emptyText: <Empty description={t('badge.empty')} /> }}
                    pagination={{
                      current: filter.page + 1,
                      pageSize: filter.size,
                      total: data.members.totalElements,
                      showSizeChanger: false,
                      onChange: (page) => setFilter((f) => ({ ...f, page: page - 1 })),
                    }}
                    scroll={{ x: true }}
                  />
                </>
              ) : (
                <Empty description={t('badge.emptyAll')} />
              )}
            </Card>
            <Alert
              type="info"
              showIcon
              style={{ marginTop: 16 }}
              title={t('badge.rule', { rule: data.rule })}
            />
          </Col>
        </Row>
      ) : null}
      {dialog && data ? (
        <AwardModal
          row={dialog.row}
          mode={dialog.mode}
          occasion={data.occasion}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </PageShell>
  );
}
