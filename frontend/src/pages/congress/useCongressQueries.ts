import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../api/http';
import type {
  AnnounceBody,
  ApproveBody,
  Congress,
  CongressDocument,
  DelegateBody,
  DelegateList,
  HoldBody,
  MissingUnit,
  PlanBody,
  SeasonProgress,
  SeasonStatus,
} from './congressTypes';

export const congressKeys = {
  all: ['congress'] as const,
  list: (season: number, unitId: number | undefined) =>
    [...congressKeys.all, 'list', season, unitId] as const,
  one: (id: string) => [...congressKeys.all, 'one', id] as const,
  delegates: (id: string) => [...congressKeys.all, 'delegates', id] as const,
  documents: (id: string) => [...congressKeys.all, 'documents', id] as const,
  progress: (unitId: number | undefined, season: number) =>
    [...congressKeys.all, 'progress', unitId, season] as const,
  missing: (unitId: number | undefined, season: number, kind?: string, status?: string) =>
    [...congressKeys.all, 'missing', unitId, season, kind, status] as const,
};

export function useCongresses(season: number, unitId: number | undefined) {
  return useQuery({
    queryKey: congressKeys.list(season, unitId),
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/congresses', { params: { query: { season, orgUnitId: unitId } }, signal }),
      ) as Promise<Congress[]>,
  });
}

export function useCongress(id: string) {
  return useQuery({
    queryKey: congressKeys.one(id),
    queryFn: ({ signal }) =>
      request(api.GET('/api/v1/congresses/{id}', { params: { path: { id } }, signal })) as Promise<Congress>,
  });
}

export function useDelegates(id: string, enabled: boolean) {
  return useQuery({
    queryKey: congressKeys.delegates(id),
    enabled,
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/congresses/{id}/delegates', { params: { path: { id } }, signal }),
      ) as Promise<DelegateList>,
  });
}

export function useCongressDocuments(id: string) {
  return useQuery({
    queryKey: congressKeys.documents(id),
    queryFn: ({ signal }) =>
      request(api.GET('/api/v1/congresses/{id}/documents', { params: { path: { id } }, signal })) as Promise<
        CongressDocument[]
      >,
  });
}

export function useProgress(unitId: number | undefined, season: number) {
  return useQuery({
    queryKey: congressKeys.progress(unitId, season),
    enabled: unitId !== undefined,
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/congresses/progress', {
          params: { query: { orgUnitId: unitId as number, season } },
          signal,
        }),
      ) as Promise<SeasonProgress>,
  });
}

export function useMissing(
  unitId: number | undefined,
  season: number,
  kind: string | undefined,
  status: SeasonStatus | undefined,
) {
  return useQuery({
    queryKey: congressKeys.missing(unitId, season, kind, status),
    enabled: unitId !== undefined,
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/congresses/progress/missing', {
          params: {
            query: {
              orgUnitId: unitId as number,
              season,
              kind: kind as MissingUnit['kind'] | undefined,
              status,
            },
          },
          signal,
        }),
      ) as Promise<MissingUnit[]>,
  });
}

/** Every change of a congress refreshes the lists, the progress and the congress itself. */
function useCongressMutation<V, R = unknown>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: congressKeys.all }),
  });
}

export function usePlan() {
  return useCongressMutation(
    (body: PlanBody) => request(api.POST('/api/v1/congresses', { body })) as Promise<Congress>,
  );
}

export function useAnnounce(id: string) {
  return useCongressMutation((body: AnnounceBody) =>
    request(api.POST('/api/v1/congresses/{id}/announcement', { params: { path: { id } }, body })),
  );
}

export function useHold(id: string) {
  return useCongressMutation((body: HoldBody) =>
    request(api.POST('/api/v1/congresses/{id}/holding', { params: { path: { id } }, body })),
  );
}

export function useApprove(id: string) {
  return useCongressMutation((body: ApproveBody) =>
    request(api.POST('/api/v1/congresses/{id}/approval', { params: { path: { id } }, body })),
  );
}

export function useAddDelegate(id: string) {
  return useCongressMutation((body: DelegateBody) =>
    request(api.POST('/api/v1/congresses/{id}/delegates', { params: { path: { id } }, body })),
  );
}

export function useCredential(id: string) {
  return useCongressMutation(
    (v: { delegateId: string; status: 'ACCEPTED' | 'REJECTED'; reason?: string; version: number }) =>
      request(
        api.POST('/api/v1/congresses/{id}/delegates/{delegateId}/credential', {
          params: { path: { id, delegateId: v.delegateId } },
          body: { status: v.status, reason: v.reason, version: v.version },
        }),
      ),
  );
}

export function useSubstitute(id: string) {
  return useCongressMutation((v: { delegateId: string; officialId: string; version: number }) =>
    request(
      api.POST('/api/v1/congresses/{id}/delegates/{delegateId}/substitution', {
        params: { path: { id, delegateId: v.delegateId } },
        body: { officialId: v.officialId, version: v.version },
      }),
    ),
  );
}

export function useAttendance(id: string) {
  return useCongressMutation((v: { delegateId: string; present: boolean; version: number }) =>
    request(
      api.POST('/api/v1/congresses/{id}/delegates/{delegateId}/attendance', {
        params: { path: { id, delegateId: v.delegateId } },
        body: { present: v.present, version: v.version },
      }),
    ),
  );
}

export function useLinkDocument(id: string) {
  return useCongressMutation((documentId: number) =>
    request(
      api.POST('/api/v1/congresses/{id}/documents', { params: { path: { id } }, body: { documentId } }),
    ),
  );
}

/** Downloads the season's progress as a PDF (A4, laid out as a Party report) or an Excel workbook. */
export async function downloadProgress(
  orgUnitId: number,
  season: number,
  fileName: string,
  format: 'pdf' | 'xlsx',
) {
  const options = { params: { query: { orgUnitId, season } }, parseAs: 'blob' as const };
  const blob = await request(
    format === 'pdf'
      ? api.GET('/api/v1/congresses/progress.pdf', options)
      : api.GET('/api/v1/congresses/progress.xlsx', options),
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
