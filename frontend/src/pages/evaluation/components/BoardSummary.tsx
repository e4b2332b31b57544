import { Card, Col, Row, Statistic } from 'antd';
import type { EvaluationQuota } from '../../../api/types';
import { Chart } from '../../../components/Chart';
import { useI18n } from '../../../i18n';
import { countByLevel, levelChart, type RatedRow } from '../evaluationModel';
import { QuotaCard } from './QuotaCard';

interface Props {
  subject: 'members' | 'organisations';
  rows: readonly RatedRow[];
  selfAssessed: number;
  proposed: number;
  decided: number;
  quotas: readonly EvaluationQuota[];
  /** Present when the caller may decide now. */
  decide?: { run: (unitId: number) => Promise<unknown>; pending: boolean };
}

/** A board's head: the counters, the excellent quota of each group with its decision, and the results by level. */
export function BoardSummary({ subject, rows, selfAssessed, proposed, decided, quotas, decide }: Props) {
  const { t } = useI18n();
  const counts = countByLevel(rows);
  const members = subject === 'members';
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={24} xl={14}>
        <Card size="small" style={{ height: '100%' }}>
          <Row gutter={[16, 16]}>
            <Col xs={8}>
              <Statistic
                title={t('evaluation.counter.selfAssessed')}
                value={selfAssessed}
                suffix={`/ ${rows.length}`}
              />
            </Col>
            <Col xs={8}>
              <Statistic
                title={t(members ? 'evaluation.counter.proposed' : 'evaluation.organisation.counterProposed')}
                value={proposed}
              />
            </Col>
            <Col xs={8}>
              <Statistic title={t('evaluation.counter.decided')} value={decided} />
            </Col>
          </Row>
          <div style={{ marginTop: 16 }}>
            {quotas.map((q) => (
              <QuotaCard key={q.unitId} quota={q} subject={subject} decide={decide} />
            ))}
          </div>
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card size="small" title={t('evaluation.chart.title')} style={{ height: '100%' }}>
          <Chart
            option={levelChart(counts, (l) => t(`evaluation.level.${l}`))}
            label={t(members ? 'evaluation.chart.label' : 'evaluation.organisation.chartLabel', {
              excellent: counts.EXCELLENT,
              good: counts.GOOD,
              completed: counts.COMPLETED,
              notCompleted: counts.NOT_COMPLETED,
            })}
            height={200}
            testId={members ? 'evaluation-chart' : 'evaluation-unit-chart'}
          />
        </Card>
      </Col>
    </Row>
  );
}
