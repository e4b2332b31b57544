import { Tag } from 'antd';
import { useI18n } from '../../i18n';
import { barWidth } from './electionModel';
import type { Round } from './electionTypes';

/** A round's names with their votes as bars against the electorate base; the elected and the tied marked. */
export function ResultBars({ round, base, large = false }: { round: Round; base: number; large?: boolean }) {
  const { t } = useI18n();
  return (
    <ol className={large ? 'election-bars election-bars-large' : 'election-bars'}>
      {round.results.map((r) => (
        <li
          key={r.candidateId}
          className={r.elected ? 'election-bar elected' : 'election-bar'}
          data-testid={`election-result-${r.position}`}
        >
          <div className="election-bar-label">
            <span className="election-bar-name">{r.fullName}</span>
            <span className="election-bar-votes">
              {r.votes} · {String(r.percentOfBase).replace('.', ',')}%
            </span>
            {r.elected ? <Tag color="red">{t('election.results.elected')}</Tag> : null}
            {r.tied ? <Tag color="orange">{t('election.results.tied')}</Tag> : null}
          </div>
          <div className="election-bar-track">
            <div className="election-bar-fill" style={{ width: barWidth(r.votes, base) }} />
            <div className="election-bar-half" />
          </div>
        </li>
      ))}
    </ol>
  );
}
