import { TrophyOutlined } from '@ant-design/icons';
import { Alert, Card, Flex, List, Space, Statistic, Tag, Typography } from 'antd';
import type { BadgeAward } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { useMemberBadges, useMembershipAge } from '../../badge/useBadgeQueries';

/** The member's membership age today (years, months, days), the periods not counted, and their badges. */
export function MembershipAgeCard({ id, admitted }: { id: string; admitted: boolean }) {
  const { t } = useI18n();
  const age = useMembershipAge(id, admitted);
  const badges = useMemberBadges(id, admitted);
  if (!admitted) return null;
  if (age.isError) return <ProblemAlert error={age.error} onRetry={() => age.refetch()} />;
  const a = age.data;
  return (
    <Card size="small" title={t('badge.age.title')} loading={age.isPending} data-testid="membership-age">
      {a ? (
        <Flex vertical gap={8}>
          <Flex gap={24} wrap align="baseline">
            <Statistic
              value={t('badge.age.value', { years: a.years, months: a.months, days: a.days })}
              data-testid="membership-age-value"
            />
            <Typography.Text type="secondary">
              {t('badge.age.asOf', { date: formatDate(a.asOf) })}
            </Typography.Text>
          </Flex>
          <Typography.Text>{t('badge.age.countedFrom', { date: formatDate(a.countedFrom) })}</Typography.Text>
          {a.countedUntil !== a.asOf ? (
            <Typography.Text>
              {t('badge.age.countedUntil', { date: formatDate(a.countedUntil) })}
            </Typography.Text>
          ) : null}
          {!a.official ? <Alert type="warning" showIcon title={t('badge.age.notOfficial')} /> : null}
          {a.gaps.length === 0 ? (
            <Typography.Text type="secondary">{t('badge.age.noGaps')}</Typography.Text>
          ) : (
            <List
              size="small"
              header={<strong>{t('badge.age.gapsTitle', { days: a.gapDays })}</strong>}
              dataSource={a.gaps}
              data-testid="membership-age-gaps"
              renderItem={(gap) => (
                <List.Item>
                  <Space wrap>
                    <Tag>{t(`badge.age.gapKind.${gap.kind}`)}</Tag>
                    <span>
                      {t('badge.age.gap', {
                        from: formatDate(gap.from),
                        until: formatDate(gap.until),
                        days: gap.days,
                      })}
                    </span>
                    <Typography.Text type="secondary">{gap.rule}</Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          )}
          <Typography.Text type="secondary">{t('badge.rule', { rule: a.rule })}</Typography.Text>
          <div>
            <Typography.Text strong>
              <TrophyOutlined /> {t('badge.age.badges')}
            </Typography.Text>
            <div data-testid="member-badges">
              {(badges.data ?? []).length === 0 ? (
                <Typography.Text type="secondary"> {t('badge.age.noBadges')}</Typography.Text>
              ) : (
                <Space wrap style={{ marginTop: 4 }}>
                  {(badges.data ?? []).map((b: BadgeAward) => (
                    <Tag key={b.id} color={b.state === 'AWARDED' ? 'red' : 'gold'}>
                      {t('badge.age.badge', { milestone: b.milestone, state: t(`badge.state.${b.state}`) })}
                      {b.decisionNumber ? ` (${b.decisionNumber})` : ''}
                    </Tag>
                  ))}
                </Space>
              )}
            </div>
          </div>
        </Flex>
      ) : null}
    </Card>
  );
}
