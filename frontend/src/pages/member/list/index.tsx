import { DownloadOutlined, LoginOutlined, UploadOutlined, UserAddOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { ApiError } from '../../../api/http';
import type { MemberStatus, MemberSummary, MemberView, RegisterEntry } from '../../../api/types';
import { MemberStatusTag } from '../../../components/MemberStatusTag';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { codeLabel, useI18n } from '../../../i18n';
import { formatDate, toIsoDate } from '../../../i18n/format';
import { useSession } from '../../../session';
import { ETHNICITIES, ethnicityName } from '../ethnicity';
import { exportMembers, type MemberFilter, useMembers } from '../useMemberQueries';
import { RegisterMemberDialog } from './RegisterMemberDialog';

const STATUSES: MemberStatus[] = [
  'OUTSTANDING_MASS',
  'SYMPATHISER',
  'VERIFYING',
  'PROPOSED',
  'ADMITTED',
  'PROBATIONARY',
  'OFFICIAL',
  'EXEMPTED',
  'IN_TRANSIT',
  'REMOVED',
  'EXPELLED',
  'LEFT',
  'DECEASED',
  'TRANSFERRED_AWAY',
  'WITHDRAWN',
];
const THEORY_LEVELS: NonNullable<MemberView['theoryLevel']>[] = [
  'UNTRAINED',
  'ELEMENTARY',
  'INTERMEDIATE',
  'ADVANCED',
  'BACHELOR',
];
const AGE = /^\d{1,3}$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function optional<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function age(value: string | null): number | undefined {
  return value !== null && AGE.test(value) ? Number(value) : undefined;
}

function day(value: string | null): string | undefined {
  return value !== null && ISO_DAY.test(value) ? value : undefined;
}

/** The filter from the URL (unknown values are dropped, the server validates the rest). */
export function filterFromParams(params: URLSearchParams): MemberFilter {
  const orgParam = params.get('orgUnitId');
  return {
    q: params.get('q') ?? '',
    orgUnitId: orgParam ? Number(orgParam) : undefined,
    status: params.getAll('status').filter((s): s is MemberStatus => (STATUSES as string[]).includes(s)),
    sex: optional(params.get('sex'), ['M', 'F'] as const),
    minAge: age(params.get('minAge')),
    maxAge: age(params.get('maxAge')),
    ethnicity: optional(params.get('ethnicity'), ETHNICITIES),
    theoryLevel: optional(params.get('theoryLevel'), THEORY_LEVELS),
    admittedFrom: day(params.get('admittedFrom')),
    admittedTo: day(params.get('admittedTo')),
    page: intParam(params.get('page'), 0),
    size: Math.min(intParam(params.get('size'), DEFAULT_SIZE) || DEFAULT_SIZE, 200),
  };
}

/** The URL of a filter; defaults are left out so that links stay short. */
export function paramsOf(filter: MemberFilter): URLSearchParams {
  const search = new URLSearchParams();
  if (filter.q) search.set('q', filter.q);
  if (filter.orgUnitId != null) search.set('orgUnitId', String(filter.orgUnitId));
  for (const s of filter.status ?? []) search.append('status', s);
  if (filter.sex) search.set('sex', filter.sex);
  if (filter.minAge != null) search.set('minAge', String(filter.minAge));
  if (filter.maxAge != null) search.set('maxAge', String(filter.maxAge));
  if (filter.ethnicity) search.set('ethnicity', filter.ethnicity);
  if (filter.theoryLevel) search.set('theoryLevel', filter.theoryLevel);
  if (filter.admittedFrom) search.set('admittedFrom', filter.admittedFrom);
  if (filter.admittedTo) search.set('admittedTo', filter.admittedTo);
  if (filter.page > 0) search.set('page', String(filter.page));
  if (filter.size !== DEFAULT_SIZE) search.set('size', String(filter.size));
  return search;
}

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
  const filter = filterFromParams(params);
  const members = useMembers(filter);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<ApiError | null>(null);
  const [text, setText] = useState(filter.q);
  const debounced = useDebouncedValue(text.trim(), 400);
  const { me, access } = useSession();
  const [registering, setRegistering] = useState<RegisterEntry | null>(null);
  const ownCells = me.roles.filter((grant) => grant.role === 'CELL_SECRETARY');
  const proposedCell = filter.orgUnitId ?? (ownCells.length === 1 ? ownCells[0]?.orgUnitId : undefined);

  // The URL is updated in a transition, so two quick changes (minimum, then maximum age) would both start from the
  // filter of the last render: keep the latest filter here and build each change on it.
  const latest = useRef(filter);
  const seenParams = useRef(params.toString());
  if (seenParams.current !== params.toString()) {
    seenParams.current = params.toString();
    latest.current = filter;
  }
  const setFilter = (change: Partial<MemberFilter>) => {
    const next = { ...latest.current, page: 0, ...change };
    latest.current = next;
    setParams(paramsOf(next), { replace: true });
  };

  const download = async () => {
    setExporting(true);
    setExportError(null);
    try {
      await exportMembers(filter, t('member.list.exportFile'));
    } catch (error) {
      setExportError(error as ApiError);
    } finally {
      setExporting(false);
    }
  };

  const fieldError = (field: string) =>
    (members.error as ApiError | null)?.fieldErrors?.find((e) => e.field === field)?.message;
  const total = members.data?.totalElements ?? 0;
  const countText = members.data
    ? t(members.data.totalExact ? 'member.list.count' : 'member.list.countMore', {
        total: total.toLocaleString('vi-VN'),
      })
    : '';

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
        access.canRecordSteps || access.canImportMembers ? (
          <Space wrap>
            {access.canRecordSteps ? (
              <>
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
              </>
            ) : null}
            {access.canImportMembers ? (
              <Link to="/members/import" data-testid="member-import-link">
                <Button icon={<UploadOutlined />}>{t('member.import.open')}</Button>
              </Link>
            ) : null}
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
          <Row gutter={16}>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item label={t('member.list.status')} htmlFor="member-status">
                <Select<MemberStatus[]>
                  id="member-status"
                  data-testid="member-status"
                  mode="multiple"
                  allowClear
                  placeholder={t('member.list.anyStatus')}
                  value={filter.status}
                  onChange={(status) => setFilter({ status })}
                  options={STATUSES.map((s) => ({ value: s, label: t(`member.status.${s}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} sm={6} lg={3}>
              <Form.Item label={t('member.list.sex')} htmlFor="member-sex">
                <Select<'M' | 'F'>
                  id="member-sex"
                  data-testid="member-sex"
                  allowClear
                  placeholder={t('member.list.anySex')}
                  value={filter.sex}
                  onChange={(sex) => setFilter({ sex })}
                  options={(['M', 'F'] as const).map((s) => ({
                    value: s,
                    label: codeLabel(t, 'common.sex', s),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} sm={6} lg={4}>
              <Form.Item
                label={t('member.list.age')}
                validateStatus={fieldError('maxAge') ? 'error' : undefined}
                help={fieldError('maxAge')}
              >
                <Space.Compact block>
                  <InputNumber
                    aria-label={t('member.list.minAge')}
                    data-testid="member-min-age"
                    min={0}
                    max={150}
                    precision={0}
                    placeholder={t('member.list.minAge')}
                    value={filter.minAge}
                    onChange={(v) => setFilter({ minAge: v ?? undefined })}
                    style={{ width: '50%' }}
                  />
                  <InputNumber
                    aria-label={t('member.list.maxAge')}
                    data-testid="member-max-age"
                    min={0}
                    max={150}
                    precision={0}
                    placeholder={t('member.list.maxAge')}
                    value={filter.maxAge}
                    onChange={(v) => setFilter({ maxAge: v ?? undefined })}
                    style={{ width: '50%' }}
                  />
                </Space.Compact>
              </Form.Item>
            </Col>
            <Col xs={12} sm={12} lg={5}>
              <Form.Item label={t('member.list.ethnicity')} htmlFor="member-ethnicity">
                <Select<MemberView['ethnicity']>
                  id="member-ethnicity"
                  data-testid="member-ethnicity"
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('member.list.anyEthnicity')}
                  value={filter.ethnicity}
                  onChange={(ethnicity) => setFilter({ ethnicity })}
                  options={ETHNICITIES.map((e) => ({ value: e, label: ethnicityName(e) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} sm={12} lg={6}>
              <Form.Item label={t('member.list.theoryLevel')} htmlFor="member-theory">
                <Select<NonNullable<MemberView['theoryLevel']>>
                  id="member-theory"
                  data-testid="member-theory"
                  allowClear
                  placeholder={t('member.list.anyTheoryLevel')}
                  value={filter.theoryLevel}
                  onChange={(theoryLevel) => setFilter({ theoryLevel })}
                  options={THEORY_LEVELS.map((l) => ({ value: l, label: t(`member.theoryLevel.${l}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item
                label={t('member.list.admitted')}
                validateStatus={fieldError('admittedTo') ? 'error' : undefined}
                help={fieldError('admittedTo')}
              >
                <DatePicker.RangePicker
                  data-testid="member-admitted"
                  format="DD/MM/YYYY"
                  allowEmpty={[true, true]}
                  placeholder={[t('member.list.admittedFrom'), t('member.list.admittedTo')]}
                  value={[
                    filter.admittedFrom ? dayjs(filter.admittedFrom) : null,
                    filter.admittedTo ? dayjs(filter.admittedTo) : null,
                  ]}
                  onChange={(range) =>
                    setFilter({
                      admittedFrom: range?.[0] ? toIsoDate(range[0]) : undefined,
                      admittedTo: range?.[1] ? toIsoDate(range[1]) : undefined,
                    })
                  }
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={16}>
              <Form.Item label=" " colon={false}>
                <Space wrap>
                  <Button onClick={() => setParams(new URLSearchParams(), { replace: true })}>
                    {t('member.list.clear')}
                  </Button>
                  <Button
                    type="primary"
                    icon={<DownloadOutlined />}
                    loading={exporting}
                    onClick={download}
                    data-testid="member-export"
                  >
                    {t('member.list.export')}
                  </Button>
                  <Typography.Text type="secondary" data-testid="member-count" aria-live="polite">
                    {countText}
                  </Typography.Text>
                </Space>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {exportError ? <ProblemAlert error={exportError} /> : null}
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
            total,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: () => countText,
            onChange: (page, size) => setFilter({ page: size !== filter.size ? 0 : page - 1, size }),
          }}
        />
      </div>
    </PageShell>
  );
}
