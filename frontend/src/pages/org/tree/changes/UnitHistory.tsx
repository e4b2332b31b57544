import { Empty, Tag, Timeline, Typography } from 'antd';
import type { OrgUnitEvent } from '../../../../api/types';
import { PageLoading } from '../../../../components/PageLoading';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { useI18n } from '../../../../i18n';
import { formatDate, formatDateTime } from '../../../../i18n/format';
import { useUnitHistory } from '../useOrgQueries';

const COLORS: Record<OrgUnitEvent['kind'], string> = {
  CREATED: 'green',
  RENAMED: 'blue',
  MOVED: 'blue',
  MERGED: 'orange',
  SPLIT: 'purple',
  DISSOLVED: 'red',
};

/** The unit's history, latest change first, each with its decision. */
export function UnitHistory({ unitId }: { unitId: number }) {
  const { t } = useI18n();
  const history = useUnitHistory(unitId);
  if (history.isLoading) return <PageLoading />;
  if (history.error) return <ProblemAlert error={history.error} onRetry={() => void history.refetch()} />;
  const events = history.data ?? [];
  if (events.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.history.empty')} />;
  return (
    <Timeline
      data-testid="org-history"
      items={events.map((e) => ({
        key: e.id,
        color: COLORS[e.kind],
        content: (
          <div data-testid={`org-history-${e.kind}`}>
            <Typography.Text strong>
              {formatDate(e.effectiveOn)} ·{' '}
              <Tag color={COLORS[e.kind]}>{t(`org.history.kind.${e.kind}`)}</Tag>
            </Typography.Text>
            {e.kind === 'RENAMED' && e.nameBefore && e.nameAfter ? (
              <div>{t('org.history.renamed', { from: e.nameBefore, to: e.nameAfter })}</div>
            ) : null}
            {e.kind === 'MOVED' && e.parentBeforeName && e.parentAfterName ? (
              <div>{t('org.history.moved', { from: e.parentBeforeName, to: e.parentAfterName })}</div>
            ) : null}
            {e.relatedUnitName ? <div>{t('org.history.mergedWith', { name: e.relatedUnitName })}</div> : null}
            {e.membersMoved ? <div>{t('org.history.membersMoved', { count: e.membersMoved })}</div> : null}
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {e.decisionNumber
                ? t('org.history.decision', {
                    number: e.decisionNumber,
                    date: formatDate(e.decisionDate),
                    issuer: e.issuer ?? '',
                  })
                : t('org.history.noDecision')}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('org.history.recorded', { by: e.recordedBy, at: formatDateTime(e.recordedAt) })}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}
