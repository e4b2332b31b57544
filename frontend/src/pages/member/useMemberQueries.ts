import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, request } from '../../api/http';

export interface MemberFilter {
  q: string;
  orgUnitId?: number;
  page: number;
  size: number;
}

export const memberKeys = {
  all: ['members'] as const,
  list: (filter: MemberFilter) => [...memberKeys.all, 'list', filter] as const,
  detail: (id: string) => [...memberKeys.all, 'detail', id] as const,
};

export function useMembers(filter: MemberFilter) {
  return useQuery({
    queryKey: memberKeys.list(filter),
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/members', {
          params: {
            query: {
              q: filter.q || undefined,
              orgUnitId: filter.orgUnitId,
              page: filter.page,
              size: filter.size,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useMember(id: string) {
  return useQuery({
    queryKey: memberKeys.detail(id),
    queryFn: () => request(api.GET('/api/v1/members/{id}', { params: { path: { id } } })),
    // Every read of a record is audited on the server: do not re-read it behind the user's back.
    staleTime: 5 * 60_000,
  });
}
