import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../api/http';

export const statisticsKeys = {
  all: ['statistics'] as const,
  subtree: (unitId: number | undefined, asOf: string | undefined) =>
    [...statisticsKeys.all, unitId, asOf ?? 'current'] as const,
};

/**
 * The statistics of a unit's subtree: current (from the counters) or as of a date. Shared by the statistics page and
 * the dashboard; disabled until a unit is chosen.
 */
export function useSubtreeStatistics(unitId: number | undefined, asOf?: string) {
  return useQuery({
    queryKey: statisticsKeys.subtree(unitId, asOf),
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/org-units/{id}/statistics', {
          params: { path: { id: unitId as number }, query: { asOf } },
          signal,
        }),
      ),
    enabled: unitId != null,
    placeholderData: keepPreviousData,
  });
}

/** The first unit of the caller's scope, the statistics page's starting point. */
export function useScopeRoot() {
  return useQuery({
    queryKey: ['org-units', 'roots'],
    queryFn: () => request(api.GET('/api/v1/org-units/roots')),
    select: (roots) => roots[0]?.id,
  });
}

/** The administrator's recount: lists the counters that differ from the live data; repairs them on request. */
export function useStatisticsRecount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (repair: boolean) =>
      request(api.POST('/api/v1/admin/statistics/recount', { params: { query: { repair } } })),
    onSuccess: (_, repair) => {
      if (repair) void client.invalidateQueries({ queryKey: statisticsKeys.all });
    },
  });
}
