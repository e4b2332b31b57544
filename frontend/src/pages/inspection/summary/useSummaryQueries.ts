import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, request } from '../../../api/http';
import { saveBlob } from '../../report/useReportQueries';
import { type InspectionSummary, type SummaryParams, summaryFileName } from './summaryModel';

export const summaryKeys = {
  all: ['inspection', 'summary'] as const,
  summary: (params: SummaryParams) => [...summaryKeys.all, params] as const,
};

/** Every read is audited on the server: the summary is not re-read behind the user's back. */
export function useInspectionSummary(params: SummaryParams) {
  return useQuery({
    queryKey: summaryKeys.summary(params),
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/inspection-reports/summary', {
          params: { query: { unitId: params.unitId, from: params.from, to: params.to } },
          signal,
        }),
      ) as Promise<InspectionSummary>,
    enabled: params.unitId != null,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/** Downloads the summary shown (its period made explicit) as a PDF or an Excel workbook. */
export async function downloadSummary(
  params: SummaryParams & { from: string; to: string },
  format: 'pdf' | 'xlsx',
): Promise<void> {
  const query = { unitId: params.unitId, from: params.from, to: params.to };
  const blob =
    format === 'pdf'
      ? await request(
          api.GET('/api/v1/inspection-reports/summary.pdf', { params: { query }, parseAs: 'blob' }),
        )
      : await request(
          api.GET('/api/v1/inspection-reports/summary.xlsx', { params: { query }, parseAs: 'blob' }),
        );
  saveBlob(blob as Blob, summaryFileName(params.from, params.to, format));
}
