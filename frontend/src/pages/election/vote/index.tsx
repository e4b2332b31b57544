import { Alert, Button, Card, Input, Result, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { PageLoading } from '../../../components/PageLoading';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type MessageKey, useI18n } from '../../../i18n';
import { applyKey, blankMarks } from '../electionModel';
import { useCastBallot, useCheckReceipt, useVoterBallot } from '../useElectionQueries';

type Stage = 'token' | 'ballot' | 'confirm' | 'receipt';

/**
 * A voter's phone: their one-time code → the ballot (tap a name to strike it, or tick đồng ý / không đồng ý) → confirm
 * → the receipt code, with which they can later check that the ballot is counted.
 */
export default function ElectionVotePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const ballot = useVoterBallot(id);
  const cast = useCastBallot(id);
  const check = useCheckReceipt(id);
  const [stage, setStage] = useState<Stage>('token');
  const [token, setToken] = useState('');
  const [marks, setMarks] = useState('');
  const [receipt, setReceipt] = useState('');
  const [checkCode, setCheckCode] = useState('');
  const b = ballot.data;
  if (!b) {
    return (
      <PageShell title={t('election.vote.title')}>
        <ProblemAlert error={ballot.error} onRetry={() => ballot.refetch()} />
        {ballot.isLoading ? <PageLoading /> : null}
      </PageShell>
    );
  }
  const current = marks.length === b.names.length ? marks : blankMarks(b.form, b.names.length);
  const kept = [...current].filter((m) => m === 'K' || m === 'Y').length;
  return (
    <PageShell title={t('election.vote.title')}>
      <Typography.Paragraph strong>{b.title}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {b.orgUnitName} · {t('election.results.round', { number: b.round })} · {t('election.field.seats')}:{' '}
        {b.seats}
      </Typography.Paragraph>
      {b.state !== 'VOTING_OPEN' && stage !== 'receipt' ? (
        <Alert type="info" title={t('election.vote.closed')} style={{ marginBottom: 12 }} />
      ) : null}
      <ProblemAlert error={cast.error} testId="vote-problem" />
      {stage === 'token' ? (
        <Card>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text>{t('election.vote.enterToken')}</Typography.Text>
            <Input
              size="large"
              value={token}
              onChange={(e) => setToken(e.target.value.toUpperCase())}
              placeholder="XXXXX-XXXXX"
              data-testid="vote-token"
              autoComplete="off"
            />
            <Button
              type="primary"
              size="large"
              block
              disabled={token.trim().length < 10 || b.state !== 'VOTING_OPEN'}
              onClick={() => setStage('ballot')}
              data-testid="vote-next"
            >
              {t('election.vote.next')}
            </Button>
          </Space>
        </Card>
      ) : null}
      {stage === 'ballot' || stage === 'confirm' ? (
        <Card>
          <Typography.Paragraph type="secondary">
            {b.form === 'STRIKE_OUT'
              ? t('election.vote.strikeHelp', { seats: b.seats })
              : t('election.vote.yesNoHelp')}
          </Typography.Paragraph>
          <div className="vote-list">
            {b.names.map((name, i) => {
              const mark = current[i] ?? '';
              return (
                <div key={name + String(i)} className={`vote-row${mark === 'S' ? ' struck' : ''}`}>
                  <span className="vote-name">{name}</span>
                  {b.form === 'STRIKE_OUT' ? (
                    <Button
                      size="large"
                      disabled={stage === 'confirm'}
                      onClick={() => setMarks(applyKey(b.form, current, i, ' '))}
                      data-testid={`vote-row-${i + 1}`}
                    >
                      {mark === 'S' ? t('election.vote.restore') : t('election.vote.strike')}
                    </Button>
                  ) : (
                    <Space>
                      {(['Y', 'N'] as const).map((m) => (
                        <Button
                          key={m}
                          size="large"
                          type={mark === m ? 'primary' : 'default'}
                          disabled={stage === 'confirm'}
                          onClick={() => setMarks(applyKey(b.form, current, i, m))}
                          data-testid={`vote-row-${i + 1}-${m}`}
                        >
                          {t(`election.mark.${m}` as MessageKey)}
                        </Button>
                      ))}
                    </Space>
                  )}
                </div>
              );
            })}
          </div>
          {b.form === 'STRIKE_OUT' && kept > b.seats ? (
            <Alert type="warning" title={t('election.vote.tooMany', { kept, seats: b.seats })} />
          ) : null}
          {stage === 'ballot' ? (
            <Button
              type="primary"
              size="large"
              block
              style={{ marginTop: 12 }}
              onClick={() => setStage('confirm')}
              data-testid="vote-review"
            >
              {t('election.vote.review')}
            </Button>
          ) : (
            <Space orientation="vertical" style={{ width: '100%', marginTop: 12 }}>
              <Alert type="info" title={t('election.vote.confirmText')} />
              <Button
                type="primary"
                size="large"
                block
                loading={cast.isPending}
                data-testid="vote-confirm"
                onClick={() =>
                  cast.mutate(
                    { token: token.trim(), marks: current },
                    {
                      onSuccess: (r) => {
                        setReceipt(r.receipt);
                        setStage('receipt');
                      },
                    },
                  )
                }
              >
                {t('election.vote.confirm')}
              </Button>
              <Button size="large" block onClick={() => setStage('ballot')}>
                {t('election.vote.back')}
              </Button>
            </Space>
          )}
        </Card>
      ) : null}
      {stage === 'receipt' ? (
        <Result
          status="success"
          title={t('election.vote.done')}
          subTitle={
            <span>
              {t('election.vote.receipt')}{' '}
              <Tag color="red" style={{ fontSize: 18, padding: '4px 8px' }} data-testid="vote-receipt">
                {receipt}
              </Tag>
            </span>
          }
        />
      ) : null}
      <Card size="small" title={t('election.vote.check')} style={{ marginTop: 16 }}>
        <Space.Compact style={{ width: '100%' }}>
          <Input
            value={checkCode}
            onChange={(e) => setCheckCode(e.target.value.toUpperCase())}
            placeholder="XXXXX-XXXXX"
            data-testid="vote-check-code"
          />
          <Button
            onClick={() => check.mutate(checkCode.trim())}
            disabled={!checkCode.trim()}
            data-testid="vote-check"
          >
            {t('election.vote.checkButton')}
          </Button>
        </Space.Compact>
        {check.data ? (
          <Alert
            style={{ marginTop: 8 }}
            type={check.data.counted ? 'success' : 'warning'}
            title={check.data.counted ? t('election.vote.counted') : t('election.vote.notCounted')}
            data-testid="vote-check-result"
          />
        ) : null}
      </Card>
    </PageShell>
  );
}
