import { Alert, Button, Card, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { applyProblemToForm } from '../../../components/forms';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { actionsFor } from '../meetingModel';
import type { MeetingView } from '../meetingTypes';
import { useRecordMinutes } from '../useMeetingQueries';

interface Values {
  minutesText: string;
  resolutionText?: string;
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
}

/** Minutes, the resolution's votes and the quorum result (Charter Art. 9(5), QĐ 24 §9.3). */
export function MinutesCard({ meeting, editable }: { meeting: MeetingView; editable: boolean }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const record = useRecordMinutes(meeting.id);
  const minutes = meeting.minutes;
  const can = editable && actionsFor(meeting.state, meeting.endedAt !== null).minutes;
  return (
    <Card title={t('meeting.detail.minutes')} size="small" data-testid="meeting-minutes">
      {minutes ? (
        <Flex vertical gap={8} style={{ marginBottom: 12 }} data-testid="minutes-result">
          <Typography.Text>{t('meeting.minutes.base', { base: minutes.base })}</Typography.Text>
          <Typography.Text>
            {t('meeting.minutes.present', { present: minutes.votersPresent })}
          </Typography.Text>
          <Alert
            type={minutes.quorate ? 'success' : 'error'}
            showIcon
            title={minutes.quorate ? t('meeting.minutes.quorate') : t('meeting.minutes.notQuorate')}
          />
          <Alert
            type={minutes.resolutionValid ? 'success' : 'error'}
            showIcon
            title={minutes.resolutionValid ? t('meeting.minutes.valid') : t('meeting.minutes.invalid')}
            description={t('meeting.minutes.rule', { rule: minutes.rule })}
          />
        </Flex>
      ) : null}
      {!can && !minutes ? (
        <Typography.Paragraph type="secondary">{t('meeting.minutes.notEnded')}</Typography.Paragraph>
      ) : null}
      {can ? (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={
            minutes
              ? { ...minutes, resolutionText: minutes.resolutionText ?? undefined }
              : { votesFor: 0, votesAgainst: 0, votesAbstain: 0 }
          }
          onFinish={(values) =>
            record.mutate(
              { ...values, version: meeting.version },
              { onError: (e) => applyProblemToForm(form, e) },
            )
          }
          data-testid="minutes-form"
        >
          <Form.Item
            name="minutesText"
            label={t('meeting.minutes.text')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input.TextArea rows={5} data-testid="minutes-text" />
          </Form.Item>
          <Form.Item name="resolutionText" label={t('meeting.minutes.resolution')}>
            <Input.TextArea rows={3} data-testid="minutes-resolution" />
          </Form.Item>
          <Flex gap="middle" wrap>
            <Form.Item name="votesFor" label={t('meeting.minutes.votesFor')} rules={[{ required: true }]}>
              <InputNumber min={0} data-testid="minutes-for" />
            </Form.Item>
            <Form.Item
              name="votesAgainst"
              label={t('meeting.minutes.votesAgainst')}
              rules={[{ required: true }]}
            >
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item
              name="votesAbstain"
              label={t('meeting.minutes.votesAbstain')}
              rules={[{ required: true }]}
            >
              <InputNumber min={0} />
            </Form.Item>
          </Flex>
          <Button type="primary" htmlType="submit" loading={record.isPending} data-testid="minutes-save">
            {t('meeting.minutes.save')}
          </Button>
        </Form>
      ) : null}
      {record.isError ? <ProblemAlert error={record.error} /> : null}
    </Card>
  );
}
