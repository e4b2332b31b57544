import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { api, request } from '../../../api/http';
import { useI18n } from '../../../i18n';

interface Props {
  value?: string;
  onChange?: (id: string | undefined, name: string | undefined) => void;
  id?: string;
  /** How to show the member already chosen before any search (their name as recorded with the task). */
  initialLabel?: string;
}

/**
 * Picks the person in charge of a task among the members of the user's scope (the name lookup, open to the city
 * office too), so that the
 * task reminders reach them; optional, and cleared to keep only the name.
 */
export function OwnerMemberSelect({ value, onChange, id, initialLabel }: Props) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['programmes', 'owner-search', q],
    queryFn: ({ signal }) =>
      request(api.GET('/api/v1/member-lookup', { params: { query: { q: q.trim() } }, signal })),
    enabled: q.trim().length >= 2,
    retry: false,
    staleTime: 60_000,
  });
  const options = (found.data ?? []).map((m) => ({
    value: m.id,
    label: `${m.fullName} — ${m.cellName}`,
    name: m.fullName,
  }));
  if (value && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: initialLabel ?? value, name: initialLabel ?? '' });
  }
  return (
    <Select
      id={id}
      data-testid="task-owner-member"
      showSearch
      allowClear
      filterOption={false}
      onSearch={setQ}
      value={value}
      onChange={(next: string | undefined) => onChange?.(next, options.find((o) => o.value === next)?.name)}
      placeholder={t('programme.add.memberSearch')}
      loading={found.isFetching}
      options={options}
      notFoundContent={null}
    />
  );
}
