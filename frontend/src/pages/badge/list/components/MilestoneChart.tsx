import { Typography } from 'antd';
import type { MilestoneCount } from '../../../../api/types';
import { useI18n } from '../../../../i18n';
import { barWidths } from '../../badgeModel';

interface Props {
  counts: readonly MilestoneCount[];
  selected?: number;
  onSelect: (milestone: number) => void;
}

/** Members per milestone as horizontal bars; each bar opens its milestone's list. */
export function MilestoneChart({ counts, selected, onSelect }: Props) {
  const { t } = useI18n();
  const widths = barWidths(counts);
  return (
    <figure className="badge-chart" aria-label={t('badge.chart.label')} data-testid="badge-chart">
      <div className="badge-chart-grid">
        {counts.map((c) => {
          const label = t('badge.chart.bar', { milestone: c.milestone, count: c.total });
          return (
            <button
              key={c.milestone}
              type="button"
              className={`badge-chart-row${selected === c.milestone ? ' is-selected' : ''}`}
              aria-label={label}
              aria-pressed={selected === c.milestone}
              disabled={c.total === 0}
              onClick={() => onSelect(c.milestone)}
              data-testid={`badge-bar-${c.milestone}`}
            >
              <span className="badge-chart-label">
                {t('badge.milestoneShort', { milestone: c.milestone })}
              </span>
              <span className="badge-chart-track">
                <span className="badge-chart-bar" style={{ width: `${widths.get(c.milestone) ?? 0}%` }} />
              </span>
              <Typography.Text className="badge-chart-count" strong={c.total > 0}>
                {c.total}
              </Typography.Text>
            </button>
          );
        })}
      </div>
    </figure>
  );
}
