import { Button, Card, Collapse, Flex, Form, Input, Modal, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { applyProblemToForm } from '../../../components/forms';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatDateTime } from '../../../i18n/format';
import { DocumentPicker } from '../../document/DocumentPicker';
import type { ConferenceView, Draft } from '../conferenceTypes';
import { useAddDraft, useAddVersion, useOpinions } from '../useConferenceQueries';

/** The drafts put to the conference, each with its versions and the accepted opinions each takes in. */
export function DraftsTab({ conference }: { conference: ConferenceView }) {
  const { t } = useI18n();
  const add = useAddDraft(conference.id);
  const [form] = Form.useForm<{ title: string; responsible?: string; text?: string; documentId?: number }>();
  const [versioning, setVersioning] = useState<Draft | null>(null);
  return (
    <>
      {conference.drafts.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('conference.drafts.empty')}</Typography.Paragraph>
      ) : null}
      <Collapse
        data-testid="conference-drafts"
        items={conference.drafts.map((d) => ({
          key: d.id,
          label: (
            <Flex gap={8} wrap align="center">
              <Typography.Text strong>{d.title}</Typography.Text>
              <Tag>{t('conference.drafts.version', { number: d.versions.length })}</Tag>
              <Tag color="blue">{t('conference.drafts.opinions', { count: d.opinions })}</Tag>
            </Flex>
          ),
          children: (
            <Flex vertical gap={8}>
              {d.responsible ? (
                <Typography.Text type="secondary">
                  {t('conference.field.responsible')}: {d.responsible}
                </Typography.Text>
              ) : null}
              {d.documentId != null ? (
                <Link to={`/documents/${d.documentId}`} data-testid={`draft-document-link-${d.position}`}>
                  {t('conference.drafts.openDocument')}
                </Link>
              ) : null}
              {d.versions.map((v) => (
                <Card
                  key={v.id}
                  size="small"
                  title={t('conference.drafts.version', { number: v.number })}
                  extra={<Typography.Text type="secondary">{formatDateTime(v.createdAt)}</Typography.Text>}
                >
                  {v.note ? <Typography.Paragraph italic>{v.note}</Typography.Paragraph> : null}
                  {v.opinionIds.length > 0 ? (
                    <Tag color="green">{t('conference.drafts.takesIn', { count: v.opinionIds.length })}</Tag>
                  ) : null}
                  {v.text ? (
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>
                      {v.text}
                    </Typography.Paragraph>
                  ) : null}
                </Card>
              ))}
              {conference.manageable ? (
                <Button onClick={() => setVersioning(d)} data-testid={`draft-version-${d.position}`}>
                  {t('conference.drafts.newVersion')}
                </Button>
              ) : null}
            </Flex>
          ),
        }))}
      />
      {conference.manageable ? (
        <Card size="small" title={t('conference.drafts.add')} style={{ marginTop: 16 }}>
          <ProblemAlert error={add.error} />
          <Form
            form={form}
            layout="vertical"
            onFinish={(v) =>
              add.mutate(
                {
                  title: v.title.trim(),
                  responsible: v.responsible?.trim() || undefined,
                  text: v.text || undefined,
                  documentId: v.documentId,
                },
                { onSuccess: () => form.resetFields(), onError: (e) => applyProblemToForm(form, e) },
              )
            }
          >
            <Form.Item
              name="title"
              label={t('conference.field.draftTitle')}
              rules={[{ required: true, message: t('conference.required') }]}
            >
              <Input maxLength={500} data-testid="draft-title" />
            </Form.Item>
            <Form.Item name="responsible" label={t('conference.field.responsible')}>
              <Input maxLength={200} data-testid="draft-responsible" />
            </Form.Item>
            <Form.Item name="documentId" label={t('conference.field.document')}>
              <DocumentPicker testId="draft-document" ariaLabel={t('conference.field.document')} />
            </Form.Item>
            <Form.Item name="text" label={t('conference.field.text')}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="draft-add">
              {t('conference.drafts.add')}
            </Button>
          </Form>
        </Card>
      ) : null}
      {versioning ? (
        <VersionModal conferenceId={conference.id} draft={versioning} onClose={() => setVersioning(null)} />
      ) : null}
    </>
  );
}

function VersionModal({
  conferenceId,
  draft,
  onClose,
}: {
  conferenceId: string;
  draft: Draft;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const add = useAddVersion(conferenceId);
  const accepted = useOpinions(conferenceId, { draftId: draft.id, disposition: 'ACCEPTED' });
  const [form] = Form.useForm<{ text?: string; note?: string; opinionIds?: string[] }>();
  const last = draft.versions[draft.versions.length - 1];
  return (
    <Modal
      open
      title={`${t('conference.drafts.newVersion')} — ${draft.title}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('conference.save')}
      cancelText={t('conference.cancel')}
      okButtonProps={{ loading: add.isPending, 'data-testid': 'version-submit' } as never}
      destroyOnHidden
    >
      <ProblemAlert error={add.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ text: last?.text ?? '' }}
        onFinish={(v) =>
          add.mutate(
            {
              draftId: draft.id,
              body: { text: v.text ?? '', note: v.note ?? '', opinionIds: v.opinionIds ?? [] },
            },
            { onSuccess: onClose, onError: (e) => applyProblemToForm(form, e) },
          )
        }
      >
        <Form.Item name="opinionIds" label={t('conference.field.takesIn')}>
          <Select
            mode="multiple"
            data-testid="version-opinions"
            loading={accepted.isFetching}
            options={(accepted.data ?? []).map((o) => ({
              value: o.id,
              label: `${o.speakerName}: ${o.text.slice(0, 80)}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('conference.field.note')}>
          <Input maxLength={2000} />
        </Form.Item>
        <Form.Item name="text" label={t('conference.field.text')}>
          <Input.TextArea rows={6} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
