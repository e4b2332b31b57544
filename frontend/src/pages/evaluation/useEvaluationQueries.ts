import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../api/http';
import type {
  EvaluationAdvance,
  EvaluationAppraisal,
  EvaluationBoard,
  EvaluationCycle,
  EvaluationCycleDraft,
  EvaluationQuota,
  EvaluationStatistics,
  EvaluationUnitBoard,
  EvaluationUnitEntry,
} from '../../api/types';

export const evaluationKeys = {
  all: ['evaluations'] as const,
  cycles: () => [...evaluationKeys.all, 'cycles'] as const,
  board: (id: string, orgUnitId?: number) => [...evaluationKeys.all, 'board', id, orgUnitId ?? null] as const,
  organisations: (id: string) => [...evaluationKeys.all, 'organisations', id] as const,
  statistics: (unitId: number, year: number) => [...evaluationKeys.all, 'statistics', unitId, year] as const,
};

export function useCycles() {
  return useQuery({
    queryKey: evaluationKeys.cycles(),
    queryFn: ({ signal }) =>
      request(api.GET('/api/v1/evaluations/cycles', { signal })) as Promise<EvaluationCycle[]>,
  });
}

/** The board of a cycle (an audited read of members' evaluations: not refetched behind the user's back). */
export function useBoard(id: string | undefined, orgUnitId?: number) {
  return useQuery({
    queryKey: evaluationKeys.board(id ?? '', orgUnitId),
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/evaluations/cycles/{id}/board', {
          params: { path: { id: id ?? '' }, query: { orgUnitId } },
          signal,
        }),
      ) as Promise<EvaluationBoard>,
    enabled: id !== undefined,
    staleTime: 60_000,
    refetchOnWindowFocus: false,
  });
}

export function useOpenCycle() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: EvaluationCycleDraft) =>
      request(api.POST('/api/v1/evaluations/cycles', { body })) as Promise<EvaluationCycle>,
    onSuccess: () => client.invalidateQueries({ queryKey: evaluationKeys.all }),
  });
}

export function useAdvance(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: EvaluationAdvance) =>
      request(
        api.POST('/api/v1/evaluations/cycles/{id}/advance', {
          params: { path: { id } },
          body: body as never,
        }),
      ) as Promise<EvaluationCycle>,
    onSuccess: () => client.invalidateQueries({ queryKey: evaluationKeys.all }),
  });
}

export function useAppraise(cycleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ entryId, body }: { entryId: string; body: EvaluationAppraisal }) =>
      request(
        api.PUT('/api/v1/evaluations/cycles/{id}/entries/{entryId}/appraisal', {
          params: { path: { id: cycleId, entryId } },
          body: body as never,
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: evaluationKeys.all }),
  });
}

export function useDecide(cycleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (grassrootsUnitId: number) =>
      request(
        api.POST('/api/v1/evaluations/cycles/{id}/decisions', {
          params: { path: { id: cycleId } },
          body: { grassrootsUnitId, changes: [] },
        }),
      ) as Promise<EvaluationQuota>,
    // the refetch is not awaited: the decision is confirmed at once, the board follows
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: evaluationKeys.all });
    },
  });
}

/** The board of a cycle of organisations (audited like the members' board: not refetched behind the user's back). */
export function useOrganisationBoard(id: string | undefined) {
  return useQuery({
    queryKey: evaluationKeys.organisations(id ?? ''),
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/evaluations/cycles/{id}/organisations', {
          params: { path: { id: id ?? '' } },
          signal,
        }),
      ) as Promise<EvaluationUnitBoard>,
    enabled: id !== undefined,
    staleTime: 60_000,
    refetchOnWindowFocus: false,
  });
}

/** An organisation's own assessment ('self-assessment') or its superior's appraisal ('appraisal'). */
export function useAssessOrganisation(cycleId: string, step: 'self-assessment' | 'appraisal') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ entryId, body }: { entryId: string; body: EvaluationAppraisal }) =>
      request(
        step === 'appraisal'
          ? api.PUT('/api/v1/evaluations/cycles/{id}/organisations/{entryId}/appraisal', {
              params: { path: { id: cycleId, entryId } },
              body: body as never,
            })
          : api.PUT('/api/v1/evaluations/cycles/{id}/organisations/{entryId}/self-assessment', {
              params: { path: { id: cycleId, entryId } },
              body: body as never,
            }),
      ) as Promise<EvaluationUnitEntry>,
    onSuccess: () => client.invalidateQueries({ queryKey: evaluationKeys.all }),
  });
}

export function useDecideOrganisations(cycleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (decidingUnitId: number) =>
      request(
        api.POST('/api/v1/evaluations/cycles/{id}/organisation-decisions', {
          params: { path: { id: cycleId } },
          body: { decidingUnitId, changes: [] },
        }),
      ) as Promise<EvaluationQuota>,
    // the refetch is not awaited: the decision is confirmed at once, the board follows
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: evaluationKeys.all });
    },
  });
}

/** Members and organisations per decided level in a subtree and year. */
export function useEvaluationStatistics(unitId: number | undefined, year: number | undefined) {
  return useQuery({
    queryKey: evaluationKeys.statistics(unitId ?? 0, year ?? 0),
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/evaluations/statistics', {
          params: { query: { unitId: unitId ?? 0, year: year ?? 0 } },
          signal,
        }),
      ) as Promise<EvaluationStatistics>,
    enabled: unitId !== undefined && year !== undefined,
  });
}
