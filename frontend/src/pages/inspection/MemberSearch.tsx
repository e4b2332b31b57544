import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { api, request } from '../../api/http';
import { useI18n } from '../../i18n';

interface Props {
  value?: string;
  onChange?: (id: string | undefined) => void;
  id?: string;
  testId?: string;
}

/** Picks a member of the caller's scope by name (the member list's search; every search is the server's). */
export function MemberSearch({ value, onChange, id, testId }: Props) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['inspection', 'member-search', q],
    queryFn: ({ signal }) =>
      request(api.GET('/api/v1/members', { params: { query: { q, page: 0, size: 20 } as never }, signal })),
    enabled: q.trim().length >= 2,
    staleTime: 60_000,
  });
  const options = (found.data?.content ?? []).map((m) => ({
    value: m.id,
    label: `${m.fullName} — ${m.cellName}`,
  }));
  return (
    <Select
      id={id}
      data-testid={testId}
      showSearch
      filterOption={false}
      onSearch={setQ}
      value={value}
      onChange={onChange}
      placeholder={t('inspection.form.memberSearch')}
      loading={found.isFetching}
      options={options}
      notFoundContent={null}
      aria-label={t('inspection.form.subjectMember')}
    />
  );
}
