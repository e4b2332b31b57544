import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import type { CandidateInput, Election } from '../electionTypes';
import { useSaveCandidates } from '../useElectionQueries';

type Row = CandidateInput & { key: string; admitted?: boolean };

function rowsOf(election: Election): Row[] {
  return election.candidates.map((c) => ({
    key: c.id,
    memberId: c.memberId,
    fullName: c.fullName,
    source: c.source,
    support: c.support,
    admitted: c.admitted,
  }));
}

/**
 * The candidate list in ballot order: the convening committee's names and the floor nominations with their support
 * (QĐ 190-QĐ/TW, Art. 14).
 */
export function CandidatesPanel({ election }: { election: Election }) {
  const { t } = useI18n();
  const editable = election.state === 'DRAFT';
  const save = useSaveCandidates(election.id);
  const [rows, setRows] = useState<Row[]>(() => rowsOf(election));
  const [name, setName] = useState('');
  const [source, setSource] = useState<Row['source']>('CONVENING');
  useEffect(() => setRows(rowsOf(election)), [election]);

  return (
    <Card
      title={t('election.candidates.title')}
      extra={
        editable ? (
          <Button
            type="primary"
            loading={save.isPending}
            data-testid="election-candidates-save"
            onClick={() =>
              save.mutate({
                version: election.version,
                candidates: rows.map(({ key: _, admitted: __, ...c }) => c),
              })
            }
          >
            {t('election.candidates.save')}
          </Button>
        ) : null
      }
    >
      <ProblemAlert error={save.error} />
      <Table<Row>
        rowKey="key"
        size="small"
        dataSource={rows}
        pagination={false}
        scroll={{ x: 640 }}
        columns={[
          { title: '#', key: 'no', render: (_: unknown, __: Row, i: number) => i + 1, width: 48 },
          { title: t('election.field.fullName'), dataIndex: 'fullName' },
          {
            title: t('election.field.source'),
            dataIndex: 'source',
            render: (s: Row['source']) => t(`election.source.${s}`),
          },
          {
            title: t('election.field.support'),
            dataIndex: 'support',
            render: (support: number | undefined, r) =>
              r.source === 'FLOOR' && editable ? (
                <InputNumber
                  size="small"
                  min={0}
                  value={support}
                  onChange={(v) =>
                    setRows((all) =>
                      all.map((x) => (x.key === r.key ? { ...x, support: v ?? undefined } : x)),
                    )
                  }
                  aria-label={`${t('election.field.support')} ${r.fullName}`}
                />
              ) : (
                (support ?? '—')
              ),
          },
          {
            title: t('election.field.admitted'),
            dataIndex: 'admitted',
            render: (admitted: boolean | undefined) =>
              admitted === undefined ? (
                '—'
              ) : (
                <Tag color={admitted ? 'green' : 'red'}>{admitted ? '✓' : '✗'}</Tag>
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
        <Space wrap style={{ marginTop: 8 }}>
          <Input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('election.field.fullName')}
            data-testid="election-candidate-name"
            style={{ minWidth: 240 }}
          />
          <Select
            value={source}
            onChange={setSource}
            style={{ minWidth: 220 }}
            options={(['CONVENING', 'FLOOR'] as const).map((s) => ({
              value: s,
              label: t(`election.source.${s}`),
            }))}
            aria-label={t('election.field.source')}
          />
          <Button
            icon={<PlusOutlined />}
            disabled={!name.trim()}
            data-testid="election-candidate-add"
            onClick={() => {
              setRows((all) => [
                ...all,
                {
                  key: `new-${all.length}-${name}`,
                  fullName: name.trim(),
                  source,
                  support: source === 'FLOOR' ? 0 : undefined,
                },
              ]);
              setName('');
            }}
          >
            {t('election.candidates.add')}
          </Button>
        </Space>
      ) : null}
    </Card>
  );
}
