import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/http';
import { type MessageKey, useI18n } from '../../i18n';
import { Loadable } from '../HandbookApp';
import { type EvaluationLevel, type EvaluationOwn, useMyEvaluations, useSelfAssess } from '../useHandbook';

const LEVELS: EvaluationLevel[] = ['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'];

/** The member's evaluation history and, while a cycle takes it, their self-assessment (QĐ 366-QĐ/TW). */
export function EvaluationsPage() {
  const { t } = useI18n();
  const mine = useMyEvaluations();
  return (
    <section aria-labelledby="hb-evaluations-title">
      <h1 id="hb-evaluations-title">{t('handbook.evaluations.title')}</h1>
      <p className="hb-muted">{t('handbook.evaluations.intro')}</p>
      <Loadable query={mine}>
        {() =>
          (mine.data ?? []).length === 0 ? (
            <p className="hb-muted">{t('handbook.evaluations.none')}</p>
          ) : (
            (mine.data ?? []).map((own) => <EvaluationCard key={own.cycle.id} own={own} />)
          )
        }
      </Loadable>
    </section>
  );
}

function EvaluationCard({ own }: { own: EvaluationOwn }) {
  const { t } = useI18n();
  const { cycle, entry } = own;
  const level = (value: EvaluationLevel) => t(`evaluation.level.${value}` as MessageKey);
  const open = cycle.state === 'OPEN' || cycle.state === 'SELF_ASSESSMENT';
  return (
    <article className="hb-meeting">
      <h2 className="hb-card-title">
        {t('handbook.evaluations.cycle', {
          period: t(`evaluation.period.${cycle.period}` as MessageKey),
          year: cycle.year,
          unit: cycle.orgUnitName,
        })}
      </h2>
      <p className="hb-muted hb-small">{t(`evaluation.state.${cycle.state}` as MessageKey)}</p>
      {entry?.selfLevel && (
        <p>
          {t('handbook.evaluations.self', { level: level(entry.selfLevel), score: entry.selfScore ?? '—' })}
        </p>
      )}
      {cycle.state === 'PUBLISHED' && entry?.decidedLevel ? (
        <p className={entry.decidedLevel === 'NOT_COMPLETED' ? 'hb-alert' : 'hb-success'}>
          {t('handbook.evaluations.result', { level: level(entry.decidedLevel) })}
        </p>
      ) : (
        !open && <p className="hb-muted hb-small">{t('handbook.evaluations.pending')}</p>
      )}
      {open && <SelfAssessmentForm own={own} />}
    </article>
  );
}

function SelfAssessmentForm({ own }: { own: EvaluationOwn }) {
  const { t } = useI18n();
  const save = useSelfAssess();
  const entry = own.entry;
  const id = own.cycle.id;
  const [score, setScore] = useState(entry?.selfScore?.toString() ?? '');
  const [level, setLevel] = useState<EvaluationLevel | ''>(entry?.selfLevel ?? '');
  const [total, setTotal] = useState(entry?.tasksTotal?.toString() ?? '');
  const [exceeding, setExceeding] = useState(entry?.tasksExceeding?.toString() ?? '');
  const [late, setLate] = useState(entry?.tasksLate?.toString() ?? '');
  const [comment, setComment] = useState(entry?.selfComment ?? '');
  const [done, setDone] = useState(false);
  const error = save.error instanceof ApiError ? save.error : undefined;
  const fieldError = (field: string) => error?.fieldErrors.find((e) => e.field === field)?.message;
  const number = (text: string) => (text.trim() === '' ? null : Number(text));

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    save.mutate(
      {
        cycleId: id,
        score: number(score),
        level: level || null,
        tasksTotal: number(total),
        tasksExceeding: number(exceeding),
        tasksLate: number(late),
        comment,
        version: entry?.version ?? null,
      },
      { onSuccess: () => setDone(true) },
    );
  }

  const numberField = (key: string, field: string, value: string, set: (v: string) => void, max: number) => (
    <>
      <label htmlFor={`hb-${field}-${id}`}>{t(key as MessageKey)}</label>
      <input
        id={`hb-${field}-${id}`}
        type="number"
        inputMode="numeric"
        min={0}
        max={max}
        value={value}
        aria-invalid={Boolean(fieldError(field))}
        onChange={(e) => set(e.target.value)}
      />
      {fieldError(field) && <p className="hb-field-error">{fieldError(field)}</p>}
    </>
  );

  return (
    <form className="hb-form" onSubmit={submit} noValidate>
      <h3>{t('handbook.evaluations.form')}</h3>
      {numberField('handbook.evaluations.score', 'score', score, setScore, 100)}
      <label htmlFor={`hb-level-${id}`}>{t('handbook.evaluations.level')}</label>
      <select
        id={`hb-level-${id}`}
        className="hb-select"
        value={level}
        aria-invalid={Boolean(fieldError('level'))}
        onChange={(e) => setLevel(e.target.value as EvaluationLevel)}
      >
        <option value="" />
        {LEVELS.map((value) => (
          <option key={value} value={value}>
            {t(`evaluation.level.${value}` as MessageKey)}
          </option>
        ))}
      </select>
      {fieldError('level') && <p className="hb-field-error">{fieldError('level')}</p>}
      {numberField('handbook.evaluations.tasksTotal', 'tasksTotal', total, setTotal, 10000)}
      {numberField('handbook.evaluations.tasksExceeding', 'tasksExceeding', exceeding, setExceeding, 10000)}
      {numberField('handbook.evaluations.tasksLate', 'tasksLate', late, setLate, 10000)}
      <label htmlFor={`hb-comment-${id}`}>{t('handbook.evaluations.comment')}</label>
      <textarea
        id={`hb-comment-${id}`}
        rows={3}
        maxLength={2000}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
      {error && error.fieldErrors.length === 0 && (
        <p className="hb-alert" role="alert">
          {error.text}
        </p>
      )}
      {done && (
        <p className="hb-success" role="status">
          {t('handbook.evaluations.saved')}
        </p>
      )}
      <button type="submit" className="hb-button hb-primary" disabled={save.isPending}>
        {t('handbook.evaluations.submit')}
      </button>
    </form>
  );
}
