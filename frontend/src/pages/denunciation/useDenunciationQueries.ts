import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../api/http';
import type {
  AcceptBody,
  ConcludeBody,
  DenunciationPage,
  DenunciationState,
  DenunciationView,
  DismissBody,
  ExtendBody,
  OpenCaseBody,
  ReceiveBody,
} from './denunciationTypes';

export interface DenunciationFilter {
  state?: DenunciationState;
  q?: string;
  page: number;
  size: number;
}

export const denunciationKeys = {
  all: ['denunciations'] as const,
  list: (filter: DenunciationFilter) => [...denunciationKeys.all, 'list', filter] as const,
  detail: (id: string) => [...denunciationKeys.all, 'detail', id] as const,
};

export function useDenunciations(filter: DenunciationFilter) {
  return useQuery({
    queryKey: denunciationKeys.list(filter),
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/denunciations', {
          params: {
            query: { state: filter.state, q: filter.q || undefined, page: filter.page, size: filter.size },
          },
          signal,
        }),
      ) as Promise<DenunciationPage>,
    placeholderData: keepPreviousData,
  });
}

/** Every read is audited on the server: the file is not re-read behind the user's back. */
export function useDenunciation(id: string) {
  return useQuery({
    queryKey: denunciationKeys.detail(id),
    queryFn: () =>
      request(
        api.GET('/api/v1/denunciations/{id}', { params: { path: { id } } }),
      ) as Promise<DenunciationView>,
    staleTime: 5 * 60_000,
  });
}

function useSaved() {
  const client = useQueryClient();
  return (view: DenunciationView) => {
    client.setQueryData(denunciationKeys.detail(view.id), view);
    client.invalidateQueries({ queryKey: [...denunciationKeys.all, 'list'] });
  };
}

export function useReceiveDenunciation() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: ReceiveBody) =>
      request(api.POST('/api/v1/denunciations', { body })) as Promise<DenunciationView>,
    onSuccess: saved,
  });
}

/** The body each handling step carries. */
export interface ActionBodies {
  acceptance: AcceptBody;
  extension: ExtendBody;
  dismissal: DismissBody;
  conclusion: ConcludeBody;
  case: OpenCaseBody;
}

function send(id: string, action: keyof ActionBodies, body: unknown): Promise<DenunciationView> {
  const path = { params: { path: { id } } };
  const sent = (() => {
    switch (action) {
      case 'acceptance':
        return api.POST('/api/v1/denunciations/{id}/acceptance', { ...path, body: body as AcceptBody });
      case 'extension':
        return api.POST('/api/v1/denunciations/{id}/extension', { ...path, body: body as ExtendBody });
      case 'dismissal':
        return api.POST('/api/v1/denunciations/{id}/dismissal', { ...path, body: body as DismissBody });
      case 'conclusion':
        return api.POST('/api/v1/denunciations/{id}/conclusion', { ...path, body: body as ConcludeBody });
      case 'case':
        return api.POST('/api/v1/denunciations/{id}/case', { ...path, body: body as OpenCaseBody });
    }
  })();
  return request(sent as never) as Promise<DenunciationView>;
}

/** A handling step; it answers with the file as it now stands (409 when someone else changed it first). */
export function useDenunciationAction<A extends keyof ActionBodies>(id: string, action: A) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: ActionBodies[A]) => send(id, action, body),
    onSuccess: saved,
  });
}
