import { keepPreviousData, type QueryClient, useMutation, useQuery } from '@tanstack/react-query';
import { api, request } from '../../../api/http';
import type { CreateOrgUnit } from '../../../api/types';
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
