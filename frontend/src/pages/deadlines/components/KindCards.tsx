import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { DeadlineKind, DeadlineReport } from '../../../api/types';
import { type MessageKey, useI18n } from '../../../i18n';

export const DEADLINE_KINDS: readonly DeadlineKind[] = [
  'ADMISSION_DECISION',
  'CEREMONY',
  'PROBATION_ENDING',
  'RECOGNITION',
  'TRANSIT',
  'REMOVAL_PROPOSED',
];

interface Props {
  counts: DeadlineReport['counts'] | undefined;
  selected: DeadlineKind | undefined;
  onSelect: (kind: DeadlineKind) => void;
}

/** One card per kind with its due and overdue counts; a card filters the table to its kind (again: all kinds). */
export function KindCards({ counts, selected, onSelect }: Props) {
  const { t } = useI18n();
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="deadline-cards">
      {DEADLINE_KINDS.map((kind) => {
        const count = counts?.[kind] ?? { due: 0, overdue: 0 };
        const label = t(`member.deadlines.kind.${kind}` as MessageKey);
        const active = selected === kind;
        return (
          <Col key={kind} xs={12} md={8} xl={{ flex: `${100 / DEADLINE_KINDS.length}%` }}>
            <Card
              size="small"
              hoverable
              role="button"
              tabIndex={0}
              aria-pressed={active}
              aria-label={t('member.deadlines.filterBy', { kind: label })}
              data-testid={`deadline-card-${kind}`}
              onClick={() => onSelect(kind)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect(kind);
                }
              }}
              style={active ? { borderColor: '#b71c1c', boxShadow: '0 0 0 1px #b71c1c' } : undefined}
            >
              <Typography.Text strong style={{ display: 'block', minHeight: 44 }}>
                {label}
              </Typography.Text>
              <Row gutter={8}>
                <Col span={12}>
                  <Statistic title={t('member.deadlines.due')} value={count.due} />
                </Col>
                <Col span={12}>
                  <Statistic
                    title={t('member.deadlines.overdue')}
                    value={count.overdue}
                    styles={{ content: { color: count.overdue > 0 ? '#cf1322' : undefined } }}
                  />
                </Col>
              </Row>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
