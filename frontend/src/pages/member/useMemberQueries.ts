import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../api/http';
import type { MemberView, UpdateMember } from '../../api/types';

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
  changes: (id: string, page: number) => [...memberKeys.all, 'changes', id, page] as const,
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

/** Saves an edit; the answer is the new record, put straight into the cache (no second, audited read). */
export function useUpdateMember(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMember & { version: number }) =>
      request(api.PUT('/api/v1/members/{id}', { params: { path: { id } }, body: body as never })),
    onSuccess: (member) => {
      client.setQueryData(memberKeys.detail(id), member as MemberView);
      client.invalidateQueries({ queryKey: [...memberKeys.all, 'changes', id] });
    },
  });
}

export function useMemberChanges(id: string, page: number, enabled: boolean) {
  return useQuery({
    queryKey: memberKeys.changes(id, page),
    queryFn: () =>
      request(
        api.GET('/api/v1/members/{id}/changes', { params: { path: { id }, query: { page, size: 20 } } }),
      ),
    enabled,
  });
}

/** Uploads the photo as the multipart part `file`; the server checks type and size by content. */
export function useUploadPhoto(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return request(
        api.PUT('/api/v1/members/{id}/photo', {
          params: { path: { id } },
          body: form as never,
          bodySerializer: (body: unknown) => body as FormData,
        }),
      );
    },
    onSuccess: () => client.invalidateQueries({ queryKey: memberKeys.detail(id) }),
  });
}
