import { UploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Progress, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatTimeDate } from '../../../i18n/format';
import { materialsDeadline } from '../meetingModel';
import type { MeetingView } from '../meetingTypes';
import { usePublishMaterial, useUploadMaterial } from '../useMeetingQueries';

/** The meeting's materials: upload with progress, publish to the invited members, late flag (HD 42-HD/BTCTW). */
export function MaterialsCard({ meeting, editable }: { meeting: MeetingView; editable: boolean }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const upload = useUploadMaterial(meeting.id);
  const publish = usePublishMaterial(meeting.id);
  const send = () => {
    if (!file || !title.trim()) return;
    setProgress(0);
    upload.mutate(
      { file, title: title.trim(), onProgress: setProgress },
      {
        onSuccess: () => {
          setFile(null);
          setTitle('');
        },
        onSettled: () => setProgress(null),
      },
    );
  };
  return (
    <Card title={t('meeting.detail.materials')} size="small" data-testid="meeting-materials">
      <Typography.Paragraph type="secondary">
        {t('meeting.material.deadline', { time: formatTimeDate(materialsDeadline(meeting.plannedStart)) })}
      </Typography.Paragraph>
      {meeting.materials.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('meeting.material.empty')}</Typography.Paragraph>
      ) : (
        <ul className="meeting-materials">
          {meeting.materials.map((m) => (
            <li key={m.id} data-testid={`material-${m.id}`}>
              <Flex justify="space-between" align="center" gap="small" wrap>
                <Flex vertical>
                  <a href={`/api/v1/meetings/${meeting.id}/materials/${m.id}`}>{m.title}</a>
                  <Flex gap={4} wrap>
                    <Typography.Text type="secondary">{m.fileName}</Typography.Text>
                    {m.publishedAt ? (
                      <Tag color="green">
                        {t('meeting.material.published', { time: formatTimeDate(m.publishedAt) })}
                      </Tag>
                    ) : (
                      <Tag>{t('meeting.material.unpublished')}</Tag>
                    )}
                    {m.late ? <Tag color="warning">{t('meeting.material.late')}</Tag> : null}
                  </Flex>
                </Flex>
                {editable && !m.publishedAt ? (
                  <Button
                    size="small"
                    loading={publish.isPending}
                    onClick={() => publish.mutate(m.id)}
                    data-testid={`material-publish-${m.id}`}
                  >
                    {t('meeting.material.publish')}
                  </Button>
                ) : null}
              </Flex>
            </li>
          ))}
        </ul>
      )}
      {editable ? (
        <Flex gap="small" wrap align="end" style={{ marginTop: 12 }}>
          <Input
            aria-label={t('meeting.material.title')}
            placeholder={t('meeting.material.title')}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={300}
            style={{ maxWidth: 280 }}
            data-testid="material-title"
          />
          <Upload
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              if (!title) setTitle(f.name.replace(/\.[^.]+$/, ''));
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: '1', name: file.name }] : []}
          >
            <Button icon={<UploadOutlined />} data-testid="material-file">
              {t('meeting.material.choose')}
            </Button>
          </Upload>
          <Button
            type="primary"
            disabled={!file || !title.trim()}
            loading={upload.isPending}
            onClick={send}
            data-testid="material-upload"
          >
            {t('meeting.material.upload')}
          </Button>
          {progress !== null ? (
            <Progress
              percent={progress}
              size="small"
              style={{ width: 160 }}
              aria-label={t('meeting.material.progress')}
            />
          ) : null}
        </Flex>
      ) : null}
      {upload.isError ? <ProblemAlert error={upload.error} /> : null}
      {publish.isError ? <ProblemAlert error={publish.error} /> : null}
    </Card>
  );
}
