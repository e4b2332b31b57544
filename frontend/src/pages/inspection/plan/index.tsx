import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Flex, Progress, Row, Space, Statistic } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageLoading } from '../../../components/PageLoading';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { type FromPlanItem, OpenCaseModal } from '../list/OpenCaseModal';
import { PlanDialog } from '../plans/PlanDialog';
import type { PlanItem, PlanView } from '../planTypes';
import { useDeleteItem, useInvalidatePlan, usePlan } from '../usePlanQueries';
import { ItemDialog } from './ItemDialog';
import { PlanBoard } from './PlanBoard';

/** One plan: its header, its progress and its items as a board, with the actions its reader may take. */
export default function PlanPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const plan = usePlan(id);
  if (plan.isPending) return <PageLoading />;
  if (plan.isError) {
    return (
      <PageShell title={t('inspection.plan.title')}>
        <ProblemAlert error={plan.error} onRetry={() => plan.refetch()} />
      </PageShell>
    );
  }
  return <PlanScreen plan={plan.data} />;
}

export function PlanScreen({ plan }: { plan: PlanView }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [item, setItem] = useState<PlanItem | 'new' | null>(null);
  const [opening, setOpening] = useState<FromPlanItem | null>(null);
  const remove = useDeleteItem(plan.id);
  const invalidate = useInvalidatePlan();
  const progress = plan.progress;
  const period =
    plan.periodKind === 'YEAR'
      ? t('inspection.plan.period.year', { year: plan.year ?? '' })
      : `${t('inspection.plan.periodKind.TERM')} ${formatDate(plan.periodFrom)} – ${formatDate(plan.periodTo)}`;
  return (
    <PageShell
      title={plan.title}
      extra={
        plan.manageable ? (
          <Space wrap>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="plan-edit">
              {t('inspection.plan.edit')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setItem('new')}
              data-testid="item-add"
            >
              {t('inspection.plan.addItem')}
            </Button>
          </Space>
        ) : null
      }
    >
      <Flex vertical gap="middle">
        <Link to="/inspection/plans">{t('inspection.plan.back')}</Link>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card size="small">
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('inspection.plan.column.owner')}>
                  {plan.ownerName} · {t(`inspection.plan.owner.${plan.owner}`)}
                </Descriptions.Item>
                <Descriptions.Item label={t('inspection.plan.form.activity')}>
                  {t(`inspection.plan.activity.${plan.activity}`)}
                </Descriptions.Item>
                <Descriptions.Item label={t('inspection.plan.column.period')}>{period}</Descriptions.Item>
                {plan.decisionNumber ? (
                  <Descriptions.Item label={t('inspection.plan.form.decisionNumber')}>
                    {plan.decisionNumber}
                    {plan.decisionDate ? ` · ${formatDate(plan.decisionDate)}` : ''}
                  </Descriptions.Item>
                ) : null}
              </Descriptions>
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('inspection.plan.progress.title')} data-testid="plan-progress">
              <Flex gap="large" align="center" wrap>
                <Progress
                  type="circle"
                  size={96}
                  percent={progress.percentDone}
                  status={progress.overdue > 0 ? 'exception' : undefined}
                  format={(p) => `${p}%`}
                  aria-label={t('inspection.plan.progress.percent', { percent: progress.percentDone })}
                />
                <Row gutter={[16, 8]} style={{ flex: 1, minWidth: 220 }}>
                  <Col span={12}>
                    <Statistic title={t('inspection.plan.progress.planned')} value={progress.planned} />
                  </Col>
                  <Col span={12}>
                    <Statistic title={t('inspection.plan.progress.started')} value={progress.started} />
                  </Col>
                  <Col span={12}>
                    <Statistic
                      title={t('inspection.plan.progress.organisations')}
                      value={`${progress.organisationsDone}/${progress.organisations}`}
                    />
                  </Col>
                  <Col span={12}>
                    <Statistic
                      title={t('inspection.plan.progress.members')}
                      value={`${progress.membersDone}/${progress.members}`}
                    />
                  </Col>
                </Row>
              </Flex>
            </Card>
          </Col>
        </Row>
        {remove.isError ? <ProblemAlert error={remove.error} testId="item-delete-error" /> : null}
        <PlanBoard
          items={plan.items}
          manageable={plan.manageable}
          casesOpenable={plan.casesOpenable}
          onEdit={(i) => setItem(i)}
          onDelete={(i) => remove.mutate(i.id)}
          onOpenCase={(i) =>
            setOpening({
              planItemId: i.id,
              planTitle: plan.title,
              subjectKind: i.subjectKind,
              subjectUnitId: i.subjectUnitId,
              subjectMemberId: i.subjectMemberId,
              subjectName: i.subjectName,
              caseType: i.caseType,
              content: i.content,
            })
          }
        />
      </Flex>
      {editing ? <PlanDialog plan={plan} onClose={() => setEditing(false)} /> : null}
      {item ? (
        <ItemDialog plan={plan} item={item === 'new' ? undefined : item} onClose={() => setItem(null)} />
      ) : null}
      {opening ? (
        <OpenCaseModal
          commissionUnitId={plan.ownerUnitId}
          fromItem={opening}
          onOpened={() => {
            setOpening(null);
            invalidate(plan.id);
            message.success(t('inspection.plan.caseOpened'));
          }}
          onClose={() => setOpening(null)}
        />
      ) : null}
    </PageShell>
  );
}
