import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, CSRF_COOKIE, CSRF_HEADER, readCookie, request } from '../../api/http';
import { networkError, toApiError } from '../../api/problem';
import type {
  DocumentAttachment,
  DocumentBody,
  DocumentPage,
  DocumentQuery,
  DocumentReaders,
  DocumentType,
  DocumentView,
  NextNumber,
  ReadState,
} from '../../api/types';
import { getLanguage } from '../../i18n';

export const documentKeys = {
  all: ['documents'] as const,
  list: (query: DocumentQuery) => [...documentKeys.all, 'list', query] as const,
  detail: (id: number) => [...documentKeys.all, 'detail', id] as const,
  readers: (id: number, state: ReadState | undefined, page: number) =>
    [...documentKeys.all, 'readers', id, state, page] as const,
  next: (unitId: number, type: DocumentType, congress: boolean, issuer: string) =>
    [...documentKeys.all, 'next', unitId, type, congress, issuer] as const,
};

export function useDocuments(query: DocumentQuery) {
  return useQuery({
    queryKey: documentKeys.list(query),
    queryFn: ({ signal }) =>
      request(api.GET('/api/v1/documents', { params: { query }, signal })) as Promise<DocumentPage>,
    placeholderData: keepPreviousData,
  });
}

/** One document; opening it notes a member's read receipt on the server. */
export function useDocument(id: number) {
  return useQuery({
    queryKey: documentKeys.detail(id),
    queryFn: () =>
      request(api.GET('/api/v1/documents/{id}', { params: { path: { id } } })) as Promise<DocumentView>,
  });
}

export function useReaders(id: number, state: ReadState | undefined, page: number, enabled: boolean) {
  return useQuery({
    queryKey: documentKeys.readers(id, state, page),
    queryFn: () =>
      request(
        api.GET('/api/v1/documents/{id}/readers', {
          params: { path: { id }, query: { state, page, size: 20 } },
        }),
      ) as Promise<DocumentReaders>,
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useNextNumber(
  unitId: number | undefined,
  type: DocumentType | undefined,
  congress: boolean,
  issuer: string,
) {
  return useQuery({
    queryKey: documentKeys.next(unitId ?? 0, type ?? 'NQ', congress, issuer),
    queryFn: () =>
      request(
        api.GET('/api/v1/documents/next-number', {
          params: {
            query: {
              unitId: unitId as number,
              type: type as DocumentType,
              congress,
              issuer: /^[A-ZĐ]{1,20}$/.test(issuer) ? issuer : undefined,
            },
          },
        }),
      ) as Promise<NextNumber>,
    enabled: unitId != null && type != null,
  });
}

export function useSaveDocument(id: number | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DocumentBody) =>
      (id == null
        ? request(api.POST('/api/v1/documents', { body: body as never }))
        : request(
            api.PUT('/api/v1/documents/{id}', { params: { path: { id } }, body: body as never }),
          )) as Promise<DocumentView>,
    onSuccess: () => client.invalidateQueries({ queryKey: documentKeys.all }),
  });
}

export function usePublish(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      request(
        api.POST('/api/v1/documents/{id}/publication', {
          params: { path: { id } },
          body: { version } as never,
        }),
      ) as Promise<DocumentView>,
    onSuccess: () => client.invalidateQueries({ queryKey: documentKeys.all }),
  });
}

export function useAcknowledge(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      request(
        api.POST('/api/v1/documents/{id}/acknowledgement', { params: { path: { id } } }),
      ) as Promise<DocumentView>,
    onSuccess: () => client.invalidateQueries({ queryKey: documentKeys.all }),
  });
}

export function useBookmark() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, on }: { id: number; on: boolean }) =>
      on
        ? request(api.PUT('/api/v1/documents/{id}/bookmark', { params: { path: { id } } }))
        : request(api.DELETE('/api/v1/documents/{id}/bookmark', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: documentKeys.all }),
  });
}

/** Uploads an attachment with progress (XMLHttpRequest: fetch reports no upload progress). */
export function uploadAttachment(
  id: number,
  file: File,
  onProgress: (percent: number) => void,
): Promise<DocumentAttachment> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/documents/${id}/attachments`);
    xhr.withCredentials = true;
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) xhr.setRequestHeader(CSRF_HEADER, csrf);
    xhr.setRequestHeader('Accept-Language', getLanguage());
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as DocumentAttachment);
      else reject(toApiError(xhr.status, body));
    };
    xhr.onerror = () => reject(networkError());
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}
