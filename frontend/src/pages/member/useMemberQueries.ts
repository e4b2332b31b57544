import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../api/http';
import type { MemberListQuery, MemberPage, MemberStatus, MemberView, UpdateMember } from '../../api/types';

export interface MemberFilter {
  q: string;
  orgUnitId?: number;
  status?: MemberStatus[];
  sex?: 'M' | 'F';
  minAge?: number;
  maxAge?: number;
  ethnicity?: MemberView['ethnicity'];
  theoryLevel?: NonNullable<MemberView['theoryLevel']>;
  /** ISO dates */
  admittedFrom?: string;
  admittedTo?: string;
  page: number;
  size: number;
}

/** The filter as the API's query parameters (the list and its Excel export take the same). */
export function filterQuery(filter: MemberFilter): MemberListQuery {
  return {
    q: filter.q || undefined,
    orgUnitId: filter.orgUnitId,
    status: filter.status?.length ? filter.status : undefined,
    sex: filter.sex,
    minAge: filter.minAge,
    maxAge: filter.maxAge,
    ethnicity: filter.ethnicity,
    theoryLevel: filter.theoryLevel,
    admittedFrom: filter.admittedFrom,
    admittedTo: filter.admittedTo,
  } as MemberListQuery;
}

/** Downloads the Excel export of the list with these filters; a refusal (e.g. too many rows) is thrown as ApiError. */
export async function exportMembers(filter: MemberFilter, fileName: string): Promise<void> {
  const blob = await request(
    api.GET('/api/v1/members/export.xlsx', {
      params: { query: filterQuery(filter) as never },
      parseAs: 'blob',
    }),
  );
  const url = URL.createObjectURL(blob as Blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
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
          params: { query: { ...filterQuery(filter), page: filter.page, size: filter.size } },
          signal,
        }),
      ) as Promise<MemberPage>,
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
