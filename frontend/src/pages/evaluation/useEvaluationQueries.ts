import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../api/http';
import type {
  EvaluationAdvance,
  EvaluationAppraisal,
  EvaluationBoard,
  EvaluationCycle,
  EvaluationCycleDraft,
  EvaluationQuota,
} from '../../api/types';

export const evaluationKeys = {
  all: ['evaluations'] as const,
  cycles: () => [...evaluationKeys.all, 'cycles'] as const,
  board: (id: string, orgUnitId?: number) => [...evaluationKeys.all, 'board', id, orgUnitId ?? null] as const,
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
    onSuccess: () => client.invalidateQueries({ queryKey: evaluationKeys.all }),
  });
}
