import { ArrowLeftOutlined, BranchesOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Flex, List, Row, Spin, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { useSession } from '../../../session';
import { AdoptProgrammeModal, PROGRAMME_WRITER_ROLES, ReviseProgrammeModal } from '../ProgrammeForms';
import { countBy, INDICATOR_STATUSES, indicatorColor, TASK_STATUSES, taskColor } from '../programmeModel';
import type { ProgrammeView } from '../programmeTypes';
import { useProgramme } from '../useProgrammeQueries';
import { CascadePanel } from './CascadePanel';
import { IndicatorBoard } from './IndicatorBoard';
import { ReviewPanel } from './ReviewPanel';
import { TaskBoard } from './TaskBoard';

/** One programme: what it says, its indicator and task boards, the adopting units and the reviews. */
export default function ProgrammeDetailPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const programme = useProgramme(id);
  const p = programme.data;
  return (
    <PageShell
      title={p ? `${p.code} · ${p.title}` : t('menu.programme.detail')}
      extra={
        <Link to="/programmes">
          <ArrowLeftOutlined /> {t('programme.detail.back')}
        </Link>
      }
    >
      <ProblemAlert error={programme.error} onRetry={() => programme.refetch()} />
      {!p ? programme.isLoading ? <Spin /> : null : <Detail p={p} />}
    </PageShell>
  );
}

function Detail({ p }: { p: ProgrammeView }) {
  const { t } = useI18n();
  const [tab, setTab] = useState('indicators');
  const [adopting, setAdopting] = useState(false);
  const [revising, setRevising] = useState(false);
  const { me } = useSession();
  const canAdopt = !p.canEdit && me.roles.some((g) => PROGRAMME_WRITER_ROLES.has(g.role));
  const indicators = countBy(p.indicators, INDICATOR_STATUSES);
  const tasks = countBy(p.tasks, TASK_STATUSES);
  return (
    <>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={14}>
          <Card
            size="small"
            extra={
              p.canEdit ? (
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => setRevising(true)}
                  data-testid="programme-revise"
                >
                  {t('programme.edit.programme')}
                </Button>
              ) : null
            }
          >
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'issuer', label: t('programme.detail.issuer'), children: p.issuingUnitName },
                {
                  key: 'period',
                  label: t('programme.detail.period'),
                  children: `${formatDate(p.periodFrom)} – ${formatDate(p.periodTo)}`,
                },
                ...(p.parentProgrammeId
                  ? [
                      {
                        key: 'parent',
                        label: t('programme.detail.parent'),
                        children: <Link to={`/programmes/${p.parentProgrammeId}`}>{p.parentCode}</Link>,
                      },
                    ]
                  : []),
                ...(p.goals ? [{ key: 'goals', label: t('programme.detail.goals'), children: p.goals }] : []),
                {
                  key: 'documents',
                  label: t('programme.detail.documents'),
                  children:
                    p.documents.length === 0 ? (
                      t('programme.detail.none')
                    ) : (
                      <Flex vertical>
                        {p.documents.map((d) =>
                          d.documentId ? (
                            <Link key={d.label} to={`/documents/${d.documentId}`}>
                              {d.label}
                            </Link>
                          ) : (
                            <span key={d.label}>{d.label}</span>
                          ),
                        )}
                      </Flex>
                    ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('programme.detail.committee')}>
            <List
              size="small"
              dataSource={p.committee}
              locale={{ emptyText: t('programme.detail.none') }}
              renderItem={(seat) => (
                <List.Item>
                  <Flex vertical>
                    <Typography.Text strong>{seat.fullName}</Typography.Text>
                    <Typography.Text type="secondary">
                      {t(`programme.role.${seat.role}`)}
                      {seat.position ? ` · ${seat.position}` : ''}
                    </Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
      <Flex gap="small" wrap style={{ marginBottom: 12 }} data-testid="programme-counts">
        <Typography.Text type="secondary">
          {t('programme.detail.asOf', { date: formatDate(p.asOf) })}
        </Typography.Text>
        {INDICATOR_STATUSES.filter((s) => indicators[s] > 0).map((s) => (
          <Tag key={s} color={indicatorColor(s)}>
            {t(`programme.indicatorStatus.${s}`)}: {indicators[s]}
          </Tag>
        ))}
        {TASK_STATUSES.filter((s) => tasks[s] > 0).map((s) => (
          <Tag key={s} color={taskColor(s)}>
            {t(`programme.taskStatus.${s}`)}: {tasks[s]}
          </Tag>
        ))}
        {canAdopt ? (
          <Button
            size="small"
            icon={<BranchesOutlined />}
            onClick={() => setAdopting(true)}
            data-testid="programme-adopt"
            style={{ marginInlineStart: 'auto' }}
          >
            {t('programme.adopt.title', { code: p.code })}
          </Button>
        ) : null}
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'indicators',
            label: <span data-testid="programme-tab-indicators">{t('programme.tab.indicators')}</span>,
            children: <IndicatorBoard p={p} />,
          },
          {
            key: 'tasks',
            label: <span data-testid="programme-tab-tasks">{t('programme.tab.tasks')}</span>,
            children: <TaskBoard p={p} />,
          },
          {
            key: 'cascade',
            label: <span data-testid="programme-tab-cascade">{t('programme.tab.cascade')}</span>,
            children: <CascadePanel p={p} active={tab === 'cascade'} />,
          },
          {
            key: 'review',
            label: <span data-testid="programme-tab-review">{t('programme.tab.review')}</span>,
            children: <ReviewPanel p={p} active={tab === 'review'} />,
          },
        ]}
      />
      {adopting ? <AdoptProgrammeModal p={p} onClose={() => setAdopting(false)} /> : null}
      {revising ? <ReviseProgrammeModal p={p} onClose={() => setRevising(false)} /> : null}
    </>
  );
}
