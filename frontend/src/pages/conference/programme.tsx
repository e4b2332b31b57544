import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Progress,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { CONFERENCE_MANAGER_ROLES, CONFERENCE_STAFF_READER_ROLES } from '../../access';
import { Chart } from '../../components/Chart';
import { applyProblemToForm } from '../../components/forms';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageShell } from '../../components/PageShell';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { useSession } from '../../session';
import { percent, programmeChart, programmeFigures, roman } from './conferenceModel';
import type { ConferenceBody, ConferenceProgramme, ProgrammeItemBody } from './conferenceTypes';
import { BODIES } from './index';
import { useAddProgrammeItem, useConferenceProgramme, useSetPlanned } from './useConferenceQueries';

/** A body's term work programme against the conferences held and resolutions adopted to date. */
export default function ConferenceProgrammePage() {
  const { t } = useI18n();
  const { me } = useSession();
  const home = me.roles.find((g) => CONFERENCE_STAFF_READER_ROLES.includes(g.role))?.orgUnitId;
  const canManage = me.roles.some((g) => CONFERENCE_MANAGER_ROLES.includes(g.role));
  const [unitId, setUnitId] = useState<number | undefined>(home);
  const [body, setBody] = useState<ConferenceBody>('EXECUTIVE_COMMITTEE');
  const programme = useConferenceProgramme(unitId, body);
  return (
    <PageShell title={t('conference.programme.title')}>
      <Typography.Paragraph type="secondary">{t('conference.programme.intro')}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap>
          <div style={{ minWidth: 240, flex: '1 1 240px' }}>
            <OrgTreeSelect
              id="programme-org"
              testId="conference-programme-org"
              value={unitId}
              onChange={setUnitId}
            />
          </div>
          <Select<ConferenceBody>
            style={{ minWidth: 200, flex: '0 1 220px' }}
            aria-label={t('conference.field.body')}
            value={body}
            onChange={setBody}
            options={BODIES.map((b) => ({ value: b, label: t(`conference.body.${b}`) }))}
          />
        </Flex>
      </Card>
      <ProblemAlert error={programme.error} onRetry={() => programme.refetch()} />
      {programme.data ? (
        <ProgrammeBoard programme={programme.data} canManage={canManage} />
      ) : unitId === undefined ? (
        <Empty />
      ) : null}
    </PageShell>
  );
}

