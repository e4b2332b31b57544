import { ArrowLeftOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Descriptions, Flex, Progress, Row, Tag, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { PageLoading } from '../../components/PageLoading';
import { PageShell } from '../../components/PageShell';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { DeadlineTag } from './DeadlineTag';
import { type DenunciationView, STATE_COLORS } from './denunciationTypes';
import { HandlingForms } from './HandlingForms';
import { useDenunciation } from './useDenunciationQueries';

/** A denunciation's file: the denouncer (confidential), the accused, the handling timeline and its forms. */
export default function DenunciationPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const file = useDenunciation(id);
  if (file.isError) {
    return (
      <PageShell title={t('menu.inspection.denunciation')}>
        <ProblemAlert error={file.error} onRetry={() => file.refetch()} />
      </PageShell>
    );
  }
  if (!file.data) return <PageLoading />;
  return <DenunciationFile file={file.data} />;
}

/** The share of the handling time used, from acceptance to the deadline, in working days. */
export function handlingProgress(file: DenunciationView, totalDays: number): number | null {
  if (file.state !== 'HANDLING' || file.workingDaysLeft == null) return null;
  const total = totalDays + (file.extensionDays ?? 0);
  return Math.max(0, Math.min(100, Math.round(((total - file.workingDaysLeft) / total) * 100)));
}

export function DenunciationFile({ file }: { file: DenunciationView }) {
  const { t } = useI18n();
  const progress = handlingProgress(file, 90);
  const events = [
    { key: 'received', on: file.receivedOn, color: 'blue', text: t('denunciation.file.received') },
    file.acceptedOn
      ? {
          key: 'accepted',
          on: file.acceptedOn,
          color: 'blue',
          text: file.handlerName
            ? t('denunciation.file.accepted', { handler: file.handlerName })
            : t('denunciation.file.acceptedNoHandler'),
        }
      : null,
    file.extensionNoticeOn
      ? {
          key: 'extended',
          on: file.extensionNoticeOn,
          color: 'orange',
          text: t('denunciation.file.extended', {
            days: file.extensionDays ?? 0,
            reason: file.extensionReason ?? '',
          }),
        }
      : null,
    file.notHandledOn && file.notHandledReason
      ? {
          key: 'not-handled',
          on: file.notHandledOn,
          color: 'gray',
          text: t('denunciation.file.notHandled', {
            reason: t(`denunciation.reason.${file.notHandledReason}`),
          }),
        }
      : null,
    file.concludedOn && file.finding
      ? {
          key: 'concluded',
          on: file.concludedOn,
          color: file.finding === 'UNFOUNDED' ? 'green' : 'red',
          text: t('denunciation.file.concluded', { finding: t(`denunciation.finding.${file.finding}`) }),
        }
      : null,
  ].filter((e) => e != null);
  return (
    <PageShell
      title={`${t('menu.inspection.denunciation')} · ${file.accusedName}`}
      extra={
        <Link to="/denunciations">
          <ArrowLeftOutlined /> {t('denunciation.back')}
        </Link>
      }
    >
      <Flex vertical gap="middle">
        <Flex gap="small" wrap align="center">
          <Tag color={STATE_COLORS[file.state]} data-testid="denunciation-state">
            {t(`denunciation.state.${file.state}`)}
          </Tag>
          <DeadlineTag dueOn={file.dueOn} workingDaysLeft={file.workingDaysLeft} />
        </Flex>
        {file.notHandledReason ? (
          <Alert
            type="warning"
            showIcon
            data-testid="denunciation-not-handled"
            title={t('denunciation.file.notHandled', {
              reason: t(`denunciation.reason.${file.notHandledReason}`),
            })}
            description={t('denunciation.file.rule', { rule: file.rule })}
          />
        ) : null}
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card
              title={
                <span>
                  <LockOutlined /> {t('denunciation.file.denouncer')}
                </span>
              }
            >
              <Typography.Paragraph type="secondary">
                {t('denunciation.file.confidential')}
              </Typography.Paragraph>
              <Descriptions size="small" column={1} data-testid="denunciation-denouncer-card">
                <Descriptions.Item label={t('denunciation.file.denouncer')}>
                  {file.denouncerName ?? (
                    <Typography.Text italic>{t('denunciation.file.anonymous')}</Typography.Text>
                  )}
                </Descriptions.Item>
                <Descriptions.Item label={t('denunciation.file.address')}>
                  {file.denouncerAddress ?? '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('denunciation.file.contact')}>
                  {file.denouncerContact ?? '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('denunciation.file.signers')}>
                  {file.signerCount}
                </Descriptions.Item>
              </Descriptions>
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={t('denunciation.file.accused')}>
              <Descriptions size="small" column={1} data-testid="denunciation-summary">
                <Descriptions.Item label={t('denunciation.file.accused')}>
                  {`${file.accusedName} (${t(`inspection.subjectKind.${file.accusedKind}`)})`}
                </Descriptions.Item>
                <Descriptions.Item label={t('denunciation.file.commission')}>
                  {file.commissionName}
                </Descriptions.Item>
                <Descriptions.Item label={t('denunciation.file.channel')}>
                  {`${t(`denunciation.channel.${file.channel}`)} · ${formatDate(file.receivedOn)}`}
                </Descriptions.Item>
              </Descriptions>
            </Card>
          </Col>
        </Row>
        <Card title={t('denunciation.file.content')}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{file.content}</Typography.Paragraph>
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card title={t('denunciation.file.timeline')}>
              {progress != null ? (
                <Flex vertical gap={4} style={{ marginBottom: 16 }}>
                  <Typography.Text type="secondary">{t('denunciation.file.progress')}</Typography.Text>
                  <Progress
                    percent={progress}
                    status={file.workingDaysLeft != null && file.workingDaysLeft < 0 ? 'exception' : 'active'}
                    aria-label={t('denunciation.file.progress')}
                    data-testid="denunciation-progress"
                  />
                </Flex>
              ) : null}
              <Timeline
                data-testid="denunciation-timeline"
                items={events.map((e) => ({
                  color: e.color,
                  content: (
                    <Flex vertical data-testid={`denunciation-event-${e.key}`}>
                      <strong>{formatDate(e.on)}</strong>
                      <span>{e.text}</span>
                    </Flex>
                  ),
                }))}
              />
              {file.conclusion ? (
                <Typography.Paragraph data-testid="denunciation-conclusion-text">
                  {file.conclusion}
                </Typography.Paragraph>
              ) : null}
              {file.caseId ? (
                <Link to={`/inspection/${file.caseId}`} data-testid="denunciation-case-link">
                  {t('denunciation.file.case')} — {t('denunciation.file.openCaseLink')}
                </Link>
              ) : null}
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <HandlingForms file={file} />
          </Col>
        </Row>
      </Flex>
    </PageShell>
  );
}
