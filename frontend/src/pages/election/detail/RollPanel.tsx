import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Input, Select, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import type { Election, VoterInput } from '../electionTypes';
import {
  useDelegatesCongresses,
  useImportVoters,
  useSaveVoters,
  useVotersFromCongress,
} from '../useElectionQueries';

const KINDS = [
  'OFFICIAL_MEMBER',
  'EXEMPTED_MEMBER',
  'PROBATIONARY_MEMBER',
  'OFFICIAL_DELEGATE',
  'CONVENING_COMMITTEE_MEMBER',
] as const;
const EXCLUSIONS = [
  'NONE',
  'TEMPORARY_ACTIVITY_ELSEWHERE',
  'SUSPENDED',
  'PROSECUTED_OR_DETAINED',
  'ABSENT_WITH_APPROVED_REASON',
  'ABSENT_WITHOUT_SUBSTITUTE',
] as const;

type Row = VoterInput & { key: string };

function rowsOf(election: Election): Row[] {
  return election.voters.map((v) => ({
    key: v.id,
    memberId: v.memberId,
    fullName: v.fullName,
    kind: v.kind,
    exclusion: v.exclusion,
    present: v.present,
    counter: v.counter,
  }));
}

/** The voter roll with presence, exclusions from the base (QĐ 190-QĐ/TW, Art. 30) and the counting committee. */
export function RollPanel({ election }: { election: Election }) {
  const { t } = useI18n();
  const editable = election.state === 'DRAFT';
  const save = useSaveVoters(election.id);
  const importMembers = useImportVoters(election.id);
  const delegatesCongress = election.occasion === 'DELEGATES_CONGRESS';
  const congresses = useDelegatesCongresses(election.orgUnitId, editable && delegatesCongress);
  const fromCongress = useVotersFromCongress(election.id);
  const [congressId, setCongressId] = useState<string>();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(election));
  const [name, setName] = useState('');
  useEffect(() => setRows(rowsOf(election)), [election]);

  const update = (key: string, change: Partial<Row>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r)));

  return (
    <Card
      title={t('election.roll.title')}
      extra={
        editable ? (
          <Space wrap>
            {delegatesCongress ? (
              <Space.Compact>
                <Select
                  style={{ minWidth: 220 }}
                  placeholder={t('election.roll.congress')}
                  aria-label={t('election.roll.congress')}
                  value={congressId}
                  onChange={setCongressId}
                  loading={congresses.isLoading}
                  options={(congresses.data ?? []).map((c) => ({ value: c.id, label: c.title }))}
                  data-testid="election-roll-congress"
                />
                <Button
                  title={t('election.roll.fromCongressHint')}
                  disabled={!congressId}
                  onClick={() => congressId && fromCongress.mutate({ version: election.version, congressId })}
                  loading={fromCongress.isPending}
                  data-testid="election-roll-from-congress"
                >
                  {t('election.roll.fromCongress')}
                </Button>
              </Space.Compact>
            ) : (
              <Button
                onClick={() => importMembers.mutate(election.version)}
                loading={importMembers.isPending}
                data-testid="election-roll-import"
              >
                {t('election.roll.import')}
              </Button>
            )}
            <Button
              type="primary"
              onClick={() =>
                save.mutate({ version: election.version, voters: rows.map(({ key: _, ...v }) => v) })
              }
              loading={save.isPending}
              data-testid="election-roll-save"
            >
              {t('election.roll.save')}
            </Button>
          </Space>
        ) : null
      }
    >
      <ProblemAlert error={save.error ?? importMembers.error ?? fromCongress.error} />
      <Table<Row>
        rowKey="key"
        size="small"
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50 } : false}
        scroll={{ x: 760 }}
        columns={[
          { title: t('election.field.fullName'), dataIndex: 'fullName' },
          {
            title: t('election.field.kind'),
            dataIndex: 'kind',
            render: (kind: Row['kind'], r) =>
              editable ? (
                <Select
                  size="small"
                  style={{ minWidth: 190 }}
                  value={kind}
                  onChange={(k) => update(r.key, { kind: k })}
                  options={KINDS.map((k) => ({ value: k, label: t(`election.kind.${k}`) }))}
                />
              ) : (
                t(`election.kind.${kind}`)
              ),
          },
          {
            title: t('election.field.present'),
            dataIndex: 'present',
            render: (present: boolean, r) => (
              <Checkbox
                checked={present}
                disabled={!editable}
                onChange={(e) => update(r.key, { present: e.target.checked })}
                aria-label={`${t('election.field.present')} ${r.fullName}`}
              />
            ),
          },
          {
            title: t('election.field.exclusion'),
            dataIndex: 'exclusion',
            render: (exclusion: NonNullable<Row['exclusion']>, r) =>
              editable ? (
                <Select
                  size="small"
                  style={{ minWidth: 230 }}
                  value={exclusion}
                  onChange={(x) => update(r.key, { exclusion: x })}
                  options={EXCLUSIONS.map((x) => ({ value: x, label: t(`election.exclusion.${x}`) }))}
                />
              ) : (
                t(`election.exclusion.${exclusion}`)
              ),
          },
          {
            title: t('election.field.counter'),
            dataIndex: 'counter',
            render: (counter: boolean, r) => (
              <Checkbox
                checked={counter}
                disabled={!editable || !r.memberId}
                onChange={(e) => update(r.key, { counter: e.target.checked })}
                data-testid={`election-counter-${r.fullName}`}
                aria-label={`${t('election.field.counter')} ${r.fullName}`}
              />
            ),
          },
          ...(editable
            ? [
                {
                  key: 'remove',
                  render: (_: unknown, r: Row) => (
                    <Button
                      size="small"
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={r.fullName}
                      onClick={() => setRows((all) => all.filter((x) => x.key !== r.key))}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {editable ? (
        <Space.Compact style={{ marginTop: 8, maxWidth: 420, width: '100%' }}>
          <Input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('election.field.fullName')}
            data-testid="election-roll-name"
          />
          <Button
            icon={<PlusOutlined />}
            disabled={!name.trim()}
            onClick={() => {
              setRows((all) => [
                ...all,
                {
                  key: `new-${all.length}-${name}`,
                  fullName: name.trim(),
                  kind: election.occasion === 'DELEGATES_CONGRESS' ? 'OFFICIAL_DELEGATE' : 'OFFICIAL_MEMBER',
                  exclusion: 'NONE',
                  present: true,
                  counter: false,
                },
              ]);
              setName('');
            }}
            data-testid="election-roll-add"
          >
            {t('election.roll.add')}
          </Button>
        </Space.Compact>
      ) : null}
    </Card>
  );
}
