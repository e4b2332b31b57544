import {
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Select,
  Statistic,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useState } from 'react';
import type { FeeCollectionReport } from '../../../api/types';
import { Chart } from '../../../components/Chart';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatMonth, formatVnd, monthKey } from '../feeModel';
import { useFeeReport } from '../useFeeQueries';

interface Props {
  orgUnitId: number | undefined;
  year: number;
  active: boolean;
}

type CellRow = FeeCollectionReport['cells'][number];

/** Due and collected per cell of the subtree, rolled up, with a bar chart and the split between levels. */
export function CollectionReport({ orgUnitId, year, active }: Props) {
  const { t } = useI18n();
  const [month, setMonth] = useState<number | undefined>(undefined);
  const report = useFeeReport(orgUnitId, year, month, active);
  const data = report.data;

  if (orgUnitId == null) return <Empty description={t('fee.chooseCell')} />;

  const columns: TableColumnsType<CellRow> = [
    { key: 'name', title: t('fee.report.cell'), dataIndex: 'name' },
    { key: 'members', title: t('fee.report.members'), dataIndex: 'members', responsive: ['sm'] },
    { key: 'due', title: t('fee.report.due'), render: (_, c) => formatVnd(c.due) },
    { key: 'collected', title: t('fee.report.collected'), render: (_, c) => formatVnd(c.collected) },
    { key: 'rate', title: t('fee.report.rate'), render: (_, c) => `${c.rate}%` },
  ];

  return (
    <Flex vertical gap="middle">
      <Select
        aria-label={t('fee.filter.month')}
        data-testid="fee-report-month"
        value={month ?? 0}
        onChange={(m: number) => setMonth(m === 0 ? undefined : m)}
        style={{ width: 160 }}
        options={[
          { value: 0, label: t('fee.filter.wholeYear') },
          ...Array.from({ length: 12 }, (_, i) => ({
            value: i + 1,
            label: formatMonth(monthKey(year, i + 1)),
          })),
        ]}
      />
      {report.isError ? <ProblemAlert error={report.error} onRetry={() => report.refetch()} /> : null}
      {data ? (
        <>
          <Row gutter={[16, 16]} data-testid="fee-report">
            <Col xs={24} sm={8}>
              <Card size="small">
                <Statistic title={t('fee.report.due')} value={formatVnd(data.due)} />
              </Card>
            </Col>
            <Col xs={24} sm={8}>
              <Card size="small">
                <Statistic title={t('fee.report.collected')} value={formatVnd(data.collected)} />
              </Card>
            </Col>
            <Col xs={24} sm={8}>
              <Card size="small">
                <Statistic title={t('fee.report.rate')} value={data.rate} suffix="%" />
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t('fee.report.chart')}>
            <Chart
              label={t('fee.report.chartLabel', { count: data.cells.length })}
              testId="fee-report-chart"
              option={{
                tooltip: { trigger: 'axis' },
                legend: { data: [t('fee.report.due'), t('fee.report.collected')] },
                grid: { left: 8, right: 8, bottom: 8, containLabel: true },
                xAxis: {
                  type: 'category',
                  data: data.cells.map((c) => c.name),
                  axisLabel: { interval: 0, rotate: 20 },
                },
                yAxis: { type: 'value' },
                series: [
                  { name: t('fee.report.due'), type: 'bar', data: data.cells.map((c) => c.due) },
                  { name: t('fee.report.collected'), type: 'bar', data: data.cells.map((c) => c.collected) },
                ],
              }}
            />
          </Card>
          <Table<CellRow>
            rowKey="orgUnitId"
            size="small"
            columns={columns}
            dataSource={data.cells}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: true }}
          />
          <Card size="small" title={t('fee.report.levels')}>
            <Row gutter={[16, 16]}>
              {data.levels.map((level) => (
                <Col key={level.level} xs={24} sm={8}>
                  <Statistic
                    title={`${t(`fee.report.level.${level.level}` as never)} (${level.percent}%)`}
                    value={formatVnd(level.amount)}
                  />
                </Col>
              ))}
            </Row>
            <Typography.Text type="secondary">{t('fee.report.levelsNote')}</Typography.Text>
          </Card>
        </>
      ) : null}
    </Flex>
  );
}
