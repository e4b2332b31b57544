import { ArrowUpOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Form, Row, Statistic, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import type { ChildStatistics, StatBreakdown } from '../../api/types';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageShell } from '../../components/PageShell';
import { ProblemAlert } from '../../components/ProblemAlert';
import { type MessageKey, useI18n } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { childColumns } from './childColumns';
import { bucketLabel, headline, percent } from './statisticsModel';
import { useScopeRoot, useSubtreeStatistics } from './useStatisticsQueries';

/**
 * Current statistics of any organisation of the caller's scope: headline figures, one table per breakdown, and the
 * organisations directly under it, each drilling down to its own statistics or to its member list. The unit is in the
 * URL (?unit=) so that the browser's back button climbs back up.
 */
export default function StatisticsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const root = useScopeRoot();
  const chosen = params.get('unit');
  const unitId = chosen ? Number(chosen) : root.data;
  const stats = useSubtreeStatistics(unitId);
  const data = stats.data;
  const show = (id: number | undefined) => setParams(id == null ? {} : { unit: String(id) });
  const figures = data ? headline(data) : undefined;
  const pathIds = data ? data.unit.path.split('/').filter(Boolean).map(Number) : [];
  const parentId = pathIds.length > 1 && unitId !== root.data ? pathIds[pathIds.length - 2] : undefined;

  const children = childColumns(t, show, 'statistics-child', {
    withProbationary: true,
    extra: [
      {
        key: 'actions',
        title: t('statistics.column.actions'),
        render: (_, row) => (
          <Link to={`/members?orgUnitId=${row.unit.id}`} data-testid={`statistics-list-${row.unit.id}`}>
            {t('statistics.showList')}
          </Link>
        ),
      },
    ],
  });

  return (
    <PageShell title={t('statistics.title')}>
      <Typography.Paragraph type="secondary">{t('statistics.intro')}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="vertical">
          <Row gutter={16} align="bottom">
            <Col xs={24} md={14}>
              <Form.Item label={t('statistics.orgUnit')} htmlFor="statistics-org">
                <OrgTreeSelect id="statistics-org" testId="statistics-org" value={unitId} onChange={show} />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item>
                <Flex gap="small" wrap align="center">
                  {parentId != null ? (
                    <Button
                      icon={<ArrowUpOutlined />}
                      onClick={() => show(parentId)}
                      data-testid="statistics-up"
                    >
                      {t('statistics.up')}
                    </Button>
                  ) : null}
                  {data ? (
                    <>
                      <Link to={`/members?orgUnitId=${data.unit.id}`} data-testid="statistics-list">
                        {t('statistics.showList')}
                      </Link>
                      <Tag>{t('statistics.asOf', { date: formatDate(data.asOf) })}</Tag>
                    </>
                  ) : null}
                </Flex>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {stats.isError ? <ProblemAlert error={stats.error} onRetry={() => stats.refetch()} /> : null}
      {data && figures ? (
        <>
          <Typography.Title level={4} data-testid="statistics-unit">
            {data.unit.name}
          </Typography.Title>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {(['members', 'official', 'probationary', 'women', 'units', 'cells'] as const).map((key) => (
              <Col xs={12} md={8} xl={4} key={key}>
                <Card size="small">
                  <Statistic
                    title={t(`statistics.headline.${key}`)}
                    value={figures[key]}
                    groupSeparator="."
                    data-testid={`statistics-headline-${key}`}
                  />
                </Card>
              </Col>
            ))}
          </Row>
          <Card size="small" title={t('statistics.children')} style={{ marginBottom: 16 }}>
            <Table<ChildStatistics>
              rowKey={(row) => row.unit.id}
              size="small"
              columns={children}
              dataSource={data.children}
              loading={stats.isFetching}
              pagination={data.children.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
              locale={{ emptyText: <Empty description={t('statistics.noChildren')} /> }}
              scroll={{ x: true }}
              data-testid="statistics-children"
            />
          </Card>
          <Row gutter={[16, 16]}>
            {data.breakdowns.map((breakdown) => (
              <Col xs={24} lg={12} xxl={8} key={breakdown.dimension}>
                <BreakdownTable breakdown={breakdown} total={data.members} />
              </Col>
            ))}
          </Row>
        </>
      ) : null}
    </PageShell>
  );
}

function BreakdownTable({ breakdown, total }: { breakdown: StatBreakdown; total: number }) {
  const { t } = useI18n();
  const countsUnits = breakdown.dimension === 'UNIT_KIND' || breakdown.dimension === 'CELL_SIZE';
  const sum = countsUnits ? breakdown.buckets.reduce((s, b) => s + b.count, 0) : total;
  return (
    <Card
      size="small"
      title={t(`statistics.dimension.${breakdown.dimension}` as MessageKey)}
      data-testid={`statistics-breakdown-${breakdown.dimension}`}
    >
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={breakdown.buckets}
        locale={{ emptyText: <Empty description={t('statistics.empty')} /> }}
        columns={[
          {
            key: 'bucket',
            title: t('statistics.column.bucket'),
            render: (_, b) => bucketLabel(t, breakdown.dimension, b.key),
          },
          { key: 'count', title: t('statistics.column.count'), dataIndex: 'count', align: 'right' },
          {
            key: 'share',
            title: t('statistics.column.share'),
            align: 'right',
            render: (_, b) => percent(b.count, sum),
          },
        ]}
      />
    </Card>
  );
}
