import { Select } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { useDocuments } from './useDocumentQueries';

/** A document offered for choice: its id and "number · title". */
export interface DocumentOption {
  value: number;
  label: string;
}

/** Chooses a published document by its number or title (searched on the server, diacritics ignored). */
export function DocumentPicker({
  value,
  onChange,
  known = [],
  exclude,
  id,
  testId,
  ariaLabel,
}: {
  value?: number;
  onChange?: (id: number | undefined) => void;
  known?: DocumentOption[];
  exclude?: number;
  id?: string;
  testId?: string;
  ariaLabel?: string;
}) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const found = useDocuments({
    q: q.trim() === '' ? undefined : q.trim(),
    status: 'PUBLISHED',
    page: 0,
    size: 20,
  });
  const options = new Map<number, DocumentOption>();
  for (const o of known) options.set(o.value, o);
  for (const d of found.data?.content ?? []) {
    if (d.id !== exclude)
      options.set(d.id, { value: d.id, label: d.number ? `${d.number} · ${d.title}` : d.title });
  }
  return (
    <Select<number>
      id={id}
      data-testid={testId}
      allowClear
      aria-label={ariaLabel ?? t('document.form.linkTarget')}
      style={{ width: '100%' }}
      value={value}
      onChange={(v) => onChange?.(v)}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={found.isFetching}
      options={[...options.values()]}
    />
  );
}
