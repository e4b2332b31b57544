import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, request } from '../../api/http';
import type { Report, ReportEntry } from '../../api/types';

export interface ReportParams {
  kind: string;
  orgUnitId?: number;
  /** ISO date; undefined: the server's default (the last 31/12 reached). */
  date?: string;
}

export const reportKeys = {
  all: ['reports'] as const,
  catalogue: () => [...reportKeys.all, 'catalogue'] as const,
  report: (params: ReportParams) => [...reportKeys.all, 'report', params] as const,
};

export function useCatalogue() {
  return useQuery({
    queryKey: reportKeys.catalogue(),
    queryFn: () => request(api.GET('/api/v1/reports')) as Promise<ReportEntry[]>,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useReport(params: ReportParams) {
  return useQuery({
    queryKey: reportKeys.report(params),
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/reports/{kind}', {
          params: { path: { kind: params.kind }, query: { orgUnitId: params.orgUnitId, date: params.date } },
          signal,
        }),
      ) as Promise<Report>,
    enabled: params.orgUnitId != null,
    placeholderData: keepPreviousData,
  });
}

/** Downloads the report as a file (the same parameters give the same file). */
export async function downloadReport(
  params: ReportParams,
  format: 'xlsx' | 'pdf',
  fileName: string,
): Promise<void> {
  const query = { orgUnitId: params.orgUnitId, date: params.date };
  const path = { kind: params.kind };
  const blob =
    format === 'xlsx'
      ? await request(api.GET('/api/v1/reports/{kind}.xlsx', { params: { path, query }, parseAs: 'blob' }))
      : await request(api.GET('/api/v1/reports/{kind}.pdf', { params: { path, query }, parseAs: 'blob' }));
  saveBlob(blob as Blob, fileName);
}

export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
