import { AutoComplete, Input, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { OrgUnit } from '../../../../api/types';
import { useDebouncedValue } from '../../../../hooks/useDebouncedValue';
import { useI18n } from '../../../../i18n';
import { useOrgSearch } from '../useOrgQueries';

/** Debounced name search; picking a hit hands it to `onPick` (the page reveals it in the tree). */
export function OrgSearch({ onPick }: { onPick: (unit: OrgUnit) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const search = useOrgSearch(q);
  const hits = q.length >= 2 ? (search.data?.content ?? []) : [];
  const more = q.length >= 2 && search.data ? search.data.totalElements - hits.length : 0;

  const options = useMemo(() => {
    const list = hits.map((unit) => ({
      value: String(unit.id),
      label: (
        <div data-testid={`org-search-hit-${unit.id}`}>
          <div>{unit.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`org.kind.${unit.kind}`)} · {unit.code}
          </Typography.Text>
        </div>
      ),
    }));
    if (more > 0) {
      list.push({
        value: '__more__',
        label: <Typography.Text type="secondary">{t('org.search.more', { count: more })}</Typography.Text>,
        disabled: true,
      } as (typeof list)[number]);
    }
    return list;
  }, [hits, more, t]);

  return (
    <AutoComplete
      style={{ width: '100%' }}
      options={options}
      value={text}
      onChange={(value: string) => {
        if (!hits.some((u) => String(u.id) === value)) setText(value);
      }}
      onSelect={(value: string) => {
        const unit = hits.find((u) => String(u.id) === value);
        if (unit) {
          setText(unit.name);
          onPick(unit);
        }
      }}
      notFoundContent={q.length >= 2 && !search.isFetching ? t('org.search.noResults') : undefined}
    >
      <Input.Search
        allowClear
        aria-label={t('org.search.label')}
        placeholder={t('org.search.placeholder')}
        loading={search.isFetching}
        data-testid="org-search"
      />
    </AutoComplete>
  );
}
