import type { TableColumnsType } from 'antd';
import { Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import type { EvaluationCycle, EvaluationLevel, EvaluationUnitEntry } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { useAssessOrganisation, useDecideOrganisations, useOrganisationBoard } from '../useEvaluationQueries';
import { AssessmentModal } from './AssessmentModal';
import { BoardSummary } from './BoardSummary';

interface Props {
  cycle: EvaluationCycle;
  canAssess: boolean;
  isCommittee: boolean;
  level: (l: EvaluationLevel | null) => ReactNode;
}

type Step = 'self' | 'appraisal';

/**
 * The board of a cycle of organisations: each organisation's self-assessment, its superior's proposal, the level the
 * collective conditions allow (QĐ 366-QĐ/TW Art. 11), the quota per deciding unit and the decisions.
 */
export function OrganisationBoard({ cycle, canAssess, isCommittee, level }: Props) {
  const { t } = useI18n();
  const board = useOrganisationBoard(cycle.id);
  const [assessing, setAssessing] = useState<{ row: EvaluationUnitEntry; step: Step } | null>(null);
  const selfAssess = useAssessOrganisation(cycle.id, 'self-assessment');
  const appraise = useAssessOrganisation(cycle.id, 'appraisal');
  const decide = useDecideOrganisations(cycle.id);
  const selfOpen = cycle.state === 'OPEN' || cycle.state === 'SELF_ASSESSMENT';
  const appraisalOpen = cycle.state === 'SELF_ASSESSMENT' || cycle.state === 'APPRAISAL';

  const forced = (row: EvaluationUnitEntry) =>
    row.collectiveDisciplined || row.disciplinedUnits * 100 > 20 * row.subordinateUnits;

  const columns: TableColumnsType<EvaluationUnitEntry> = [
    {
      key: 'name',
      title: t('evaluation.organisation.column.name'),
      render: (_, row) => (
        <Space direction="vertical" size={0}>
          <span>{row.unitName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`org.kind.${row.unitKind}`)}
          </Typography.Text>
          {forced(row) ? (
            <Tag color="volcano" data-testid={`evaluation-unit-forced-${row.orgUnitId}`}>
              {t(
                row.collectiveDisciplined
                  ? 'evaluation.organisation.collectiveDisciplined'
                  : 'evaluation.disqualified',
              )}
            </Tag>
          ) : null}
        </Space>
      ),
    },
    {
      key: 'self',
      title: t('evaluation.column.self'),
      render: (_, row) =>
        row.selfLevel ? (
          <Space size={4}>
            <span>{row.selfScore}</span>
            {level(row.selfLevel)}
          </Space>
        ) : (
          <Tag data-testid={`evaluation-unit-self-missing-${row.orgUnitId}`}>{t('evaluation.self.none')}</Tag>
        ),
    },
    {
      key: 'discipline',
      title: t('evaluation.organisation.column.discipline'),
      responsive: ['lg'],
      render: (_, row) => (
        <Space size={4} wrap>
          {row.collectiveDisciplined ? (
            <Tag color="volcano">{t('evaluation.organisation.collectiveDisciplined')}</Tag>
          ) : null}
          <span>
            {t('evaluation.organisation.disciplinedUnits', {
              disciplined: row.disciplinedUnits,
              total: row.subordinateUnits,
            })}
          </span>
        </Space>
      ),
    },
    {
      key: 'allowed',
      title: t('evaluation.column.allowed'),
      responsive: ['md'],
      render: (_, row) =>
        forced(row) ? <Tag color="volcano">{t('evaluation.disqualified')}</Tag> : level(row.allowedLevel),
    },
    {
      key: 'proposed',
      title: t('evaluation.organisation.column.proposed'),
      render: (_, row) => (
        <span data-testid={`evaluation-unit-proposed-${row.orgUnitId}`}>{level(row.proposedLevel)}</span>
      ),
    },
    {
      key: 'decided',
      title: t('evaluation.organisation.column.decided'),
      render: (_, row) => (
        <span data-testid={`evaluation-unit-decided-${row.orgUnitId}`}>{level(row.decidedLevel)}</span>
      ),
    },
    {
      key: 'actions',
      title: t('evaluation.column.actions'),
      render: (_, row) =>
        canAssess ? (
          <Space size={4} wrap>
            {selfOpen ? (
              <Button
                size="small"
                onClick={() => setAssessing({ row, step: 'self' })}
                data-testid={`evaluation-unit-self-${row.orgUnitId}`}
              >
                {t('evaluation.organisation.selfAction')}
              </Button>
            ) : null}
            {appraisalOpen ? (
              <Button
                size="small"
                onClick={() => setAssessing({ row, step: 'appraisal' })}
                data-testid={`evaluation-unit-appraise-${row.orgUnitId}`}
              >
                {t('evaluation.organisation.appraiseAction')}
              </Button>
            ) : null}
          </Space>
        ) : null,
    },
  ];

  if (board.isError) return <ProblemAlert error={board.error} onRetry={() => board.refetch()} />;
  if (!board.data) return null;
  return (
    <>
      <BoardSummary
        subject="organisations"
        rows={board.data.entries}
        selfAssessed={board.data.selfAssessed}
        proposed={board.data.proposed}
        decided={board.data.decided}
        quotas={board.data.quotas}
        decide={
          isCommittee && cycle.state === 'APPRAISAL'
            ? { run: (unitId) => decide.mutateAsync(unitId), pending: decide.isPending }
            : undefined
        }
      />
      <Card size="small" title={t('evaluation.organisation.boardTitle')} data-testid="evaluation-unit-board">
        <Table<EvaluationUnitEntry>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={board.data.entries}
          loading={board.isFetching}
          locale={{ emptyText: <Empty description={t('evaluation.organisation.empty')} /> }}
          pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: true }}
        />
      </Card>
      {assessing ? (
        <AssessmentModal
          title={t(
            assessing.step === 'self'
              ? 'evaluation.organisation.selfTitle'
              : 'evaluation.organisation.appraiseTitle',
            { name: assessing.row.unitName },
          )}
          row={assessing.row}
          step={assessing.step}
          forced={forced(assessing.row)}
          save={(body) =>
            (assessing.step === 'self' ? selfAssess : appraise).mutateAsync({
              entryId: assessing.row.id,
              body,
            })
          }
          onClose={() => setAssessing(null)}
        />
      ) : null}
    </>
  );
}
