import { useMutation, useQuery } from '@tanstack/react-query';
import { api, request } from '../../../api/http';
import type { MemberImportView } from '../../../api/types';

export type ImportMode = 'ALL_OR_NOTHING' | 'VALID_ROWS_ONLY';

export const importKeys = {
  all: ['member-imports'] as const,
  detail: (id: string) => [...importKeys.all, 'detail', id] as const,
};

export const FINISHED_STATES: ReadonlySet<string> = new Set(['SUCCEEDED', 'REJECTED', 'FAILED']);

/** How often a running import is polled for its progress. */
export const POLL_MS = 1000;

export interface StartImport {
  file: File;
  mode: ImportMode;
  orgUnitId?: number;
}

/** Sends the file (multipart) and answers the queued job at once. */
export function useStartImport() {
  return useMutation({
    mutationFn: ({ file, mode, orgUnitId }: StartImport) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return request(
        api.POST('/api/v1/member-imports', {
          params: { query: { mode, orgUnitId } },
          body: form as never,
          bodySerializer: (body: unknown) => body as FormData,
        }),
      ) as Promise<MemberImportView>;
    },
  });
}

/** The job, polled until it has finished. */
export function useImportJob(id: string | undefined, initial?: MemberImportView) {
  return useQuery({
    queryKey: importKeys.detail(id ?? ''),
    enabled: id != null,
    initialData: initial,
    queryFn: () =>
      request(
        api.GET('/api/v1/member-imports/{id}', { params: { path: { id: id ?? '' } } }),
      ) as Promise<MemberImportView>,
    refetchInterval: (query) =>
      query.state.data && FINISHED_STATES.has(query.state.data.state) ? false : POLL_MS,
  });
}

export const TEMPLATE_XLSX = '/api/v1/member-imports/template.xlsx';
export const TEMPLATE_CSV = '/api/v1/member-imports/template.csv';

export function reportUrl(id: string): string {
  return `/api/v1/member-imports/${id}/report.xlsx`;
}
