import { ArrowUpOutlined } from '@ant-design/icons';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Empty, Flex, Form, Row, Statistic, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, type ReactNode, Suspense } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, request } from '../../api/http';
import type { ChildStatistics, DeadlineKind, Movements, StatDimension } from '../../api/types';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { ProblemAlert } from '../../components/ProblemAlert';
import { type MessageKey, useI18n } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { DEADLINE_KINDS } from '../deadlines/components/KindCards';
import { movementKeys } from '../movements/useMovements';
import { childColumns } from '../statistics/childColumns';
import { bucketLabel, headline, percent } from '../statistics/statisticsModel';
import { useScopeRoot, useSubtreeStatistics } from '../statistics/useStatisticsQueries';
import {
  barOption,
  type ChartItem,
  type ChartOption,
  drillUrl,
  itemsOf,
  lastYears,
  movementsOption,
  PYRAMID_BANDS,
  pieOption,
  pyramidOption,
  pyramidSide,
} from './dashboardModel';

const YEARS = 5;

// ECharts is loaded with the first chart: members, who see no dashboard, never download it.
const Chart = lazy(() => import('../../components/Chart').then((m) => ({ default: m.Chart })));

/**
 * The staff's overview of an organisation's subtree: key figures, the age pyramid by sex, the structure of its members,
 * its organisations,
 * this year's movements, admissions over five years and the overdue deadlines. Every figure comes from the statistics,
 * movements and deadlines endpoints (pre-aggregated counters), never from the member list. The unit is in the URL
 * (?unit=) so that the back button climbs back up after switching to a child.
 */
