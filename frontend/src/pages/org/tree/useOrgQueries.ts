import { keepPreviousData, type QueryClient, useMutation, useQuery } from '@tanstack/react-query';
import { api, request } from '../../../api/http';
import type { BodyOf, CreateOrgUnit } from '../../../api/types';
import { CHILD_PAGE_SIZE } from './treeModel';

export const orgKeys = {
  all: ['org-units'] as const,
  roots: () => [...orgKeys.all, 'roots'] as const,
  unit: (id: number) => [...orgKeys.all, 'unit', id] as const,
  children: (id: number, page: number) => [...orgKeys.all, 'children', id, page] as const,
  ancestors: (id: number) => [...orgKeys.all, 'ancestors', id] as const,
  search: (q: string) => [...orgKeys.all, 'search', q] as const,
};

/** Reads for the tree go through the query cache, so reopening a branch costs nothing. */
export const orgReads = {
  roots: (qc: QueryClient) =>
    qc.fetchQuery({ queryKey: orgKeys.roots(), queryFn: () => request(api.GET('/api/v1/org-units/roots')) }),
  unit: (qc: QueryClient, id: number) =>
    qc.fetchQuery({
      queryKey: orgKeys.unit(id),
      queryFn: () => request(api.GET('/api/v1/org-units/{id}', { params: { path: { id } } })),
      staleTime: 0,
    }),
  children: (qc: QueryClient, id: number, page: number) =>
    qc.fetchQuery({
      queryKey: orgKeys.children(id, page),
      queryFn: () =>
        request(
          api.GET('/api/v1/org-units/{id}/children', {
            params: { path: { id }, query: { page, size: CHILD_PAGE_SIZE } },
          }),
        ),
    }),
  ancestors: (qc: QueryClient, id: number) =>
    qc.fetchQuery({
      queryKey: orgKeys.ancestors(id),
      queryFn: () => request(api.GET('/api/v1/org-units/{id}/ancestors', { params: { path: { id } } })),
    }),
};

export const SEARCH_SIZE = 20;

/** Name search (diacritics ignored by the server) for the search box; runs from two characters on. */
export function useOrgSearch(q: string) {
  return useQuery({
    queryKey: orgKeys.search(q),
    queryFn: ({ signal }) =>
      request(api.GET('/api/v1/org-units', { params: { query: { q, page: 0, size: SEARCH_SIZE } }, signal })),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
}

export function useCreateOrgUnit() {
  return useMutation({
    mutationFn: (body: CreateOrgUnit) => request(api.POST('/api/v1/org-units', { body })),
  });
}

/** Everything the unit panel shows besides the unit itself: history, terms, size warnings. */
export function useUnitHistory(id: number | undefined) {
  return useQuery({
    queryKey: [...orgKeys.all, 'history', id],
    queryFn: () =>
      request(api.GET('/api/v1/org-units/{id}/history', { params: { path: { id: id as number } } })),
    enabled: id != null,
  });
}

export function useUnitTerms(id: number | undefined) {
  return useQuery({
    queryKey: [...orgKeys.all, 'terms', id],
    queryFn: () =>
      request(api.GET('/api/v1/org-units/{id}/terms', { params: { path: { id: id as number } } })),
    enabled: id != null,
  });
}

export function useUnitWarnings(id: number | undefined, enabled = true) {
  return useQuery({
    queryKey: [...orgKeys.all, 'warnings', id],
    queryFn: () =>
      request(api.GET('/api/v1/org-units/{id}/warnings', { params: { path: { id: id as number } } })),
    enabled: id != null && enabled,
  });
}

type IdBody<B> = { id: number; body: B };

export const orgChanges = {
  rename: ({ id, body }: IdBody<BodyOf<'/api/v1/org-units/{id}/rename', 'post'>>) =>
    request(api.POST('/api/v1/org-units/{id}/rename', { params: { path: { id } }, body })),
  previewMove: ({ id, body }: IdBody<BodyOf<'/api/v1/org-units/{id}/move/preview', 'post'>>) =>
    request(api.POST('/api/v1/org-units/{id}/move/preview', { params: { path: { id } }, body })),
  move: ({ id, body }: IdBody<BodyOf<'/api/v1/org-units/{id}/move', 'post'>>) =>
    request(api.POST('/api/v1/org-units/{id}/move', { params: { path: { id } }, body })),
  previewMerge: ({ id, body }: IdBody<BodyOf<'/api/v1/org-units/{id}/merge/preview', 'post'>>) =>
    request(api.POST('/api/v1/org-units/{id}/merge/preview', { params: { path: { id } }, body })),
  merge: ({ id, body }: IdBody<BodyOf<'/api/v1/org-units/{id}/merge', 'post'>>) =>
    request(api.POST('/api/v1/org-units/{id}/merge', { params: { path: { id } }, body })),
  previewSplit: ({ id, body }: IdBody<BodyOf<'/api/v1/org-units/{id}/split/preview', 'post'>>) =>
    request(api.POST('/api/v1/org-units/{id}/split/preview', { params: { path: { id } }, body })),
  split: ({ id, body }: IdBody<BodyOf<'/api/v1/org-units/{id}/split', 'post'>>) =>
    request(api.POST('/api/v1/org-units/{id}/split', { params: { path: { id } }, body })),
  dissolve: ({ id, body }: IdBody<BodyOf<'/api/v1/org-units/{id}/dissolve', 'post'>>) =>
    request(api.POST('/api/v1/org-units/{id}/dissolve', { params: { path: { id } }, body })),
  addTerm: ({ id, body }: IdBody<BodyOf<'/api/v1/org-units/{id}/terms', 'post'>>) =>
    request(api.POST('/api/v1/org-units/{id}/terms', { params: { path: { id } }, body })),
};
