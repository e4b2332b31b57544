import { ArrowLeftOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Empty, Flex, Row, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageLoading } from '../../../components/PageLoading';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import type { CaseView } from '../inspectionTypes';
import { useCase } from '../useInspectionQueries';
import { DecisionCard } from './DecisionCard';
import { DisciplineDialog } from './DisciplineDialog';
import { StepForm } from './StepForm';

/** A case file: the subject, the timeline of steps with the form of the next one, the conclusion and the discipline. */
export default function CaseFilePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const file = useCase(id);
  if (file.isError) {
    return (
      <PageShell title={t('menu.inspection.detail')}>
        <ProblemAlert error={file.error} onRetry={() => file.refetch()} />
      </PageShell>
    );
  }
  if (!file.data) return <PageLoading />;
  return <CaseFile file={file.data} />;
}

function CaseFile({ file }: { file: CaseView }) {
  const { t } = useI18n();
  const [deciding, setDeciding] = useState(false);
  const [selected, setSelected] = useState<string | undefined>(file.decisions[0]?.id);
  return (
    <PageShell
      title={file.title}
      extra={
        <Link to="/inspection">
          <ArrowLeftOutlined /> {t('inspection.back')}
        </Link>
      }
    >
      <Flex vertical gap="middle">
        {!file.manageable ? <Alert type="info" showIcon title={t('inspection.file.readOnly')} /> : null}
        <Card>
          <Descriptions size="small" column={{ xs: 1, md: 2 }} data-testid="case-summary">
            <Descriptions.Item label={t('inspection.column.type')}>
              {t(`inspection.type.${file.type}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('inspection.file.commission')}>
              {file.commissionName}
            </Descriptions.Item>
            <Descriptions.Item label={t('inspection.file.subject')}>
              {`${file.subjectName} (${t(`inspection.subjectKind.${file.subjectKind}`)})`}
            </Descriptions.Item>
            {file.content ? (
              <Descriptions.Item label={t('inspection.file.content')}>{file.content}</Descriptions.Item>
            ) : null}
          </Descriptions>
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card title={t('inspection.file.timeline')}>
              {file.steps.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : null}
              <Timeline
                data-testid="case-timeline"
                items={file.steps.map((s) => ({
                  color: s.step === 'CONCLUSION' ? (file.violationFound ? 'red' : 'green') : 'blue',
                  content: (
                    <Flex vertical data-testid={`timeline-${s.step}`}>
                      <strong>
                        {t(`inspection.step.${s.step}`)} · {formatDate(s.doneOn)}
                      </strong>
                      {s.note ? <span>{s.note}</span> : null}
                      {s.documentLabel ? (
                        <Link to={`/documents/${s.documentId}`}>
                          {t('inspection.file.document', { label: s.documentLabel })}
                        </Link>
                      ) : null}
                      <Typography.Text type="secondary">
                        {t('inspection.file.recordedBy', { user: s.recordedBy })}
                      </Typography.Text>
                    </Flex>
                  ),
                }))}
              />
              {file.concludedOn ? (
                <Flex vertical gap={4} data-testid="case-conclusion">
                  <span>
                    {file.violationFound ? (
                      <Tag color="error">{t('inspection.file.violationFound')}</Tag>
                    ) : (
                      <Tag color="success">{t('inspection.file.noViolation')}</Tag>
                    )}
                    {file.categories.map((c) => (
                      <Tag key={c}>{t(`inspection.category.${c}`)}</Tag>
                    ))}
                  </span>
                  <Typography.Paragraph>{file.conclusion}</Typography.Paragraph>
                </Flex>
              ) : null}
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            {file.manageable && file.nextStep ? (
              <StepForm key={file.nextStep} file={file} step={file.nextStep} />
            ) : (
              <Alert
                type="success"
                showIcon
                title={file.nextStep ? t('inspection.file.readOnly') : t('inspection.file.concluded')}
              />
            )}
          </Col>
        </Row>
        <Card
          title={t('inspection.discipline.title')}
          extra={
            file.manageable ? (
              <Button
                icon={<SafetyCertificateOutlined />}
                onClick={() => setDeciding(true)}
                data-testid="discipline-decide"
              >
                {t('inspection.discipline.decide')}
              </Button>
            ) : null
          }
        >
          {file.decisions.length === 0 ? (
            <Typography.Text type="secondary">{t('inspection.discipline.none')}</Typography.Text>
          ) : (
            <Flex vertical data-testid="decision-list" role="list">
              {file.decisions.map((d) => (
                <Flex key={d.id} role="listitem" justify="space-between" align="center" wrap gap="small">
                  <span>
                    {t(`inspection.discipline.form.${d.form}`)} · {d.subjectName} · {d.decisionNumber} ·{' '}
                    {formatDate(d.decidedOn)} <Tag>{t(`inspection.discipline.state.${d.state}`)}</Tag>
                  </span>
                  <Button type="link" onClick={() => setSelected(d.id)} data-testid={`decision-open-${d.id}`}>
                    {t('inspection.discipline.open')}
                  </Button>
                </Flex>
              ))}
            </Flex>
          )}
        </Card>
        {selected ? (
          <DecisionCard key={selected} id={selected} caseId={file.id} manageable={file.manageable} />
        ) : null}
      </Flex>
      {deciding ? (
        <DisciplineDialog
          file={file}
          onClose={() => setDeciding(false)}
          onDecided={(decisionId) => {
            setDeciding(false);
            setSelected(decisionId);
          }}
        />
      ) : null}
    </PageShell>
  );
}
