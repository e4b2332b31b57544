import { CheckCircleTwoTone, LockOutlined, StopOutlined } from '@ant-design/icons';
import { Card, Input, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import type { AccountSummary } from '../../../api/types';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { useI18n } from '../../../i18n';
import { useAccounts } from '../useAdminQueries';

export default function AccountsPage() {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 400);
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(20);
  const accounts = useAccounts(q, page, size);

  const columns: TableColumnsType<AccountSummary> = [
    { key: 'username', title: t('admin.accounts.username'), dataIndex: 'username' },
    { key: 'displayName', title: t('admin.accounts.displayName'), dataIndex: 'displayName' },
    {
      key: 'roles',
      title: t('admin.accounts.roles'),
      render: (_: unknown, account) => (
        <Space size={[4, 4]} wrap>
          {account.roles.map((grant) => (
            <Tag key={`${grant.role}:${grant.orgUnitId}`} title={grant.orgUnitName}>
              {t('common.roleScope', { role: t(`common.role.${grant.role}`), org: grant.orgUnitName })}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'state',
      title: t('admin.accounts.state'),
      width: 170,
      render: (_: unknown, account) =>
        !account.enabled ? (
          <Tag icon={<StopOutlined />}>{t('admin.accounts.disabled')}</Tag>
        ) : account.locked ? (
          <Tag color="red" icon={<LockOutlined />}>
            {t('admin.accounts.locked')}
          </Tag>
        ) : (
          <Tag color="green">{t('admin.accounts.enabled')}</Tag>
        ),
    },
    {
      key: 'totp',
      title: t('admin.accounts.totp'),
      width: 150,
      align: 'center',
      render: (_: unknown, account) =>
        account.totpEnabled ? (
          <CheckCircleTwoTone twoToneColor="#2e7d32" aria-label={t('common.states.yes')} />
        ) : (
          <span>{t('common.states.no')}</span>
        ),
    },
  ];

  return (
    <PageShell title={t('admin.accounts.title')}>
      <Card style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          aria-label={t('admin.accounts.searchLabel')}
          placeholder={t('admin.accounts.search')}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setPage(0);
          }}
          style={{ maxWidth: 420 }}
          data-testid="account-search"
        />
      </Card>
      {accounts.isError ? <ProblemAlert error={accounts.error} onRetry={() => accounts.refetch()} /> : null}
      <div data-testid="account-table">
        <Table<AccountSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={accounts.data?.content ?? []}
          loading={accounts.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page + 1,
            pageSize: size,
            total: accounts.data?.totalElements ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.pagination.total', { total }),
            onChange: (p, s) => {
              setPage(s !== size ? 0 : p - 1);
              setSize(s);
            },
          }}
        />
      </div>
    </PageShell>
  );
}
