import dayjs from 'dayjs';
import type { BodyOf, ResponseOf } from '../../api/types';
import type { MessageKey, MessageParams } from '../../i18n';

/** `T` with the properties `K` possibly `null` (the server's @Nullable record components). */
type NullableProps<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };

type RawPlanPage = ResponseOf<'/api/v1/inspection-plans', 'get'>;
export type PlanSummary = NullableProps<
  RawPlanPage['content'][number],
  'year' | 'decisionNumber' | 'decisionDate'
>;
export type PlanPage = Omit<RawPlanPage, 'content'> & { content: PlanSummary[] };
type RawPlanView = ResponseOf<'/api/v1/inspection-plans/{id}', 'get'>;
type RawItem = RawPlanView['items'][number];
export type PlanItemCase = NullableProps<RawItem['cases'][number], 'title' | 'concludedOn'>;
export type PlanItem = Omit<NullableProps<RawItem, 'subjectMemberId' | 'team' | 'caseType'>, 'cases'> & {
  cases: PlanItemCase[];
};
export type PlanView = Omit<
  NullableProps<RawPlanView, 'year' | 'decisionNumber' | 'decisionDate'>,
  'items'
> & { items: PlanItem[] };
export type PlanProgress = PlanView['progress'];
export type CreatePlanBody = BodyOf<'/api/v1/inspection-plans', 'post'>;
export type EditPlanBody = BodyOf<'/api/v1/inspection-plans/{id}', 'put'>;
export type SavePlanItemBody = BodyOf<'/api/v1/inspection-plans/{id}/items', 'post'>;

export type PlanOwner = PlanSummary['owner'];
export type PlanActivity = PlanSummary['activity'];
export type PlanPeriodKind = PlanSummary['periodKind'];
export type PlanItemStatus = PlanItem['status'];

export const PLAN_OWNERS: readonly PlanOwner[] = ['COMMISSION', 'COMMITTEE'];
export const PLAN_ACTIVITIES: readonly PlanActivity[] = ['INSPECTION', 'SUPERVISION'];
export const PLAN_PERIOD_KINDS: readonly PlanPeriodKind[] = ['YEAR', 'TERM'];
/** The board's columns, in the order work moves. */
export const ITEM_STATUSES: readonly PlanItemStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'OVERDUE'];

/**
 * A planned period as people say it: a quarter ("Quý II/2026"), a month ("Tháng 3/2026"), a run of whole months
 * ("03/2026 – 05/2026") or plain dates.
 */
export function describePeriod(
  fromIso: string,
  toIso: string,
  t: (key: MessageKey, values?: MessageParams) => string,
): string {
  const from = dayjs(fromIso);
  const to = dayjs(toIso);
  const wholeMonths = from.date() === 1 && to.date() === to.daysInMonth();
  if (wholeMonths) {
    const months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
    if (months === 1)
      return t('inspection.plan.period.month', { month: from.month() + 1, year: from.year() });
    if (months === 3 && from.month() % 3 === 0) {
      const quarter = ['I', 'II', 'III', 'IV'][from.month() / 3] ?? '';
      return t('inspection.plan.period.quarter', { quarter, year: from.year() });
    }
    return `${from.format('MM/YYYY')} – ${to.format('MM/YYYY')}`;
  }
  return `${from.format('DD/MM/YYYY')} – ${to.format('DD/MM/YYYY')}`;
}
