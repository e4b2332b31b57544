import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, request } from '../../api/http';
import type { Movements } from '../../api/types';

export interface MovementFilter {
  orgUnitId?: number;
  /** ISO dates, both days included. */
  from: string;
  to: string;
}

export const movementKeys = {
  all: ['movements'] as const,
  of: (filter: MovementFilter) => [...movementKeys.all, filter] as const,
};

/** The movements of a subtree over a period; nothing is asked until a unit is chosen. */
export function useMovements(filter: MovementFilter) {
  return useQuery({
    queryKey: movementKeys.of(filter),
    enabled: filter.orgUnitId !== undefined,
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/org-units/{id}/movements', {
          params: { path: { id: filter.orgUnitId ?? 0 }, query: { from: filter.from, to: filter.to } },
          signal,
        }),
      ) as Promise<Movements>,
    placeholderData: keepPreviousData,
  });
}

/** Start + in − out = end, computed here again so that the check shown does not rest on the server's word alone. */
export function balances(m: Pick<Movements, 'start' | 'end' | 'in' | 'out' | 'balanced'>): boolean {
  const sum = (buckets: readonly { count: number }[]) => buckets.reduce((s, b) => s + b.count, 0);
  return m.balanced && m.start + sum(m.in) - sum(m.out) === m.end;
}
