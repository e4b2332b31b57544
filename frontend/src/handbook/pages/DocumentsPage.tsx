import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { type MessageKey, useI18n } from '../../i18n';
import { formatDate, formatTimeDate } from '../../i18n/format';
import { Loadable } from '../HandbookApp';
import {
  attachmentUrl,
  type DocumentFilter,
  useAcknowledge,
  useDocument,
  useDocuments,
  useSaveDocument,
} from '../useHandbook';

const FILTERS: { value: DocumentFilter; key: MessageKey }[] = [
  { value: 'all', key: 'handbook.documents.all' },
  { value: 'unread', key: 'handbook.documents.unread' },
  { value: 'saved', key: 'handbook.documents.saved' },
];

/** The documents that reach the member: search without diacritics, unread and saved ones. */
export function DocumentsPage() {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [filter, setFilter] = useState<DocumentFilter>('all');
  const documents = useDocuments(q, filter);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQ(text.trim());
  };
  return (
    <section aria-labelledby="hb-documents-title">
      <h1 id="hb-documents-title">{t('handbook.documents.title')}</h1>
      <search>
        <form className="hb-search" onSubmit={submit}>
          <label htmlFor="hb-doc-q" className="hb-visually-hidden">
            {t('handbook.documents.search')}
          </label>
          <input
            id="hb-doc-q"
            type="search"
            placeholder={t('handbook.documents.search')}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className="hb-button hb-primary">
            {t('handbook.documents.searchButton')}
          </button>
        </form>
      </search>
      <fieldset className="hb-chips">
        <legend className="hb-visually-hidden">{t('handbook.documents.title')}</legend>
        {FILTERS.map((f) => (
          <button
            key={f.value}
            type="button"
            className="hb-chip"
            aria-pressed={filter === f.value}
            onClick={() => setFilter(f.value)}
          >
            {t(f.key)}
          </button>
        ))}
      </fieldset>
      <Loadable query={documents}>
        {() => {
          const rows = documents.data?.content ?? [];
          if (rows.length === 0) return <p className="hb-muted">{t('handbook.documents.none')}</p>;
          return (
            <ul className="hb-list">
              {rows.map((d) => (
                <li key={d.id} className={d.read ? 'hb-item' : 'hb-item hb-unread'}>
                  <div className="hb-item-title">
                    {!d.read && <span className="hb-dot" title={t('handbook.documents.newBadge')} />}
                    <Link to={`/handbook/documents/${d.id}`}>{d.title}</Link>
                    {d.bookmarked && (
                      <span className="hb-tag hb-tag-ok">{t('handbook.documents.saved')}</span>
                    )}
                  </div>
                  <p className="hb-muted hb-small">
                    {t(`document.type.${d.type}` as MessageKey)} ·{' '}
                    {t('handbook.documents.issued', {
                      number: d.number || t('handbook.documents.noNumber'),
                      date: formatDate(d.issuedOn),
                    })}
                  </p>
                </li>
              ))}
            </ul>
          );
        }}
      </Loadable>
    </section>
  );
}

/** One document: read (the receipt is written on opening), acknowledged, saved for offline reading. */
export function DocumentPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const document = useDocument(id);
  const acknowledge = useAcknowledge(id);
  const save = useSaveDocument(document.data);
  return (
    <section>
      <Link to="/handbook/documents" className="hb-small">
        ← {t('handbook.documents.back')}
      </Link>
      <Loadable query={document}>
        {() => {
          const d = document.data;
          if (!d) return null;
          return (
            <article aria-labelledby="hb-doc-title">
              <p className="hb-muted hb-small">
                {t(`document.type.${d.type}` as MessageKey)} · {d.number || t('handbook.documents.noNumber')}{' '}
                · {formatDate(d.issuedOn)}
                {d.confidentiality !== 'PUBLIC' && (
                  <span className="hb-tag">
                    {' '}
                    {t(`handbook.documents.level.${d.confidentiality}` as MessageKey)}
                  </span>
                )}
              </p>
              <h1 id="hb-doc-title">{d.title}</h1>
              <p className="hb-muted hb-small">{t('handbook.documents.issuer', { issuer: d.orgUnitName })}</p>
              {d.signer && (
                <p className="hb-muted hb-small">{t('handbook.documents.signer', { signer: d.signer })}</p>
              )}
              {d.summary && (
                <>
                  <h2>{t('handbook.documents.summary')}</h2>
                  <p className="hb-item-body">{d.summary}</p>
                </>
              )}
              {d.attachments.length > 0 && (
                <>
                  <h2>{t('handbook.documents.attachments')}</h2>
                  <ul className="hb-files">
                    {d.attachments.map((a) => (
                      <li key={a.id}>
                        <a href={attachmentUrl(d.id, a.id)} download={a.fileName}>
                          {a.fileName}
                        </a>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <div className="hb-actions">
                {d.acknowledgedAt ? (
                  <p className="hb-success" role="status">
                    {t('handbook.documents.acknowledged', { time: formatTimeDate(d.acknowledgedAt) })}
                  </p>
                ) : (
                  <button
                    type="button"
                    className="hb-button hb-primary"
                    disabled={acknowledge.isPending}
                    onClick={() => acknowledge.mutate()}
                  >
                    {t('handbook.documents.acknowledge')}
                  </button>
                )}
                <button
                  type="button"
                  className="hb-button"
                  aria-pressed={d.bookmarked}
                  disabled={save.isPending}
                  onClick={() => save.mutate(!d.bookmarked)}
                >
                  {d.bookmarked ? t('handbook.documents.unsave') : t('handbook.documents.save')}
                </button>
                {d.bookmarked && <p className="hb-muted hb-small">{t('handbook.documents.savedOffline')}</p>}
              </div>
            </article>
          );
        }}
      </Loadable>
    </section>
  );
}