export function Dashboard() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const root = useScopeRoot();
  const chosen = Number(params.get('unit'));
  const unitId = Number.isInteger(chosen) && chosen > 0 ? chosen : root.data;
  const stats = useSubtreeStatistics(unitId);
  const data = stats.data;
  const show = (id: number | undefined) => setParams(id == null ? {} : { unit: String(id) });

  // The counters' date, not the browser's: the server's calendar decides which year is the current one.
  const today = data?.asOf ?? dayjs().format('YYYY-MM-DD');
  const years = lastYears(today, YEARS);
  const movements = useQueries({
    queries: years.map(({ from, to }) => {
      const filter = { orgUnitId: unitId, from, to };
      return {
        queryKey: movementKeys.of(filter),
        enabled: unitId != null && data != null,
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          request(
            api.GET('/api/v1/org-units/{id}/movements', {
              params: { path: { id: unitId ?? 0 }, query: { from, to } },
              signal,
            }),
          ) as Promise<Movements>,
      };
    }),
  });
  const thisYear = movements[YEARS - 1]?.data;
  // Only the counts per kind are shown: one item is asked for, so the page carries no list of names.
  const deadlines = useQuery({
    queryKey: ['deadlines', 'counts', unitId],
    enabled: unitId != null,
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/deadlines', {
          params: { query: { orgUnitId: unitId, overdueOnly: true, limit: 1 } },
          signal,
        }),
      ),
  });

  const label = (dimension: StatDimension) => (key: string) => bucketLabel(t, dimension, key);
  const breakdowns = data?.breakdowns ?? [];
  const figures = data ? headline(data) : undefined;
  const pathIds = data ? data.unit.path.split('/').filter(Boolean).map(Number) : [];
  const parentId = pathIds.length > 1 && unitId !== root.data ? pathIds[pathIds.length - 2] : undefined;

  const drill = (dimension: StatDimension, items: ChartItem[]) => (index: number) => {
    const item = items[index];
    const target = item && data ? drillUrl(data.unit.id, dimension, item.key) : undefined;
    if (target) navigate(target);
  };
  // The same targets as links, for the keyboard and screen readers (a canvas bar cannot take the focus).
  const links = (dimension: StatDimension, items: ChartItem[]): DrillLink[] =>
    data
      ? items.flatMap((item) => {
          const href = item.value > 0 ? drillUrl(data.unit.id, dimension, item.key) : undefined;
          return href
            ? [{ key: `${dimension}-${item.key}`, label: `${item.label} (${item.value})`, href }]
            : [];
        })
      : [];

  const ages = itemsOf(breakdowns, 'AGE_BAND', label('AGE_BAND'));
  const men = pyramidSide(breakdowns, 'M');
  const women = pyramidSide(breakdowns, 'F');
  const sexes = [
    { sex: 'M', name: t('home.dashboard.men'), counts: men },
    { sex: 'F', name: t('home.dashboard.women'), counts: women },
  ];
  // one item per side and band, in the order of the chart's series (men, then women)
  const pyramid: ChartItem[] = sexes.flatMap(({ sex, name, counts }) =>
    PYRAMID_BANDS.map((band, i) => ({
      key: `${sex}_${band.key}`,
      label: `${name} ${band.short}`,
      value: counts[i],
    })),
  );
  const pyramidItems = pyramid.some((i) => i.value > 0) ? pyramid : [];
  const theory = itemsOf(breakdowns, 'THEORY_LEVEL', label('THEORY_LEVEL'));
  const education = itemsOf(breakdowns, 'GENERAL_EDUCATION', label('GENERAL_EDUCATION'));
  const kinds = itemsOf(breakdowns, 'UNIT_KIND', label('UNIT_KIND'));
  const movementLabel = (key: string) => t(`movements.kind.${key}` as MessageKey);
  const arrivals = (thisYear?.in ?? []).map((b) => ({
    key: b.key,
    label: movementLabel(b.key),
    value: b.count,
  }));
  const departures = (thisYear?.out ?? []).map((b) => ({
    key: b.key,
    label: movementLabel(b.key),
    value: b.count,
  }));
  const admissions: ChartItem[] = years.map(({ year }, i) => ({
    key: String(year),
    label: String(year),
    value: movements[i]?.data?.in.find((b) => b.key === 'ADMITTED')?.count ?? 0,
  }));
  const counts = deadlines.data?.counts;
  const overdue: ChartItem[] = DEADLINE_KINDS.map((kind: DeadlineKind) => ({
    key: kind,
    label: t(`member.deadlines.kind.${kind}` as MessageKey),
    value: counts?.[kind]?.overdue ?? 0,
  }));

  const children = childColumns(t, show, 'dashboard-child');

  return (
    <section aria-labelledby="dashboard-title" data-testid="dashboard">
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="vertical">
          <Row gutter={16} align="bottom">
            <Col xs={24} md={14}>
              <Form.Item
                label={t('home.dashboard.orgUnit')}
                htmlFor="dashboard-org"
                style={{ marginBottom: 0 }}
              >
                <OrgTreeSelect id="dashboard-org" testId="dashboard-org" value={unitId} onChange={show} />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Flex gap="small" wrap align="center" style={{ marginTop: 8 }}>
                {parentId != null ? (
                  <Button
                    icon={<ArrowUpOutlined />}
                    onClick={() => show(parentId)}
                    data-testid="dashboard-up"
                  >
                    {t('home.dashboard.up')}
                  </Button>
                ) : null}
                {data ? <Tag>{t('home.dashboard.asOf', { date: formatDate(data.asOf) })}</Tag> : null}
              </Flex>
            </Col>
          </Row>
        </Form>
      </Card>
      {stats.isError ? <ProblemAlert error={stats.error} onRetry={() => stats.refetch()} /> : null}
      {data && figures ? (
        <>
          <Typography.Title
            level={3}
            id="dashboard-title"
            style={{ fontSize: 18 }}
            data-testid="dashboard-unit"
          >
            {data.unit.name}
          </Typography.Title>
          <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
            <Figure title={t('statistics.headline.members')} value={figures.members} testId="members" />
            <Figure title={t('statistics.headline.official')} value={figures.official} testId="official" />
            <Figure
              title={t('statistics.headline.probationary')}
              value={figures.probationary}
              testId="probationary"
            />
            <Col xs={12} md={8} xl={{ flex: '20%' }}>
              <Card size="small">
                <Statistic
                  title={t('home.dashboard.womenShare')}
                  value={percent(figures.women, figures.members) || '—'}
                  data-testid="dashboard-figure-women"
                />
              </Card>
            </Col>
            <Figure title={t('statistics.headline.cells')} value={figures.cells} testId="cells" />
          </Row>
          <Typography.Paragraph type="secondary">{t('home.dashboard.drillHint')}</Typography.Paragraph>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <ChartCard
              title={t('home.dashboard.ageBand')}
              items={ages}
              option={barOption(ages, t('statistics.headline.members'))}
              onSelect={drill('AGE_BAND', ages)}
              links={links('AGE_BAND', ages)}
              testId="AGE_BAND"
            />
            <ChartCard
              title={t('home.dashboard.pyramid')}
              items={pyramidItems}
              option={pyramidOption(men, women, {
                men: t('home.dashboard.men'),
                women: t('home.dashboard.women'),
              })}
              onSelect={(index, series) => drill('AGE_SEX', pyramid)(series * PYRAMID_BANDS.length + index)}
              links={links('AGE_SEX', pyramid)}
              testId="AGE_SEX"
            />
            <ChartCard
              title={t('home.dashboard.theoryLevel')}
              items={theory}
              option={barOption(theory, t('statistics.headline.members'))}
              onSelect={drill('THEORY_LEVEL', theory)}
              links={links('THEORY_LEVEL', theory)}
              testId="THEORY_LEVEL"
            />
            <ChartCard
              title={t('home.dashboard.education')}
              items={education}
              option={barOption(education, t('statistics.headline.members'))}
              testId="GENERAL_EDUCATION"
            />
            <ChartCard
              title={t('home.dashboard.unitKind')}
              items={kinds}
              option={pieOption(kinds, t('statistics.headline.units'))}
              testId="UNIT_KIND"
            />
            <ChartCard
              title={t('home.dashboard.movements', { year: years[YEARS - 1].year })}
              items={[...arrivals, ...departures].filter((i) => i.value > 0)}
              option={movementsOption(arrivals, departures, {
                in: t('movements.column.in'),
                out: t('movements.column.out'),
              })}
              extra={<Link to="/statistics/movements">{t('menu.statistics.movements')}</Link>}
              testId="movements"
            />
            <ChartCard
              title={t('home.dashboard.admissions')}
              items={admissions}
              option={barOption(admissions, t('home.dashboard.admitted'))}
              testId="admissions"
            />
            <ChartCard
              title={t('home.dashboard.overdue')}
              items={overdue}
              option={barOption(overdue, t('home.dashboard.overdueCount'), true)}
              extra={
                <Link to={`/deadlines?orgUnitId=${data.unit.id}&overdue=1`} data-testid="dashboard-deadlines">
                  {t('home.dashboard.openDeadlines')}
                </Link>
              }
              testId="overdue"
            />
          </Row>
          <Card size="small" title={t('home.dashboard.children')}>
            <Table<ChildStatistics>
              rowKey={(row) => row.unit.id}
              size="small"
              columns={children}
              dataSource={data.children}
              loading={stats.isFetching}
              onRow={(row) => ({ onClick: () => show(row.unit.id), style: { cursor: 'pointer' } })}
              pagination={data.children.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
              locale={{ emptyText: <Empty description={t('home.dashboard.noChildren')} /> }}
              scroll={{ x: true }}
              data-testid="dashboard-children"
            />
          </Card>
        </>
      ) : null}
    </section>
  );
}

