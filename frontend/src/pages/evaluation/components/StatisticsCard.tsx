import { Card, Flex, Statistic } from 'antd';
import type { EvaluationCycle } from '../../../api/types';
import { Chart } from '../../../components/Chart';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { statisticsChart } from '../evaluationModel';
import { useEvaluationStatistics } from '../useEvaluationQueries';

/** Quality by level of the cycle's subtree in its year: members and organisations, from the decided yearly results. */
export function StatisticsCard({ cycle }: { cycle: EvaluationCycle }) {
  const { t } = useI18n();
  const stats = useEvaluationStatistics(cycle.orgUnitId, cycle.year);
  if (stats.isError) return <ProblemAlert error={stats.error} onRetry={() => stats.refetch()} />;
  if (!stats.data) return null;
  const s = stats.data;
  return (
    <Card
      size="small"
      style={{ marginTop: 16 }}
      title={t('evaluation.statistics.title', { unit: cycle.orgUnitName, year: cycle.year })}
      data-testid="evaluation-statistics"
    >
      <Flex gap="large" wrap style={{ marginBottom: 8 }}>
        <Statistic title={t('evaluation.statistics.members')} value={s.total} />
        <Statistic title={t('evaluation.statistics.organisations')} value={s.organisationTotal} />
      </Flex>
      <Chart
        option={statisticsChart(s, (l) => t(`evaluation.level.${l}`), {
          members: t('evaluation.statistics.members'),
          organisations: t('evaluation.statistics.organisations'),
        })}
        label={t('evaluation.statistics.label', {
          members: s.total,
          organisations: s.organisationTotal,
          year: s.year,
        })}
        height={240}
        testId="evaluation-statistics-chart"
      />
    </Card>
  );
}
