import { Table, Typography } from 'antd';
import { useState } from 'react';
import type { MemberChange } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatDateTime } from '../../../i18n/format';
import { useMemberChanges } from '../useMemberQueries';
import { changeValue, fieldLabel } from './values';

/** The record's field history, newest first: who changed which item, when, from what to what. */
export function MemberHistory({ id, active }: { id: string; active: boolean }) {
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  const changes = useMemberChanges(id, page, active);
  if (changes.isError) return <ProblemAlert error={changes.error} onRetry={() => changes.refetch()} />;
  return (
    <Table<MemberChange>
      data-testid="member-history"
      size="small"
      loading={changes.isPending}
      rowKey={(c) => `${c.version}-${c.field}`}
      dataSource={changes.data?.content ?? []}
      locale={{ emptyText: t('member.history.empty') }}
      pagination={{
        current: page + 1,
        pageSize: 20,
        total: changes.data?.totalElements ?? 0,
        onChange: (p) => setPage(p - 1),
      }}
      columns={[
        { key: 'when', title: t('member.history.when'), render: (_, c) => formatDateTime(c.changedAt) },
        { key: 'who', title: t('member.history.who'), dataIndex: 'changedBy' },
        { key: 'field', title: t('member.history.field'), render: (_, c) => fieldLabel(t, c.field) },
        {
          key: 'change',
          title: t('member.history.change'),
          render: (_, c) => (
            <Typography.Text>
              <Typography.Text delete type="secondary">
                {changeValue(t, c.field, c.oldValue) || '—'}
              </Typography.Text>
              {' → '}
              {changeValue(t, c.field, c.newValue) || '—'}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}
