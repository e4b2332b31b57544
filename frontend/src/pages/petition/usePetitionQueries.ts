import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, CSRF_COOKIE, CSRF_HEADER, readCookie, request } from '../../api/http';
import { toApiError } from '../../api/problem';
import { getLanguage } from '../../i18n';
import type {
  ClassifyBody,
  PetitionAgeing,
  PetitionAttachment,
  PetitionKind,
  PetitionPage,
  PetitionState,
  PetitionView,
  ReceivePetitionBody,
  ReceptionDay,
  ReceptionDayBody,
} from './petitionTypes';

export interface PetitionFilter {
  orgUnitId?: number;
  state?: PetitionState;
  kind?: PetitionKind;
  open?: boolean;
  overdue?: boolean;
  page: number;
  size: number;
}

export const petitionKeys = {
  all: ['petitions'] as const,
  list: (filter: PetitionFilter) => [...petitionKeys.all, 'list', filter] as const,
  detail: (id: string) => [...petitionKeys.all, 'detail', id] as const,
  ageing: (orgUnitId: number | undefined) => [...petitionKeys.all, 'ageing', orgUnitId] as const,
  reception: (orgUnitId: number | undefined, month: string) =>
    [...petitionKeys.all, 'reception', orgUnitId, month] as const,
};

export function usePetitions(filter: PetitionFilter) {
  return useQuery({
    queryKey: petitionKeys.list(filter),
    queryFn: ({ signal }) =>
      request(api.GET('/api/v1/petitions', { params: { query: filter }, signal })) as Promise<PetitionPage>,
    placeholderData: keepPreviousData,
  });
}

export function usePetition(id: string) {
  return useQuery({
    queryKey: petitionKeys.detail(id),
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/petitions/{id}', { params: { path: { id } }, signal }),
      ) as Promise<PetitionView>,
  });
}

export function useReceivePetition() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ReceivePetitionBody) =>
      request(api.POST('/api/v1/petitions', { body })) as Promise<PetitionView>,
    onSuccess: () => client.invalidateQueries({ queryKey: petitionKeys.all }),
  });
}

/** Every handling step answers the petition: it replaces the cached detail and the lists are read again. */
function usePetitionStep<T>(id: string, write: (body: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (result) => {
      client.setQueryData(petitionKeys.detail(id), result);
      client.invalidateQueries({ queryKey: [...petitionKeys.all, 'list'] });
      client.invalidateQueries({ queryKey: [...petitionKeys.all, 'ageing'] });
    },
  });
}

const path = (id: string) => ({ params: { path: { id } } });

export function useClassify(id: string) {
  return usePetitionStep(id, (body: ClassifyBody) =>
    request(api.POST('/api/v1/petitions/{id}/classification', { ...path(id), body })),
  );
}

export function useAccept(id: string) {
  return usePetitionStep(id, (body: { onDay?: string; version: number }) =>
    request(api.POST('/api/v1/petitions/{id}/acceptance', { ...path(id), body })),
  );
}

export function useRoute(id: string) {
  return usePetitionStep(id, (body: { targetUnitId: number; note?: string; version: number }) =>
    request(api.POST('/api/v1/petitions/{id}/routing', { ...path(id), body })),
  );
}

type TextBody = { text: string; onDay?: string; version: number };

export function useGuide(id: string) {
  return usePetitionStep(id, (body: TextBody) =>
    request(api.POST('/api/v1/petitions/{id}/guidance', { ...path(id), body })),
  );
}

export function useExtend(id: string) {
  return usePetitionStep(id, (body: TextBody) =>
    request(api.POST('/api/v1/petitions/{id}/extensions', { ...path(id), body })),
  );
}

export function useReply(id: string) {
  return usePetitionStep(id, (body: TextBody) =>
    request(api.POST('/api/v1/petitions/{id}/reply', { ...path(id), body })),
  );
}

/** Uploads a file of the petition or of its reply as multipart (the generated client sends JSON only). */
export function uploadAttachment(
  id: string,
  file: File,
  purpose: 'PETITION' | 'REPLY',
): Promise<PetitionAttachment> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/petitions/${id}/attachments?purpose=${purpose}`);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', getLanguage());
    const token = readCookie(CSRF_COOKIE);
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = xhr.responseText;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as PetitionAttachment);
      else reject(toApiError(xhr.status, body));
    };
    xhr.onerror = () => reject(toApiError(0, undefined));
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}

export function useUploadAttachment(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, purpose }: { file: File; purpose: 'PETITION' | 'REPLY' }) =>
      uploadAttachment(id, file, purpose),
    onSuccess: () => client.invalidateQueries({ queryKey: petitionKeys.detail(id) }),
  });
}

export function useAgeing(orgUnitId: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: petitionKeys.ageing(orgUnitId),
    enabled: enabled && orgUnitId !== undefined,
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/petitions/ageing', { params: { query: { orgUnitId: orgUnitId ?? 0 } }, signal }),
      ) as Promise<PetitionAgeing>,
  });
}

export function useReceptionDays(orgUnitId: number | undefined, month: string, enabled: boolean) {
  return useQuery({
    queryKey: petitionKeys.reception(orgUnitId, month),
    enabled: enabled && orgUnitId !== undefined,
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/petitions/reception-days', {
          params: { query: { orgUnitId: orgUnitId ?? 0, month } },
          signal,
        }),
      ) as Promise<ReceptionDay[]>,
  });
}

export function useRecordReceptionDay() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ReceptionDayBody) =>
      request(api.POST('/api/v1/petitions/reception-days', { body })) as Promise<ReceptionDay>,
    onSuccess: () => client.invalidateQueries({ queryKey: [...petitionKeys.all, 'reception'] }),
  });
}
