import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../api/http';
import type {
  CasePage,
  CaseType,
  CaseView,
  DecideAppealBody,
  DecideDisciplineBody,
  DisciplineView,
  FileAppealBody,
  OpenCaseBody,
  RecordStepBody,
} from './inspectionTypes';

export interface CaseFilter {
  type?: CaseType;
  q?: string;
  page: number;
  size: number;
}

export const inspectionKeys = {
  all: ['inspection'] as const,
  list: (filter: CaseFilter) => [...inspectionKeys.all, 'list', filter] as const,
  detail: (id: string) => [...inspectionKeys.all, 'case', id] as const,
  decision: (id: string) => [...inspectionKeys.all, 'decision', id] as const,
};

export function useCases(filter: CaseFilter) {
  return useQuery({
    queryKey: inspectionKeys.list(filter),
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/inspection-cases', {
          params: {
            query: { type: filter.type, q: filter.q || undefined, page: filter.page, size: filter.size },
          },
          signal,
        }),
      ) as Promise<CasePage>,
    placeholderData: keepPreviousData,
  });
}

/** Every read is audited on the server: the case file is not re-read behind the user's back. */
export function useCase(id: string) {
  return useQuery({
    queryKey: inspectionKeys.detail(id),
    queryFn: () =>
      request(api.GET('/api/v1/inspection-cases/{id}', { params: { path: { id } } })) as Promise<CaseView>,
    staleTime: 5 * 60_000,
  });
}

export function useDecision(id: string | undefined) {
  return useQuery({
    queryKey: inspectionKeys.decision(id ?? ''),
    queryFn: () =>
      request(
        api.GET('/api/v1/discipline-decisions/{id}', { params: { path: { id: id as string } } }),
      ) as Promise<DisciplineView>,
    enabled: id != null,
    staleTime: 5 * 60_000,
  });
}

export function useOpenCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: OpenCaseBody) =>
      request(api.POST('/api/v1/inspection-cases', { body })) as Promise<CaseView>,
    onSuccess: (view) => {
      client.setQueryData(inspectionKeys.detail(view.id), view);
      client.invalidateQueries({ queryKey: [...inspectionKeys.all, 'list'] });
    },
  });
}

export function useRecordStep(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordStepBody) =>
      request(
        api.POST('/api/v1/inspection-cases/{id}/steps', { params: { path: { id } }, body }),
      ) as Promise<CaseView>,
    onSuccess: (view) => {
      client.setQueryData(inspectionKeys.detail(id), view);
      client.invalidateQueries({ queryKey: [...inspectionKeys.all, 'list'] });
    },
  });
}

/** A decision answers its view; the case file that lists it is read again. */
function useDecisionWrite<T>(caseId: string | undefined, write: (body: T) => Promise<DisciplineView>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (view) => {
      client.setQueryData(inspectionKeys.decision(view.id), view);
      if (caseId) client.invalidateQueries({ queryKey: inspectionKeys.detail(caseId) });
    },
  });
}

export function useDecide(caseId: string | undefined) {
  return useDecisionWrite(
    caseId,
    (body: DecideDisciplineBody) =>
      request(api.POST('/api/v1/discipline-decisions', { body })) as Promise<DisciplineView>,
  );
}

export function useFileAppeal(caseId: string | undefined, id: string) {
  return useDecisionWrite(
    caseId,
    (body: FileAppealBody) =>
      request(
        api.POST('/api/v1/discipline-decisions/{id}/appeals', { params: { path: { id } }, body }),
      ) as Promise<DisciplineView>,
  );
}

export function useDecideAppeal(caseId: string | undefined, id: string) {
  return useDecisionWrite(
    caseId,
    ({ appealId, body }: { appealId: string; body: DecideAppealBody }) =>
      request(
        api.POST('/api/v1/discipline-decisions/{id}/appeals/{appealId}/outcome', {
          params: { path: { id, appealId } },
          body,
        }),
      ) as Promise<DisciplineView>,
  );
}