function Figure({ title, value, testId }: { title: string; value: number; testId: string }) {
  return (
    <Col xs={12} md={8} xl={{ flex: '20%' }}>
      <Card size="small">
        <Statistic
          title={title}
          value={value}
          groupSeparator="."
          data-testid={`dashboard-figure-${testId}`}
        />
      </Card>
    </Col>
  );
}

interface DrillLink {
  key: string;
  label: string;
  href: string;
}

interface ChartCardProps {
  title: string;
  items: ChartItem[];
  option: ChartOption;
  onSelect?: (index: number, series: number) => void;
  extra?: ReactNode;
  links?: DrillLink[];
  testId: string;
}

/** A chart in a card; its accessible name lists the figures, and an empty breakdown shows "no data" instead. */
function ChartCard({ title, items, option, onSelect, extra, links, testId }: ChartCardProps) {
  const { t } = useI18n();
  const summary = items.map((i) => `${i.label} ${i.value}`).join(', ');
  return (
    <Col xs={24} lg={12} xxl={8}>
      <Card size="small" title={title} extra={extra} data-testid={`dashboard-chart-${testId}`}>
        {items.length === 0 ? (
          <Empty description={t('home.dashboard.noData')} />
        ) : (
          <Suspense fallback={<div style={{ height: 260 }} />}>
            <Chart
              option={option}
              label={t('home.dashboard.chartLabel', { title, summary })}
              onSelect={onSelect}
            />
          </Suspense>
        )}
        {links && links.length > 0 ? (
          <Flex gap={8} wrap component="nav" aria-label={t('home.dashboard.drillLinks', { title })}>
            {links.map((link) => (
              <Link key={link.key} to={link.href} data-testid={`dashboard-drill-${link.key}`}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }} underline>
                  {link.label}
                </Typography.Text>
              </Link>
            ))}
          </Flex>
        ) : null}
      </Card>
    </Col>
  );
}
