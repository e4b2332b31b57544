import { Card, Empty, Flex, List, Progress, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { barStatus, indicatorColor, taskColor } from '../programmeModel';
import type { IndicatorStatus, ProgrammeView, TaskStatus } from '../programmeTypes';
import { useCascade } from '../useProgrammeQueries';

/** Each indicator and task with the contribution of every adopting unit and the units that have not reported. */
export function CascadePanel({ p, active }: { p: ProgrammeView; active: boolean }) {
  const { t } = useI18n();
  const cascade = useCascade(p.id, active);
  if (p.children.length === 0) return <Empty description={t('programme.cascade.none')} />;
  if (!cascade.data) return cascade.error ? <ProblemAlert error={cascade.error} /> : <Spin />;
  return (
    <Flex vertical gap="middle" data-testid="programme-cascade">
      <Typography.Text type="secondary">{t('programme.cascade.intro')}</Typography.Text>
      {cascade.data.map((row) => (
        <Card
          key={row.itemId}
          size="small"
          title={`${row.kind === 'INDICATOR' ? t('programme.indicator.name') : t('programme.task.title')} ${row.seq}. ${row.name}`}
          extra={row.total != null ? t('programme.cascade.total', { total: row.total }) : null}
        >
          <List
            size="small"
            dataSource={row.contributions}
            renderItem={(c) => {
              const status = c.status as IndicatorStatus | TaskStatus;
              return (
                <List.Item>
                  <Flex justify="space-between" align="center" wrap gap="small" style={{ width: '100%' }}>
                    <Flex vertical>
                      <Link to={`/programmes/${c.programmeId}`}>{c.unitName}</Link>
                      <Typography.Text type="secondary">
                        {c.code}
                        {c.asOf ? ` · ${formatDate(c.asOf)}` : ''}
                        {c.value != null ? ` · ${c.value}` : ''}
                        {c.target != null ? ` / ${c.target}` : ''}
                      </Typography.Text>
                    </Flex>
                    <Flex gap="small" align="center" style={{ minWidth: 260 }}>
                      <Progress
                        percent={c.progress ?? 0}
                        size="small"
                        status={barStatus(status)}
                        style={{ width: 120 }}
                      />
                      <Tag
                        color={
                          row.kind === 'INDICATOR'
                            ? indicatorColor(status as IndicatorStatus)
                            : taskColor(status as TaskStatus)
                        }
                      >
                        {row.kind === 'INDICATOR'
                          ? t(`programme.indicatorStatus.${status as IndicatorStatus}`)
                          : t(`programme.taskStatus.${status as TaskStatus}`)}
                      </Tag>
                    </Flex>
                  </Flex>
                </List.Item>
              );
            }}
          />
          {row.notReported.length > 0 ? (
            <Typography.Text type="warning" data-testid={`cascade-silent-${row.kind}-${row.seq}`}>
              {t('programme.cascade.notReported', { units: row.notReported.join(', ') })}
            </Typography.Text>
          ) : (
            <Typography.Text type="success">{t('programme.cascade.allReported')}</Typography.Text>
          )}
        </Card>
      ))}
    </Flex>
  );
}
