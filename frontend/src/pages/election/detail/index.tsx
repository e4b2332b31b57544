import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, InputNumber, Space, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageLoading } from '../../../components/PageLoading';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { currentStep, WIZARD_STEPS } from '../electionModel';
import type { Election } from '../electionTypes';
import { ResultBars } from '../ResultBars';
import { useElection, useIssueCodes, useStep } from '../useElectionQueries';
import { CandidatesPanel } from './CandidatesPanel';
import { RollPanel } from './RollPanel';

/** The election wizard: seats → list → checks → ballots → count → minutes, each step refused with its rule. */
export default function ElectionDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const election = useElection(id);
  const e = election.data;
  if (!e) {
    return (
      <PageShell title={t('menu.election.detail')}>
        <ProblemAlert error={election.error} onRetry={() => election.refetch()} />
        {election.isLoading ? <PageLoading /> : null}
      </PageShell>
    );
  }
  return (
    <PageShell
      title={e.title}
      extra={
        <Space wrap>
          <Link to={`/elections/${e.id}/results`} data-testid="election-results-screen">
            {t('election.results.screen')}
          </Link>
        </Space>
      }
    >
      <Steps
        size="small"
        current={currentStep(e.state)}
        style={{ marginBottom: 16 }}
        items={WIZARD_STEPS.map((s) => ({ title: t(`election.step.${s}`) }))}
        responsive
      />
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} style={{ marginBottom: 16 }} bordered>
        <Descriptions.Item label={t('election.field.unit')}>{e.orgUnitName}</Descriptions.Item>
        <Descriptions.Item label={t('election.field.occasion')}>
          {t(`election.occasion.${e.occasion}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('election.field.body')}>{t(`election.body.${e.body}`)}</Descriptions.Item>
        <Descriptions.Item label={t('election.field.seats')}>
          <span data-testid="election-seats-value">{e.seats}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('election.field.heldOn')}>{formatDate(e.heldOn)}</Descriptions.Item>
        <Descriptions.Item label={t('election.field.state')}>
          <Tag color="blue" data-testid="election-state">
            {t(`election.state.${e.state}`)}
          </Tag>
        </Descriptions.Item>
      </Descriptions>
      <Alert
        type="info"
        style={{ marginBottom: 16 }}
        title={t('election.summary', {
          base: e.base,
          present: e.present,
          form: t(`election.form.${e.form}`),
        })}
        data-testid="election-summary"
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <RollPanel election={e} />
        <CandidatesPanel election={e} />
        <ChecksPanel election={e} />
        <BallotsPanel election={e} />
        <CountPanel election={e} />
        <ResultsPanel election={e} />
      </Space>
    </PageShell>
  );
}

function ChecksPanel({ election: e }: { election: Election }) {
  const { t } = useI18n();
  const step = useStep(e.id);
  return (
    <Card
      title={t('election.checks.title')}
      extra={
        e.state === 'DRAFT' ? (
          <Button
            type="primary"
            loading={step.isPending}
            onClick={() => step.mutate({ action: 'ADOPT_LIST', version: e.version })}
            data-testid="election-adopt"
          >
            {t('election.checks.adopt')}
          </Button>
        ) : null
      }
    >
      <ProblemAlert error={step.error} testId="election-step-problem" />
      <ul className="election-checks">
        {e.checks.map((c) => (
          <li key={`${c.rule}-${c.detail}`} data-testid={`election-check-${c.rule}`}>
            <Space wrap>
              <Tag color={c.passed ? 'green' : 'red'}>
                {c.passed ? t('election.checks.passed') : t('election.checks.failed')}
              </Tag>
              <Typography.Text type="secondary">{c.source}</Typography.Text>
            </Space>
            <div>{c.detail}</div>
          </li>
        ))}
      </ul>
    </Card>
  );
}

function BallotsPanel({ election: e }: { election: Election }) {
  const { t } = useI18n();
  const step = useStep(e.id);
  const [issued, setIssued] = useState<number | null>(null);
  const [returned, setReturned] = useState<number | null>(null);
  const round = e.rounds[e.rounds.length - 1];
  return (
    <Card
      title={t('election.step.ballots')}
      extra={
        <Button
          href={`/api/v1/elections/${e.id}/ballot.pdf`}
          icon={<FilePdfOutlined />}
          data-testid="election-ballot-pdf"
        >
          {t('election.ballots.print')}
        </Button>
      }
    >
      <ProblemAlert error={step.error} />
      {round ? (
        <Typography.Paragraph>
          {t('election.results.round', { number: round.number })} · {t(`election.form.${round.form}`)} ·{' '}
          {t('election.field.seats')}: {round.seats}
          {round.issued != null ? ` · ${t('election.field.issued')}: ${round.issued}` : ''}
          {round.returned != null ? ` · ${t('election.field.returned')}: ${round.returned}` : ''}
        </Typography.Paragraph>
      ) : null}
      {e.state === 'LIST_ADOPTED' || e.state === 'VOTING_OPEN' ? <CodesSheet election={e} /> : null}
      {e.state === 'LIST_ADOPTED' ? (
        <Space wrap>
          <InputNumber
            min={1}
            value={issued}
            onChange={setIssued}
            placeholder={t('election.field.issued')}
            data-testid="election-issued"
            aria-label={t('election.field.issued')}
          />
          <Button
            type="primary"
            disabled={issued == null}
            loading={step.isPending}
            data-testid="election-open-voting"
            onClick={() =>
              step.mutate({ action: 'OPEN_VOTING', version: e.version, ballotsIssued: issued ?? 0 })
            }
          >
            {t('election.ballots.open')}
          </Button>
        </Space>
      ) : null}
      {e.state === 'VOTING_OPEN' ? (
        <Space wrap>
          <InputNumber
            min={0}
            value={returned}
            onChange={setReturned}
            placeholder={t('election.field.returned')}
            data-testid="election-returned"
            aria-label={t('election.field.returned')}
          />
          <Button
            type="primary"
            disabled={returned == null}
            loading={step.isPending}
            data-testid="election-close-voting"
            onClick={() =>
              step.mutate({ action: 'CLOSE_VOTING', version: e.version, ballotsReturned: returned ?? 0 })
            }
          >
            {t('election.ballots.close')}
          </Button>
        </Space>
      ) : null}
    </Card>
  );
}

function CodesSheet({ election: e }: { election: Election }) {
  const { t } = useI18n();
  const issue = useIssueCodes(e.id);
  return (
    <div style={{ marginBottom: 12 }}>
      <Space wrap>
        <Button onClick={() => issue.mutate()} loading={issue.isPending} data-testid="election-issue-codes">
          {t('election.vote.codes')}
        </Button>
        <Link to={`/elections/${e.id}/vote`}>{t('election.vote.page')}</Link>
      </Space>
      <ProblemAlert error={issue.error} />
      {issue.data ? (
        <>
          <Typography.Paragraph type="secondary">{t('election.vote.codesHelp')}</Typography.Paragraph>
          <ol className="election-codes" data-testid="election-codes">
            {issue.data.map((c) => (
              <li key={c.voterId}>
                {c.fullName}: <code>{c.code}</code>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}

function CountPanel({ election: e }: { election: Election }) {
  const { t } = useI18n();
  const step = useStep(e.id);
  const round = e.rounds[e.rounds.length - 1];
  if (!round || e.state !== 'COUNTING') return null;
  return (
    <Card
      title={t('election.step.count')}
      extra={
        <Button
          type="primary"
          loading={step.isPending}
          data-testid="election-announce"
          onClick={() => step.mutate({ action: 'ANNOUNCE', version: e.version })}
        >
          {t('election.count.announce')}
        </Button>
      }
    >
      <ProblemAlert error={step.error} testId="election-announce-problem" />
      <Typography.Paragraph data-testid="election-count-progress">
        {t('election.count.progress', {
          reconciled: round.reconciled,
          returned: round.returned ?? 0,
          valid: round.valid,
          invalid: round.invalid,
        })}
      </Typography.Paragraph>
      {round.mismatched.length > 0 ? (
        <Alert
          type="warning"
          title={t('election.count.mismatched', { numbers: round.mismatched.join(', ') })}
          style={{ marginBottom: 8 }}
        />
      ) : null}
      {round.pending.length > 0 ? (
        <Typography.Paragraph type="secondary">
          {t('election.count.pending', { numbers: round.pending.join(', ') })}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}

function ResultsPanel({ election: e }: { election: Election }) {
  const { t } = useI18n();
  const step = useStep(e.id);
  const announced = e.rounds.filter((r) => r.announced);
  if (announced.length === 0) return null;
  const last = e.rounds[e.rounds.length - 1];
  const canGoOn =
    e.state === 'RESULTS_ANNOUNCED' && last != null && (last.tiedSeats > 0 || last.unfilled > 0);
  return (
    <Card
      title={t('election.step.minutes')}
      extra={
        <Space wrap>
          <Button
            href={`/api/v1/elections/${e.id}/minutes.pdf?round=${announced[announced.length - 1]?.number}`}
            icon={<FilePdfOutlined />}
            data-testid="election-minutes-pdf"
          >
            {t('election.results.minutes')}
          </Button>
          {canGoOn ? (
            <Button
              onClick={() => step.mutate({ action: 'FURTHER_ROUND', version: e.version })}
              loading={step.isPending}
              data-testid="election-further-round"
            >
              {t('election.results.further')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <ProblemAlert error={step.error} />
      {announced.map((r) => (
        <div key={r.number}>
          <Typography.Title level={5}>{t('election.results.round', { number: r.number })}</Typography.Title>
          <ResultBars round={r} base={e.base} />
          {r.unfilled > 0 ? (
            <Alert type="warning" title={t('election.results.unfilled', { count: r.unfilled })} />
          ) : null}
          {r.tiedSeats > 0 ? (
            <Alert type="warning" title={t('election.results.tiedSeats', { count: r.tiedSeats })} />
          ) : null}
        </div>
      ))}
    </Card>
  );
}
