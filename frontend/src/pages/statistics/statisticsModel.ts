import type { StatDimension, SubtreeStatistics } from '../../api/types';
import type { Language, MessageKey, MessageParams } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { ethnicityName } from '../member/ethnicity';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Where the label of each dimension's buckets lives: the member and organisation bundles, or the statistics one. */
const GROUPS: Partial<Record<StatDimension, string>> = {
  STATUS: 'member.status',
  SEX: 'common.sex',
  RELIGION: 'member.religion',
  PROFESSIONAL_LEVEL: 'member.professionalLevel',
  THEORY_LEVEL: 'member.theoryLevel',
  UNIT_KIND: 'org.kind',
};

/** The Vietnamese (or English) label of a bucket; an unknown code is shown as is. */
export function bucketLabel(t: Translate, dimension: StatDimension, key: string): string {
  if (key === 'UNKNOWN') return t('statistics.unknown');
  if (dimension === 'ETHNICITY') return ethnicityName(key as Parameters<typeof ethnicityName>[0]);
  if (dimension === 'AGE_SEX') {
    return `${bucketLabel(t, 'SEX', key.slice(0, 1))} · ${bucketLabel(t, 'AGE_BAND', key.slice(2)).toLowerCase()}`;
  }
  const group = GROUPS[dimension] ?? `statistics.bucket.${dimension}`;
  const messageKey = `${group}.${key}` as MessageKey;
  const text = t(messageKey);
  return text === messageKey ? key : text;
}

/** The count of one bucket (0 when absent). */
export function countOf(stats: SubtreeStatistics, dimension: StatDimension, key: string): number {
  const breakdown = stats.breakdowns.find((b) => b.dimension === dimension);
  return breakdown?.buckets.find((b) => b.key === key)?.count ?? 0;
}

/** Headline figures: members, official, probationary, women, units, cells. */
export function headline(stats: SubtreeStatistics) {
  const units = stats.breakdowns.find((b) => b.dimension === 'UNIT_KIND');
  const total = (dimension: StatDimension) =>
    stats.breakdowns.find((b) => b.dimension === dimension)?.buckets.reduce((s, b) => s + b.count, 0) ?? 0;
  return {
    members: stats.members,
    official: countOf(stats, 'STATUS', 'OFFICIAL'),
    probationary: countOf(stats, 'STATUS', 'PROBATIONARY'),
    women: countOf(stats, 'SEX', 'F'),
    units: units ? units.buckets.reduce((s, b) => s + b.count, 0) : 0,
    cells: total('CELL_SIZE'),
  };
}

/** A share in per cent with one decimal, or an empty string when there is nothing to share. */
export function percent(count: number, total: number, language?: Language): string {
  return total > 0 ? `${formatNumber((100 * count) / total, 1, language)} %` : '';
}
