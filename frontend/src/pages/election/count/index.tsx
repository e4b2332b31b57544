import { Alert, Button, Card, Checkbox, InputNumber, Space, Tag, Typography } from 'antd';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { PageLoading } from '../../../components/PageLoading';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type MessageKey, useI18n } from '../../../i18n';
import { applyKey, blankMarks } from '../electionModel';
import { useDiscardBallot, useElection, useEnterBallot } from '../useElectionQueries';

/**
 * The counting committee's entry of paper ballots: the ballot's number, then the names with the keyboard (↑ ↓ to
 * move, Space or S to strike, Y N B O on a yes/no ballot, Enter to save). Each ballot is entered by two members;
 * the reconciliation lists the ballots whose entries differ, to clear and enter again.
 */
export default function ElectionCountPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const election = useElection(id, 5000);
  const enter = useEnterBallot(id);
  const discard = useDiscardBallot(id);
  const e = election.data;
  const round = e?.rounds[e.rounds.length - 1];
  const names = useMemo(
    () => (round ? [...round.results].sort((a, b) => a.position - b.position) : []),
    [round],
  );
  const [number, setNumber] = useState<number | null>(1);
  const [marks, setMarks] = useState('');
  const [spoiled, setSpoiled] = useState(false);
  const [focus, setFocus] = useState(0);
  const [saved, setSaved] = useState<number | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const form = round?.form ?? 'STRIKE_OUT';

  useEffect(() => {
    if (names.length > 0 && marks.length !== names.length) setMarks(blankMarks(form, names.length));
  }, [names.length, form, marks.length]);

  if (!e || !round) {
    return (
      <PageShell title={t('election.count.title')}>
        <ProblemAlert error={election.error} onRetry={() => election.refetch()} />
        {election.isLoading ? <PageLoading /> : null}
      </PageShell>
    );
  }

  const submit = () => {
    if (number == null) return;
    enter.mutate(
      { ballotNumber: number, marks, spoiled },
      {
        onSuccess: () => {
          setSaved(number);
          setNumber(number + 1);
          setMarks(blankMarks(form, names.length));
          setSpoiled(false);
          setFocus(0);
        },
      },
    );
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      setFocus((f) => Math.min(names.length - 1, f + 1));
    } else if (event.key === 'ArrowUp') {
      setFocus((f) => Math.max(0, f - 1));
    } else if (event.key === 'Enter') {
      submit();
    } else {
      const next = applyKey(form, marks, focus, event.key);
      if (next === marks) return;
      setMarks(next);
      if (form === 'YES_NO') setFocus((f) => Math.min(names.length - 1, f + 1));
    }
    event.preventDefault();
  };

  return (
    <PageShell title={`${t('election.count.title')} — ${e.title}`}>
      {e.state !== 'COUNTING' ? <Alert type="info" title={t('election.count.notCounting')} /> : null}
      <Typography.Paragraph type="secondary">{t('election.count.help')}</Typography.Paragraph>
      <Typography.Paragraph data-testid="count-progress">
        {t('election.count.progress', {
          reconciled: round.reconciled,
          returned: round.returned ?? 0,
          valid: round.valid,
          invalid: round.invalid,
        })}
      </Typography.Paragraph>
      <ProblemAlert error={enter.error ?? discard.error} testId="count-problem" />
      {saved != null && !enter.error ? (
        <Alert
          type="success"
          title={t('election.count.saved', { number: saved })}
          style={{ marginBottom: 8 }}
        />
      ) : null}
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <Space.Compact>
            <Button tabIndex={-1}>{t('election.field.ballotNumber')}</Button>
            <InputNumber
              min={1}
              max={round.returned ?? undefined}
              value={number}
              onChange={setNumber}
              aria-label={t('election.field.ballotNumber')}
              data-testid="count-number"
              onPressEnter={() => listRef.current?.focus()}
            />
          </Space.Compact>
          <Checkbox
            checked={spoiled}
            onChange={(ev) => setSpoiled(ev.target.checked)}
            data-testid="count-spoiled"
          >
            {t('election.field.spoiled')}
          </Checkbox>
        </Space>
        <div
          ref={listRef}
          tabIndex={0}
          role="listbox"
          aria-label={t('election.count.title')}
          onKeyDown={onKey}
          className="count-list"
          data-testid="count-list"
        >
          {names.map((n, i) => {
            const mark = marks[i] ?? '';
            return (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the list handles the keys
              <div
                key={n.candidateId}
                role="option"
                tabIndex={-1}
                aria-selected={i === focus}
                className={`count-row${i === focus ? ' focused' : ''}${mark === 'S' ? ' struck' : ''}`}
                onClick={() => {
                  setFocus(i);
                  setMarks(applyKey(form, marks, i, form === 'STRIKE_OUT' ? ' ' : mark === 'Y' ? 'N' : 'Y'));
                }}
                data-testid={`count-row-${n.position}`}
              >
                <span className="count-no">{n.position}.</span>
                <span className="count-name">{n.fullName}</span>
                <Tag
                  color={
                    mark === 'S' || mark === 'N' ? 'red' : mark === 'K' || mark === 'Y' ? 'green' : 'default'
                  }
                >
                  {mark ? t(`election.mark.${mark}` as MessageKey) : ''}
                </Tag>
              </div>
            );
          })}
        </div>
        <Button
          type="primary"
          style={{ marginTop: 12 }}
          onClick={submit}
          loading={enter.isPending}
          disabled={number == null || e.state !== 'COUNTING'}
          data-testid="count-save"
        >
          {t('election.count.save')}
        </Button>
      </Card>
      {round.mismatched.length > 0 ? (
        <Card
          style={{ marginTop: 16 }}
          title={t('election.count.mismatched', { numbers: round.mismatched.join(', ') })}
        >
          <Space wrap>
            {round.mismatched.map((n) => (
              <Button key={n} danger onClick={() => discard.mutate(n)} data-testid={`count-reenter-${n}`}>
                {t('election.count.reenter', { number: n })}
              </Button>
            ))}
          </Space>
        </Card>
      ) : null}
      {round.pending.length > 0 ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }} data-testid="count-pending">
          {t('election.count.pending', { numbers: round.pending.join(', ') })}
        </Typography.Paragraph>
      ) : null}
    </PageShell>
  );
}
