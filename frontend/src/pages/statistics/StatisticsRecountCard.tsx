import { CalculatorOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, Typography } from 'antd';
import type { StatDifference, StatDimension } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { type MessageKey, useI18n } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { bucketLabel } from './statisticsModel';
import { useStatisticsRecount } from './useStatisticsQueries';

/** The administrator's recount of the statistics counters: checks (or repairs) and lists every difference. */
export function StatisticsRecountCard() {
  const { t } = useI18n();
  const recount = useStatisticsRecount();
  const result = recount.data;
  return (
    <Card
      size="small"
      title={t('statistics.recount.title')}
      style={{ marginBottom: 16 }}
      data-testid="recount"
    >
      <Typography.Paragraph type="secondary">{t('statistics.recount.intro')}</Typography.Paragraph>
      <Flex gap="small" wrap style={{ marginBottom: 12 }}>
        <Button
          icon={<CalculatorOutlined />}
          loading={recount.isPending && recount.variables === false}
          onClick={() => recount.mutate(false)}
          data-testid="recount-check"
        >
          {t('statistics.recount.check')}
        </Button>
        <Button
          danger
          loading={recount.isPending && recount.variables === true}
          onClick={() => recount.mutate(true)}
          data-testid="recount-repair"
        >
          {t('statistics.recount.repair')}
        </Button>
      </Flex>
      {recount.isError ? <ProblemAlert error={recount.error} /> : null}
      {result ? (
        <>
          <Alert
            data-testid="recount-result"
            style={{ marginBottom: 12 }}
            showIcon
            type={result.differences.length === 0 ? 'success' : result.repaired ? 'info' : 'warning'}
            title={
              result.differences.length === 0
                ? t('statistics.recount.none', { date: formatDate(result.asOf), millis: result.millis })
                : result.repaired
                  ? t('statistics.recount.repaired', { count: result.differences.length })
                  : t('statistics.recount.found', {
                      count: result.differences.length,
                      date: formatDate(result.asOf),
                    })
            }
          />
          {result.differences.length > 0 ? (
            <Table<StatDifference>
              size="small"
              rowKey={(d) => `${d.unitId}/${d.dimension}/${d.bucket}`}
              dataSource={result.differences}
              pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
              scroll={{ x: true }}
              columns={[
                { key: 'unit', title: t('statistics.recount.unit'), dataIndex: 'unitName' },
                {
                  key: 'dimension',
                  title: t('statistics.recount.dimension'),
                  render: (_, d) => t(`statistics.dimension.${d.dimension}` as MessageKey),
                },
                {
                  key: 'bucket',
                  title: t('statistics.recount.bucket'),
                  render: (_, d) => bucketLabel(t, d.dimension as StatDimension, d.bucket),
                },
                {
                  key: 'counter',
                  title: t('statistics.recount.counter'),
                  dataIndex: 'counter',
                  align: 'right',
                },
                {
                  key: 'recount',
                  title: t('statistics.recount.recounted'),
                  dataIndex: 'recount',
                  align: 'right',
                },
              ]}
              data-testid="recount-differences"
            />
          ) : null}
        </>
      ) : null}
    </Card>
  );
}
