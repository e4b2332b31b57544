import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/http';
import { useI18n } from '../../i18n';
import { formatTimeDate } from '../../i18n/format';
import { Loadable } from '../HandbookApp';
import { type FeedbackKind, useMyFeedback, useSendFeedback } from '../useHandbook';

/** Questions and opinions to the committee, and their answers. */
export function FeedbackPage() {
  const { t } = useI18n();
  const mine = useMyFeedback();
  const send = useSendFeedback();
  const [kind, setKind] = useState<FeedbackKind>('QUESTION');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [done, setDone] = useState(false);
  const error = send.error instanceof ApiError ? send.error : undefined;
  const fieldError = (field: string) => error?.fieldErrors.find((e) => e.field === field)?.message;

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    send.mutate(
      { kind, subject, body },
      {
        onSuccess: () => {
          setSubject('');
          setBody('');
          setDone(true);
        },
      },
    );
  }

  return (
    <section aria-labelledby="hb-feedback-title">
      <h1 id="hb-feedback-title">{t('handbook.feedback.title')}</h1>
      <p className="hb-muted">{t('handbook.feedback.intro')}</p>
      <form className="hb-form" onSubmit={submit} noValidate>
        <fieldset className="hb-choice">
          <legend>{t('handbook.feedback.kind')}</legend>
          {(['QUESTION', 'OPINION'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="kind"
                value={value}
                checked={kind === value}
                onChange={() => setKind(value)}
              />
              {t(value === 'QUESTION' ? 'handbook.feedback.question' : 'handbook.feedback.opinion')}
            </label>
          ))}
        </fieldset>
        <label htmlFor="hb-subject">{t('handbook.feedback.subject')}</label>
        <input
          id="hb-subject"
          value={subject}
          maxLength={200}
          aria-invalid={Boolean(fieldError('subject'))}
          aria-describedby={fieldError('subject') ? 'hb-subject-error' : undefined}
          onChange={(e) => setSubject(e.target.value)}
        />
        {fieldError('subject') && (
          <p id="hb-subject-error" className="hb-field-error">
            {fieldError('subject')}
          </p>
        )}
        <label htmlFor="hb-body">{t('handbook.feedback.body')}</label>
        <textarea
          id="hb-body"
          rows={5}
          value={body}
          maxLength={4000}
          aria-invalid={Boolean(fieldError('body'))}
          aria-describedby={fieldError('body') ? 'hb-body-error' : undefined}
          onChange={(e) => setBody(e.target.value)}
        />
        {fieldError('body') && (
          <p id="hb-body-error" className="hb-field-error">
            {fieldError('body')}
          </p>
        )}
        {error && error.fieldErrors.length === 0 && (
          <p className="hb-alert" role="alert">
            {error.text}
          </p>
        )}
        {done && (
          <p className="hb-success" role="status">
            {t('handbook.feedback.sent')}
          </p>
        )}
        <button type="submit" className="hb-button hb-primary" disabled={send.isPending}>
          {t('handbook.feedback.send')}
        </button>
      </form>
      <h2>{t('handbook.feedback.mine')}</h2>
      <Loadable query={mine}>
        {() =>
          (mine.data ?? []).length === 0 ? (
            <p className="hb-muted">{t('handbook.feedback.empty')}</p>
          ) : (
            <ul className="hb-list">
              {(mine.data ?? []).map((f) => (
                <li key={f.id} className="hb-item">
                  <div className="hb-item-title">
                    <strong>{f.subject}</strong>
                    <span className={f.state === 'ANSWERED' ? 'hb-tag hb-tag-ok' : 'hb-tag'}>
                      {t(f.state === 'ANSWERED' ? 'handbook.feedback.answered' : 'handbook.feedback.open')}
                    </span>
                  </div>
                  <p className="hb-item-body">{f.body}</p>
                  <p className="hb-muted hb-small">
                    {t('handbook.feedback.sentAt', { time: formatTimeDate(f.createdAt) })}
                  </p>
                  {f.answer && (
                    <blockquote className="hb-answer">
                      <p className="hb-small">{t('handbook.feedback.answer', { by: f.answeredBy ?? '' })}</p>
                      <p>{f.answer}</p>
                    </blockquote>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Loadable>
    </section>
  );
}
