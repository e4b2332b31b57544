import { FullscreenOutlined } from '@ant-design/icons';
import { Alert, Button, Typography } from 'antd';
import { useRef } from 'react';
import { useParams } from 'react-router';
import { PageLoading } from '../../../components/PageLoading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { ResultBars } from '../ResultBars';
import { useElection } from '../useElectionQueries';

/** The large-screen results: big type, one bar per name against the electorate base, the elected marked. */
export default function ElectionResultsPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const election = useElection(id, 5000);
  const screen = useRef<HTMLDivElement>(null);
  const e = election.data;
  if (!e) {
    return (
      <div className="election-screen">
        <ProblemAlert error={election.error} onRetry={() => election.refetch()} />
        {election.isLoading ? <PageLoading /> : null}
      </div>
    );
  }
  const round = [...e.rounds].reverse().find((r) => r.announced) ?? e.rounds[e.rounds.length - 1];
  return (
    <div className="election-screen" data-testid="election-screen" ref={screen}>
      {/* the hall's projector shows the results alone, without the menu and header */}
      <Button
        className="election-screen-full"
        icon={<FullscreenOutlined />}
        onClick={() => void screen.current?.requestFullscreen?.()}
        data-testid="election-screen-full"
      >
        {t('election.results.fullScreen')}
      </Button>
      <Typography.Title level={1} className="election-screen-title">
        {t('election.results.title')}
      </Typography.Title>
      <Typography.Title level={2} className="election-screen-subtitle">
        {e.title} · {e.orgUnitName} · {formatDate(e.heldOn)}
      </Typography.Title>
      <p className="election-screen-figures">
        {t('election.summary', { base: e.base, present: e.present, form: t(`election.form.${e.form}`) })}
      </p>
      {round ? (
        <>
          <p className="election-screen-figures">
            {t('election.results.round', { number: round.number })} · {t('election.field.seats')}:{' '}
            {round.seats} ·{' '}
            {t('election.count.progress', {
              reconciled: round.reconciled,
              returned: round.returned ?? 0,
              valid: round.valid,
              invalid: round.invalid,
            })}
          </p>
          {round.announced ? (
            <ResultBars round={round} base={e.base} large />
          ) : (
            <Alert type="info" title={t('election.results.notYet')} />
          )}
        </>
      ) : (
        <Alert type="info" title={t('election.results.notYet')} />
      )}
    </div>
  );
}
