import {
  Alert,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { Link } from 'react-router';
import { applyProblemToForm } from '../../../components/forms';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { presentInBase } from '../conferenceModel';
import type { ConferenceView, Vote, VoteBody } from '../conferenceTypes';
import { useRecordVote } from '../useConferenceQueries';

const METHODS = ['SHOW_OF_HANDS', 'PARTY_CARD', 'SECRET_BALLOT'] as const;

/** The votes on resolutions with their outcome under Charter Art. 9(5), and the form that records one. */
export function VotesTab({ conference }: { conference: ConferenceView }) {
  const { t } = useI18n();
  const record = useRecordVote(conference.id);
  const [form] = Form.useForm<VoteBody>();
  return (
    <>
      <Alert type="info" showIcon title={t('conference.votes.rule')} style={{ marginBottom: 12 }} />
      <List<Vote>
        data-testid="conference-votes"
        dataSource={conference.votes}
        locale={{ emptyText: t('conference.votes.empty') }}
        renderItem={(v) => (
          <List.Item>
            <Flex vertical gap={4}>
              <Space wrap>
                <Typography.Text strong>{v.title}</Typography.Text>
                <Tag color={v.adopted ? 'green' : 'red'}>
                  {v.adopted ? t('conference.votes.adopted') : t('conference.votes.rejected')}
                </Tag>
                <Tag>{t(`conference.method.${v.method}`)}</Tag>
              </Space>
              <Typography.Text type="secondary">
                {t('conference.votes.tally', {
                  for: v.votesFor,
                  against: v.against,
                  abstentions: v.abstentions,
                  base: v.base,
                })}
              </Typography.Text>
              {v.documentNumber && v.documentId ? (
                <Link to={`/documents/${v.documentId}`} data-testid="vote-document">
                  {t('conference.votes.document', { number: v.documentNumber })}
                </Link>
              ) : null}
            </Flex>
          </List.Item>
        )}
      />
      {conference.manageable ? (
        <Card size="small" title={t('conference.votes.record')} style={{ marginTop: 16 }}>
          <Typography.Paragraph type="secondary">
            {t('conference.participants.base', { base: conference.base })} ·{' '}
            {t('conference.attendance.PRESENT')}: {presentInBase(conference.participants)}
          </Typography.Paragraph>
          <ProblemAlert error={record.error} />
          <Form<VoteBody>
            form={form}
            layout="vertical"
            initialValues={{
              method: 'SHOW_OF_HANDS',
              votesFor: 0,
              against: 0,
              abstentions: 0,
              issuerCode: conference.orgUnitName.toLowerCase().includes('thành phố') ? 'TU' : 'ĐU',
            }}
            onFinish={(v) =>
              record.mutate(v, {
                onSuccess: () => form.resetFields(),
                onError: (e) => applyProblemToForm(form, e),
              })
            }
          >
            <Form.Item
              name="title"
              label={t('conference.field.resolution')}
              rules={[{ required: true, message: t('conference.required') }]}
            >
              <Input maxLength={500} data-testid="vote-title" />
            </Form.Item>
            <Flex gap={12} wrap>
              <Form.Item name="method" label={t('conference.field.method')} style={{ minWidth: 180 }}>
                <Select options={METHODS.map((m) => ({ value: m, label: t(`conference.method.${m}`) }))} />
              </Form.Item>
              <Form.Item name="votesFor" label={t('conference.field.votesFor')}>
                <InputNumber min={0} data-testid="vote-for" />
              </Form.Item>
              <Form.Item name="against" label={t('conference.field.against')}>
                <InputNumber min={0} data-testid="vote-against" />
              </Form.Item>
              <Form.Item name="abstentions" label={t('conference.field.abstentions')}>
                <InputNumber min={0} />
              </Form.Item>
              <Form.Item name="issuerCode" label={t('conference.field.issuerCode')} style={{ width: 120 }}>
                <Input maxLength={10} />
              </Form.Item>
            </Flex>
            <Button type="primary" htmlType="submit" loading={record.isPending} data-testid="vote-submit">
              {t('conference.votes.record')}
            </Button>
          </Form>
        </Card>
      ) : null}
    </>
  );
}