function ProgrammeBoard({ programme: p, canManage }: { programme: ConferenceProgramme; canManage: boolean }) {
  const { t } = useI18n();
  const setPlanned = useSetPlanned();
  const addItem = useAddProgrammeItem();
  const [planned, setPlannedValue] = useState<number | null>(p.plannedRegular);
  const [form] = Form.useForm<ProgrammeItemBody>();
  const figures = programmeFigures(
    p,
    {
      regular: t('conference.programme.regular'),
      thematic: t('conference.programme.itemKind.THEMATIC_CONFERENCE'),
      resolutions: t('conference.programme.itemKind.THEMATIC_RESOLUTION'),
    },
    p.asOf,
  );
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {p.orgUnitName} ·{' '}
        {t('conference.programme.term', {
          roman: roman(p.congressNumber),
          from: formatDate(p.termStartsOn),
          to: formatDate(p.termEndsOn),
        })}
      </Typography.Title>
      {p.id === null ? <Alert type="warning" showIcon title={t('conference.programme.none')} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('conference.programme.regular')} data-testid="programme-regular">
            <Progress
              percent={percent(p.heldRegular, p.plannedRegular)}
              success={{ percent: percent(p.expectedRegular, p.plannedRegular) }}
              status={p.regularBehind ? 'exception' : 'normal'}
            />
            <Space wrap>
              <Typography.Text>
                {t('conference.programme.regularProgress', {
                  held: p.heldRegular,
                  planned: p.plannedRegular,
                  expected: p.expectedRegular,
                })}
              </Typography.Text>
              <Tag color={p.regularBehind ? 'red' : 'green'} data-testid="programme-regular-flag">
                {p.regularBehind ? t('conference.programme.behind') : t('conference.programme.onTrack')}
              </Tag>
            </Space>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('conference.programme.thematic', { count: p.heldThematic })} ·{' '}
              {t('conference.programme.extraordinary', { count: p.heldExtraordinary })} ·{' '}
              {t('conference.programme.resolutions', { count: p.resolutionsAdopted })}
            </Typography.Paragraph>
            {canManage ? (
              <Space wrap style={{ marginTop: 12 }}>
                <InputNumber
                  min={0}
                  max={200}
                  value={planned}
                  onChange={setPlannedValue}
                  aria-label={t('conference.programme.planned')}
                  data-testid="programme-planned"
                />
                <Button
                  loading={setPlanned.isPending}
                  data-testid="programme-planned-save"
                  onClick={() =>
                    setPlanned.mutate({
                      orgUnitId: p.orgUnitId,
                      body: p.body,
                      plannedRegular: planned ?? 0,
                      version: p.version,
                    })
                  }
                >
                  {t('conference.programme.setPlanned')}
                </Button>
              </Space>
            ) : null}
            <ProblemAlert error={setPlanned.error} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('conference.programme.chart')}>
            <Chart
              testId="programme-chart"
              label={figures.map((f) => `${f.label}: ${f.held}/${f.planned}`).join('; ')}
              option={programmeChart(figures, {
                planned: t('conference.programme.chartPlanned'),
                due: t('conference.programme.chartDue'),
                held: t('conference.programme.chartHeld'),
              })}
            />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('conference.programme.items')}>
        <List
          data-testid="programme-items"
          dataSource={p.items}
          renderItem={(i) => (
            <List.Item>
              <Flex vertical gap={2} style={{ width: '100%' }}>
                <Space wrap>
                  <Tag>{t(`conference.programme.itemKind.${i.kind}`)}</Tag>
                  <Typography.Text strong>{i.title}</Typography.Text>
                  <Typography.Text type="secondary">
                    {t('conference.programme.quarter', { quarter: i.plannedQuarter, year: i.plannedYear })}
                  </Typography.Text>
                  {i.done ? (
                    <Tag color="green">{t('conference.programme.done')}</Tag>
                  ) : i.behind ? (
                    <Tag color="red">{t('conference.programme.behind')}</Tag>
                  ) : (
                    <Tag>{t('conference.programme.planned2')}</Tag>
                  )}
                </Space>
                {i.doneBy ? (
                  <Typography.Text type="secondary">
                    {i.doneBy}
                    {i.doneOn ? ` — ${formatDate(i.doneOn)}` : ''}
                  </Typography.Text>
                ) : null}
              </Flex>
            </List.Item>
          )}
        />
        {canManage && p.id !== null ? (
          <Form<ProgrammeItemBody>
            form={form}
            layout="vertical"
            initialValues={{
              kind: 'THEMATIC_CONFERENCE',
              plannedYear: Number(p.asOf.slice(0, 4)),
              plannedQuarter: 1,
            }}
            onFinish={(v) =>
              addItem.mutate(
                { id: p.id ?? '', body: { ...v, title: v.title.trim() } },
                { onSuccess: () => form.resetFields(['title']), onError: (e) => applyProblemToForm(form, e) },
              )
            }
          >
            <ProblemAlert error={addItem.error} />
            <Flex gap={12} wrap align="end">
              <Form.Item name="kind" label={t('conference.field.kind')} style={{ minWidth: 200 }}>
                <Select
                  options={(['THEMATIC_CONFERENCE', 'THEMATIC_RESOLUTION'] as const).map((k) => ({
                    value: k,
                    label: t(`conference.programme.itemKind.${k}`),
                  }))}
                />
              </Form.Item>
              <Form.Item
                name="title"
                label={t('conference.field.topic')}
                rules={[{ required: true, message: t('conference.required') }]}
                style={{ flex: '1 1 240px' }}
              >
                <Input maxLength={500} data-testid="programme-item-title" />
              </Form.Item>
              <Form.Item name="plannedYear" label={t('conference.programme.year')}>
                <InputNumber min={2000} max={2100} />
              </Form.Item>
              <Form.Item name="plannedQuarter" label={t('conference.programme.quarterLabel')}>
                <Select style={{ width: 80 }} options={[1, 2, 3, 4].map((q) => ({ value: q, label: q }))} />
              </Form.Item>
              <Form.Item>
                <Button
                  type="primary"
                  htmlType="submit"
                  loading={addItem.isPending}
                  data-testid="programme-item-add"
                >
                  {t('conference.programme.addItem')}
                </Button>
              </Form.Item>
            </Flex>
          </Form>
        ) : null}
      </Card>
    </Flex>
  );
}
