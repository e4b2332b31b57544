import type { TableColumnsType } from 'antd';
import { Alert, Table, Typography } from 'antd';
import { Chart } from '../../../components/Chart';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { AGE_BANDS, ageingChart } from '../petitionModel';
import type { AgeingRow } from '../petitionTypes';
import { useAgeing } from '../usePetitionQueries';

/** Open petitions of a subtree by unit and age band: a stacked bar chart and the table behind it. */
export function AgeingPanel({ unitId, active }: { unitId: number | undefined; active: boolean }) {
  const { t } = useI18n();
  const ageing = useAgeing(unitId, active);
  if (unitId === undefined) return <Alert type="info" title={t('petition.ageing.chooseUnit')} />;
  const report = ageing.data;
  const columns: TableColumnsType<AgeingRow> = [
    {
      key: 'unit',
      title: t('petition.ageing.unit'),
      render: (_, row) => row.unitName || t('petition.ageing.total'),
    },
    ...AGE_BANDS.map((band) => ({
      key: band,
      title: t(`petition.ageing.${band}`),
      align: 'right' as const,
      render: (_: unknown, row: AgeingRow) => row[band],
    })),
    { key: 'open', title: t('petition.ageing.open'), align: 'right', render: (_, row) => <b>{row.open}</b> },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">
        {t('petition.ageing.intro')}
        {report ? ` ${t('petition.ageing.asOf', { date: formatDate(report.asOf) })}` : ''}
      </Typography.Paragraph>
      <ProblemAlert error={ageing.error} onRetry={() => ageing.refetch()} />
      {report ? (
        <>
          <Chart
            testId="petition-ageing-chart"
            label={t('petition.ageing.chart')}
            height={Math.max(200, 48 * report.units.length + 60)}
            option={ageingChart(report.units, (band) => t(`petition.ageing.${band}`))}
          />
          <Table<AgeingRow>
            rowKey="unitId"
            size="small"
            data-testid="petition-ageing-table"
            columns={columns}
            dataSource={[...report.units, report.total]}
            pagination={false}
            scroll={{ x: true }}
          />
        </>
      ) : null}
    </>
  );
}
