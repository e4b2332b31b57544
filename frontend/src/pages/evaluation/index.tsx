import type { TableColumnsType } from 'antd';
import { Button, Card, Empty, Flex, Form, Select, Space, Steps, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type {
  EvaluationCycle,
  EvaluationCycleState,
  EvaluationEntry,
  EvaluationLevel,
  Role,
} from '../../api/types';
import { PageShell } from '../../components/PageShell';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { useSession } from '../../session';
import { AdvanceModal } from './components/AdvanceModal';
import { AssessmentModal } from './components/AssessmentModal';
import { BoardSummary } from './components/BoardSummary';
import { OpenCycleModal } from './components/OpenCycleModal';
import { OrganisationBoard } from './components/OrganisationBoard';
import { StatisticsCard } from './components/StatisticsCard';
import { nextState, STATES } from './evaluationModel';
import { useAppraise, useBoard, useCycles, useDecide } from './useEvaluationQueries';

const COMMITTEE_ROLES: readonly Role[] = ['ORG_STAFF', 'CITY_ORGANISATION'];
const APPRAISER_ROLES: readonly Role[] = ['CELL_SECRETARY', 'ORG_STAFF', 'CITY_ORGANISATION'];
const LEVEL_COLOR: Record<EvaluationLevel, string> = {
  EXCELLENT: 'red',
  GOOD: 'blue',
  COMPLETED: 'green',
  NOT_COMPLETED: 'default',
};

/** The evaluation board: cycle picker, the members' rows, quota warnings, the committee's decisions, results. */
export default function EvaluationPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const roles = new Set(me.roles.map((g) => g.role));
  const isCommittee = COMMITTEE_ROLES.some((r) => roles.has(r));
  const canAppraise = APPRAISER_ROLES.some((r) => roles.has(r));
  const cycles = useCycles();
  const [chosen, setChosen] = useState<string | undefined>();
  const cycleId = chosen ?? cycles.data?.[0]?.id;
  const listed = cycles.data?.find((c) => c.id === cycleId);
  const ofOrganisations = listed?.kind === 'ORGANISATION';
  const board = useBoard(ofOrganisations ? undefined : cycleId);
  const appraise = useAppraise(cycleId ?? '');
  const decide = useDecide(cycleId ?? '');
  const [appraising, setAppraising] = useState<EvaluationEntry | null>(null);
  const [advancing, setAdvancing] = useState(false);
  const [opening, setOpening] = useState(false);
  const cycle = (ofOrganisations ? undefined : board.data?.cycle) ?? listed;
  const next = cycle ? nextState(cycle.state) : undefined;
  const appraising_open = cycle?.state === 'SELF_ASSESSMENT' || cycle?.state === 'APPRAISAL';

  const level = (l: EvaluationLevel | null) =>
    l ? (
      <Tag color={LEVEL_COLOR[l]}>{t(`evaluation.level.${l}`)}</Tag>
    ) : (
      <Typography.Text type="secondary">—</Typography.Text>
    );

  const columns: TableColumnsType<EvaluationEntry> = [
    {
      key: 'name',
      title: t('evaluation.column.name'),
      dataIndex: 'memberName',
      render: (name: string) => <span className="nowrap">{name}</span>,
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
          <Tag data-testid={`evaluation-self-missing-${row.memberId}`}>{t('evaluation.self.none')}</Tag>
        ),
    },
    { key: 'score', title: t('evaluation.column.score'), dataIndex: 'score', responsive: ['md'] },
    {
      key: 'allowed',
      title: t('evaluation.column.allowed'),
      render: (_, row) =>
        row.disqualified ? (
          <Tag color="volcano">{t('evaluation.disqualified')}</Tag>
        ) : (
          level(row.allowedLevel)
        ),
      responsive: ['lg'],
    },
    {
      key: 'proposed',
      title: t('evaluation.column.proposed'),
      render: (_, row) => (
        <span data-testid={`evaluation-proposed-${row.memberId}`}>{level(row.proposedLevel)}</span>
      ),
    },
    { key: 'decided', title: t('evaluation.column.decided'), render: (_, row) => level(row.decidedLevel) },
    {
      key: 'actions',
      title: t('evaluation.column.actions'),
      render: (_, row) =>
        canAppraise && appraising_open ? (
          <Button
            size="small"
            onClick={() => setAppraising(row)}
            data-testid={`evaluation-appraise-${row.memberId}`}
          >
            {t('evaluation.action.appraise')}
          </Button>
        ) : null,
    },
  ];

  return (
    <PageShell
      title={t('evaluation.title')}
      extra={
        isCommittee ? (
          <Button onClick={() => setOpening(true)} data-testid="evaluation-open">
            {t('evaluation.open.button')}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{t('evaluation.intro')}</Typography.Paragraph>
      {cycles.isError ? <ProblemAlert error={cycles.error} onRetry={() => cycles.refetch()} /> : null}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="vertical">
          <Form.Item
            label={t('evaluation.cycle.label')}
            htmlFor="evaluation-cycle"
            style={{ marginBottom: 8 }}
          >
            <Select
              id="evaluation-cycle"
              data-testid="evaluation-cycle"
              value={cycleId}
              onChange={setChosen}
              notFoundContent={t('evaluation.cycle.none')}
              options={(cycles.data ?? []).map((c) => ({ value: c.id, label: cycleLabel(c, t) }))}
            />
          </Form.Item>
        </Form>
        {cycle ? (
          <Flex vertical gap="small">
            <Steps
              size="small"
              responsive
              current={STATES.indexOf(cycle.state)}
              items={STATES.map((s) => ({ title: stateTitle(cycle, s, t) }))}
            />
            <Flex gap="small" wrap align="center">
              <Tag data-testid="evaluation-state">{stateTitle(cycle, cycle.state, t)}</Tag>
              {cycle.decisionNumber ? (
                <Typography.Text type="secondary">
                  {t('evaluation.cycle.decision', {
                    number: cycle.decisionNumber,
                    date: formatDate(cycle.decisionDate),
                  })}
                </Typography.Text>
              ) : null}
              {isCommittee && next ? (
                <Button type="primary" onClick={() => setAdvancing(true)} data-testid="evaluation-advance">
                  {t('evaluation.action.advance', { state: t(`evaluation.state.${next}`) })}
                </Button>
              ) : null}
            </Flex>
          </Flex>
        ) : null}
      </Card>
      {board.isError ? <ProblemAlert error={board.error} onRetry={() => board.refetch()} /> : null}
      {cycle && ofOrganisations ? (
        <OrganisationBoard cycle={cycle} canAssess={canAppraise} isCommittee={isCommittee} level={level} />
      ) : null}
      {board.data && !ofOrganisations ? (
        <>
          <BoardSummary
            subject="members"
            rows={board.data.entries}
            selfAssessed={board.data.selfAssessed}
            proposed={board.data.proposed}
            decided={board.data.decided}
            quotas={board.data.quotas}
            decide={
              isCommittee && board.data.cycle.state === 'APPRAISAL'
                ? { run: (unitId) => decide.mutateAsync(unitId), pending: decide.isPending }
                : undefined
            }
          />
          <Card size="small" title={t('evaluation.board.title')} data-testid="evaluation-board">
            <Table<EvaluationEntry>
              rowKey="id"
              size="small"
              columns={columns}
              dataSource={board.data.entries}
              loading={board.isFetching}
              locale={{ emptyText: <Empty description={t('evaluation.board.empty')} /> }}
              pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
              scroll={{ x: true }}
            />
          </Card>
        </>
      ) : cycles.data && cycles.data.length === 0 ? (
        <Empty description={t('evaluation.cycle.none')} />
      ) : null}
      {cycle && cycle.period === 'YEAR' && (cycle.state === 'DECIDED' || cycle.state === 'PUBLISHED') ? (
        <StatisticsCard cycle={cycle} />
      ) : null}
      {appraising ? (
        <AssessmentModal
          title={t('evaluation.appraisal.title', { name: appraising.memberName })}
          row={appraising}
          step="appraisal"
          forced={appraising.disqualified}
          save={(body) => appraise.mutateAsync({ entryId: appraising.id, body })}
          onClose={() => setAppraising(null)}
        />
      ) : null}
      {advancing && cycle && next ? (
        <AdvanceModal cycle={cycle} to={next} onClose={() => setAdvancing(false)} />
      ) : null}
      {opening ? (
        <OpenCycleModal
          year={new Date().getFullYear()}
          onClose={(id) => {
            setOpening(false);
            if (id) setChosen(id);
          }}
        />
      ) : null}
    </PageShell>
  );
}

/** A step's name: in a cycle of organisations the appraisal is the superior's, not the cell's. */
function stateTitle(c: EvaluationCycle, state: EvaluationCycleState, t: ReturnType<typeof useI18n>['t']) {
  return c.kind === 'ORGANISATION' && state === 'APPRAISAL'
    ? t('evaluation.organisation.appraisalState')
    : t(`evaluation.state.${state}`);
}

function cycleLabel(c: EvaluationCycle, t: ReturnType<typeof useI18n>['t']) {
  return t('evaluation.cycle.option', {
    kind: t(`evaluation.kind.${c.kind}`),
    year: c.year,
    period: t(`evaluation.period.${c.period}`),
    unit: c.orgUnitName,
    state: stateTitle(c, c.state, t),
  });
}
