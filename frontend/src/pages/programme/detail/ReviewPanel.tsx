import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import { App, Button, Card, DatePicker, Flex, Segmented, Spin, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { DATE_FORMAT, formatDate, toIsoDate } from '../../../i18n/format';
import { indicatorColor, targetText, taskColor } from '../programmeModel';
import type { IndicatorView, ProgrammeView, ReviewKind, TaskView } from '../programmeTypes';
import { downloadReview, useReview } from '../useProgrammeQueries';

/** The mid-term or final review as of a day: the sentences of the report and the tables behind each number. */
export function ReviewPanel({ p, active }: { p: ProgrammeView; active: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [kind, setKind] = useState<ReviewKind>('MID_TERM');
  const [day, setDay] = useState<Dayjs | null>(null);
  const [asked, setAsked] = useState<{ kind: ReviewKind; asOf: string | undefined } | undefined>();
  const review = useReview(p.id, asked?.kind ?? kind, asked?.asOf, active && asked != null);
  const r = review.data;
  const indicatorColumns: TableColumnsType<IndicatorView> = [
    { key: 'seq', title: '#', render: (_, i) => i.seq, width: 48 },
    { key: 'name', title: t('programme.indicator.name'), render: (_, i) => i.name },
    {
      key: 'target',
      title: t('programme.indicator.target'),
      render: (_, i) => targetText(i, formatDate),
      width: 120,
    },
    {
      key: 'value',
      title: t('programme.indicator.value'),
      render: (_, i) => (i.value == null ? '—' : `${i.value} ${i.unit}`),
      width: 110,
    },
    {
      key: 'status',
      title: t('programme.indicator.status'),
      render: (_, i) => (
        <Tag color={indicatorColor(i.status)}>{t(`programme.indicatorStatus.${i.status}`)}</Tag>
      ),
      width: 170,
    },
    { key: 'rule', title: t('programme.review.rule'), render: (_, i) => i.rule },
  ];
  const taskColumns: TableColumnsType<TaskView> = [
    { key: 'seq', title: '#', render: (_, x) => x.seq, width: 48 },
    { key: 'title', title: t('programme.task.title'), render: (_, x) => x.title },
    { key: 'owner', title: t('programme.task.owner'), render: (_, x) => x.ownerUnitName },
    {
      key: 'deadline',
      title: t('programme.task.deadline'),
      render: (_, x) => formatDate(x.deadline),
      width: 110,
    },
    { key: 'progress', title: t('programme.task.progress'), render: (_, x) => `${x.progress}%`, width: 90 },
    {
      key: 'status',
      title: t('programme.task.status'),
      render: (_, x) => <Tag color={taskColor(x.status)}>{t(`programme.taskStatus.${x.status}`)}</Tag>,
      width: 150,
    },
  ];
  const asOf = day ? toIsoDate(day) : undefined;
  return (
    <Flex vertical gap="middle">
      <Card size="small">
        <Flex gap="middle" wrap align="center">
          <Segmented<ReviewKind>
            value={kind}
            onChange={setKind}
            options={[
              { value: 'MID_TERM', label: t('programme.review.kind.MID_TERM') },
              { value: 'FINAL', label: t('programme.review.kind.FINAL') },
            ]}
          />
          <DatePicker
            value={day}
            onChange={setDay}
            format={DATE_FORMAT}
            placeholder={t('programme.review.asOf')}
            data-testid="review-as-of"
          />
          <Button type="primary" onClick={() => setAsked({ kind, asOf })} data-testid="review-generate">
            {t('programme.review.generate')}
          </Button>
          <Button
            icon={<FilePdfOutlined />}
            disabled={!r}
            data-testid="review-pdf"
            onClick={() =>
              r &&
              downloadReview(
                p.id,
                r.kind,
                r.asOf,
                t('programme.review.pdfName', { code: r.code.replaceAll('/', '-'), date: r.asOf }),
                'pdf',
              ).catch((e: Error) => message.error(e.message))
            }
          >
            {t('programme.review.pdf')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            disabled={!r}
            data-testid="review-excel"
            onClick={() =>
              r &&
              downloadReview(
                p.id,
                r.kind,
                r.asOf,
                t('programme.review.fileName', { code: r.code.replaceAll('/', '-'), date: r.asOf }),
              ).catch((e: Error) => message.error(e.message))
            }
          >
            {t('programme.review.excel')}
          </Button>
        </Flex>
        <Typography.Text type="secondary">{t('programme.review.exportNote')}</Typography.Text>
      </Card>
      <ProblemAlert error={review.error} />
      {review.isFetching && !r ? <Spin /> : null}
      {r ? (
        <Card size="small" data-testid="programme-review">
          <Typography.Title level={4} style={{ textAlign: 'center' }}>
            {t(`programme.review.kind.${r.kind}`).toUpperCase()}
          </Typography.Title>
          {r.summary.map((sentence, n) => (
            <Typography.Paragraph key={sentence} data-testid={`review-sentence-${n}`}>
              {sentence}
            </Typography.Paragraph>
          ))}
          <Typography.Title level={5}>{t('programme.review.indicators')}</Typography.Title>
          <Table<IndicatorView>
            rowKey="id"
            size="small"
            pagination={false}
            columns={indicatorColumns}
            dataSource={r.indicators}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('programme.review.tasks')}
          </Typography.Title>
          <Table<TaskView>
            rowKey="id"
            size="small"
            pagination={false}
            columns={taskColumns}
            dataSource={r.tasks}
          />
          {r.cascade.some((c) => c.contributions.length > 0) ? (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t('programme.review.cascade')}
              </Typography.Title>
              {r.cascade
                .filter((c) => c.contributions.length > 0)
                .map((c) => (
                  <Typography.Paragraph key={c.itemId}>
                    <Typography.Text strong>
                      {c.seq}. {c.name}:
                    </Typography.Text>{' '}
                    {c.contributions
                      .map((x) =>
                        x.reported
                          ? `${x.unitName} ${x.value ?? `${x.progress ?? 0}%`}`
                          : `${x.unitName} (${t('programme.cascade.silent')})`,
                      )
                      .join('; ')}
                  </Typography.Paragraph>
                ))}
            </>
          ) : null}
        </Card>
      ) : null}
    </Flex>
  );
}
