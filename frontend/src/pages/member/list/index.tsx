import { LoginOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Row, Space, Table, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { MemberSummary, RegisterEntry } from '../../../api/types';
import { MemberStatusTag } from '../../../components/MemberStatusTag';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { codeLabel, useI18n } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { useSession } from '../../../session';
import { type MemberFilter, useMembers } from '../useMemberQueries';
import { RegisterMemberDialog } from './RegisterMemberDialog';

const DEFAULT_SIZE = 20;

function intParam(value: string | null, fallback: number): number {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n >= 0 ? n : fallback;
}

/** Members of the caller's scope; the filter lives in the URL, so a list can be bookmarked and shared. */
export default function MemberListPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const orgParam = params.get('orgUnitId');
  const filter: MemberFilter = {
    q: params.get('q') ?? '',
    orgUnitId: orgParam ? Number(orgParam) : undefined,
    page: intParam(params.get('page'), 0),
    size: Math.min(intParam(params.get('size'), DEFAULT_SIZE) || DEFAULT_SIZE, 200),
  };
  const members = useMembers(filter);
  const [text, setText] = useState(filter.q);
  const debounced = useDebouncedValue(text.trim(), 400);
  const { me, access } = useSession();
  const [registering, setRegistering] = useState<RegisterEntry | null>(null);
  const ownCells = me.roles.filter((grant) => grant.role === 'CELL_SECRETARY');
  const proposedCell = filter.orgUnitId ?? (ownCells.length === 1 ? ownCells[0]?.orgUnitId : undefined);

  const setFilter = (change: Partial<MemberFilter>) => {
    const next = { ...filter, page: 0, ...change };
    const search = new URLSearchParams();
    if (next.q) search.set('q', next.q);
    if (next.orgUnitId != null) search.set('orgUnitId', String(next.orgUnitId));
    if (next.page > 0) search.set('page', String(next.page));
    if (next.size !== DEFAULT_SIZE) search.set('size', String(next.size));
    setParams(search, { replace: true });
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the typed text drives this
  useEffect(() => {
    if (debounced !== filter.q) setFilter({ q: debounced });
  }, [debounced]);

  const columns: TableColumnsType<MemberSummary> = [
    {
      key: 'fullName',
      title: t('member.field.fullName'),
      dataIndex: 'fullName',
      render: (name: string, member) => (
        <Link to={`/members/${member.id}`} onClick={(e) => e.stopPropagation()}>
          {name}
        </Link>
      ),
    },
    {
      key: 'sex',
      title: t('member.field.sex'),
      dataIndex: 'sex',
      width: 90,
      render: (sex: string) => codeLabel(t, 'common.sex', sex),
    },
    {
      key: 'birthDate',
      title: t('member.field.birthDate'),
      dataIndex: 'birthDate',
      width: 120,
      render: (d: string) => formatDate(d),
      responsive: ['sm'],
    },
    {
      key: 'status',
      title: t('member.field.status'),
      dataIndex: 'status',
      width: 150,
      render: (status: MemberSummary['status']) => <MemberStatusTag status={status} />,
    },
    { key: 'cell', title: t('member.field.cell'), dataIndex: 'cellName', responsive: ['md'] },
    {
      key: 'cardNumber',
      title: t('member.field.cardNumber'),
      dataIndex: 'cardNumber',
      width: 150,
      responsive: ['lg'],
    },
  ];

  return (
    <PageShell
      title={t('member.list.title')}
      extra={
        access.canRecordSteps ? (
          <Space wrap>
            <Button
              type="primary"
              icon={<UserAddOutlined />}
              onClick={() => setRegistering('CANDIDATE')}
              data-testid="register-candidate"
            >
              {t('member.register.candidate')}
            </Button>
            <Button
              icon={<LoginOutlined />}
              onClick={() => setRegistering('TRANSFER_ARRIVAL')}
              data-testid="register-arrival"
            >
              {t('member.register.arrival')}
            </Button>
          </Space>
        ) : undefined
      }
    >
      {registering ? (
        <RegisterMemberDialog
          entry={registering}
          orgUnitId={proposedCell}
          onClose={() => setRegistering(null)}
        />
      ) : null}
      <Card styles={{ body: { paddingBottom: 0 } }} style={{ marginBottom: 16 }}>
        <Form layout="vertical">
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label={t('member.list.searchLabel')} htmlFor="member-search">
                <Input.Search
                  id="member-search"
                  allowClear
                  value={text}
                  placeholder={t('member.list.search')}
                  onChange={(e) => setText(e.target.value)}
                  onSearch={(value) => setFilter({ q: value.trim() })}
                  data-testid="member-search"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label={t('member.list.orgUnit')} htmlFor="member-org">
                <OrgTreeSelect
                  id="member-org"
                  testId="member-org"
                  value={filter.orgUnitId}
                  onChange={(orgUnitId) => setFilter({ orgUnitId })}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {members.isError ? <ProblemAlert error={members.error} onRetry={() => members.refetch()} /> : null}
      <div data-testid="member-table">
        <Table<MemberSummary>
          className="clickable-rows"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={members.data?.content ?? []}
          loading={members.isFetching}
          scroll={{ x: 'max-content' }}
          onRow={(member) => ({
            onClick: () => navigate(`/members/${member.id}`),
          })}
          pagination={{
            current: filter.page + 1,
            pageSize: filter.size,
            total: members.data?.totalElements ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (total) => t('common.pagination.total', { total }),
            onChange: (page, size) => setFilter({ page: size !== filter.size ? 0 : page - 1, size }),
          }}
        />
      </div>
    </PageShell>
  );
}
