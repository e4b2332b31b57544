import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, request } from '../../api/http';
import type {
  AddIndicatorBody,
  AddTaskBody,
  AdoptBody,
  CascadeRow,
  ProgrammeBody,
  ProgrammePage,
  ProgrammeReview,
  ProgrammeSummary,
  ProgrammeView,
  ProgressReport,
  ReportIndicatorBody,
  ReportTaskBody,
  ReviewKind,
  ReviseIndicatorBody,
  ReviseProgrammeBody,
  ReviseTaskBody,
  TaskReminders,
} from './programmeTypes';

export const programmeKeys = {
  all: ['programmes'] as const,
  list: (orgUnitId: number | undefined, page: number) =>
    [...programmeKeys.all, 'list', orgUnitId, page] as const,
  detail: (id: string) => [...programmeKeys.all, 'detail', id] as const,
  history: (id: string, kind: 'indicators' | 'tasks', itemId: string) =>
    [...programmeKeys.all, 'history', id, kind, itemId] as const,
  cascade: (id: string) => [...programmeKeys.all, 'cascade', id] as const,
  review: (id: string, kind: ReviewKind, asOf: string | undefined) =>
    [...programmeKeys.all, 'review', id, kind, asOf] as const,
};

export function useProgrammes(orgUnitId: number | undefined, page: number, size: number) {
  return useQuery({
    queryKey: programmeKeys.list(orgUnitId, page),
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/programmes', { params: { query: { orgUnitId, page, size } }, signal }),
      ) as Promise<ProgrammePage>,
    placeholderData: keepPreviousData,
  });
}

export function useProgramme(id: string) {
  return useQuery({
    queryKey: programmeKeys.detail(id),
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/programmes/{id}', { params: { path: { id } }, signal }),
      ) as Promise<ProgrammeView>,
  });
}

export function useCreateProgramme() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ProgrammeBody) =>
      request(api.POST('/api/v1/programmes', { body })) as Promise<ProgrammeView>,
    onSuccess: () => client.invalidateQueries({ queryKey: [...programmeKeys.all, 'list'] }),
  });
}

/** Adding an indicator or task answers the whole programme, which replaces the cached detail. */
function useAdd<T>(id: string, write: (body: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (result) => {
      client.setQueryData(programmeKeys.detail(id), result);
      client.invalidateQueries({ queryKey: [...programmeKeys.all, 'list'] });
    },
  });
}

export function useAddIndicator(id: string) {
  return useAdd(id, (body: AddIndicatorBody) =>
    request(api.POST('/api/v1/programmes/{id}/indicators', { params: { path: { id } }, body })),
  );
}

export function useAddTask(id: string) {
  return useAdd(id, (body: AddTaskBody) =>
    request(api.POST('/api/v1/programmes/{id}/tasks', { params: { path: { id } }, body })),
  );
}

/**
 * A revision or removal answers the whole programme. On a stale version (409) the programme is read again so that the
 * next attempt starts from what is stored.
 */
function useChange<T>(id: string, write: (body: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (result) => {
      client.setQueryData(programmeKeys.detail(id), result);
      client.invalidateQueries({ queryKey: [...programmeKeys.all, 'list'] });
      client.invalidateQueries({ queryKey: programmeKeys.cascade(id) });
      client.invalidateQueries({ queryKey: [...programmeKeys.all, 'review', id] });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        client.invalidateQueries({ queryKey: programmeKeys.detail(id) });
      }
    },
  });
}

export function useReviseProgramme(id: string) {
  return useChange(id, (body: ReviseProgrammeBody) =>
    request(api.PUT('/api/v1/programmes/{id}', { params: { path: { id } }, body })),
  );
}

export function useReviseIndicator(id: string, indicatorId: string) {
  return useChange(id, (body: ReviseIndicatorBody) =>
    request(
      api.PUT('/api/v1/programmes/{id}/indicators/{indicatorId}', {
        params: { path: { id, indicatorId } },
        body,
      }),
    ),
  );
}

export function useRemoveIndicator(id: string) {
  return useChange(id, ({ indicatorId, version }: { indicatorId: string; version: number }) =>
    request(
      api.DELETE('/api/v1/programmes/{id}/indicators/{indicatorId}', {
        params: { path: { id, indicatorId }, query: { version } },
      }),
    ),
  );
}

export function useReviseTask(id: string, taskId: string) {
  return useChange(id, (body: ReviseTaskBody) =>
    request(api.PUT('/api/v1/programmes/{id}/tasks/{taskId}', { params: { path: { id, taskId } }, body })),
  );
}

export function useRemoveTask(id: string) {
  return useChange(id, ({ taskId, version }: { taskId: string; version: number }) =>
    request(
      api.DELETE('/api/v1/programmes/{id}/tasks/{taskId}', {
        params: { path: { id, taskId }, query: { version } },
      }),
    ),
  );
}

/** Reminds the persons in charge of the overdue and due-soon tasks; the board shows when each was reminded. */
export function useRemindTasks(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      request(
        api.POST('/api/v1/programmes/{id}/task-reminders', { params: { path: { id } } }),
      ) as Promise<TaskReminders>,
    onSuccess: () => client.invalidateQueries({ queryKey: programmeKeys.detail(id) }),
  });
}

/** Programmes issued by a unit the user writes for (where a task may be added). */
export function useWritableProgrammes(enabled: boolean) {
  return useQuery({
    queryKey: [...programmeKeys.all, 'writable'],
    enabled,
    retry: false,
    queryFn: ({ signal }) =>
      request(api.GET('/api/v1/programmes/writable', { signal })) as Promise<ProgrammeSummary[]>,
  });
}

export function useAdoptProgramme(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AdoptBody) =>
      request(
        api.POST('/api/v1/programmes/{id}/adoptions', { params: { path: { id } }, body }),
      ) as Promise<ProgrammeView>,
    onSuccess: () => client.invalidateQueries({ queryKey: programmeKeys.all }),
  });
}

export function useIndicatorHistory(id: string, indicatorId: string | undefined) {
  return useQuery({
    queryKey: programmeKeys.history(id, 'indicators', indicatorId ?? ''),
    enabled: indicatorId != null,
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/programmes/{id}/indicators/{indicatorId}/reports', {
          params: { path: { id, indicatorId: indicatorId ?? '' } },
          signal,
        }),
      ) as Promise<ProgressReport[]>,
  });
}

export function useTaskHistory(id: string, taskId: string | undefined) {
  return useQuery({
    queryKey: programmeKeys.history(id, 'tasks', taskId ?? ''),
    enabled: taskId != null,
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/programmes/{id}/tasks/{taskId}/reports', {
          params: { path: { id, taskId: taskId ?? '' } },
          signal,
        }),
      ) as Promise<ProgressReport[]>,
  });
}

export function useCascade(id: string, enabled: boolean) {
  return useQuery({
    queryKey: programmeKeys.cascade(id),
    enabled,
    queryFn: ({ signal }) =>
      request(api.GET('/api/v1/programmes/{id}/cascade', { params: { path: { id } }, signal })) as Promise<
        CascadeRow[]
      >,
  });
}

export function useReview(id: string, kind: ReviewKind, asOf: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: programmeKeys.review(id, kind, asOf),
    enabled,
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/programmes/{id}/review', {
          params: { path: { id }, query: { kind, asOf } },
          signal,
        }),
      ) as Promise<ProgrammeReview>,
  });
}

/** A report answers the whole programme: it replaces the cached detail, and the histories, cascade and reviews are read again. */
function useReport<T>(id: string, write: (body: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (result) => {
      client.setQueryData(programmeKeys.detail(id), result);
      client.invalidateQueries({ queryKey: [...programmeKeys.all, 'history', id] });
      client.invalidateQueries({ queryKey: programmeKeys.cascade(id) });
      client.invalidateQueries({ queryKey: [...programmeKeys.all, 'review', id] });
    },
  });
}

export function useReportIndicator(id: string, indicatorId: string) {
  return useReport(id, (body: ReportIndicatorBody) =>
    request(
      api.POST('/api/v1/programmes/{id}/indicators/{indicatorId}/reports', {
        params: { path: { id, indicatorId } },
        body,
      }),
    ),
  );
}

export function useReportTask(id: string, taskId: string) {
  return useReport(id, (body: ReportTaskBody) =>
    request(
      api.POST('/api/v1/programmes/{id}/tasks/{taskId}/reports', {
        params: { path: { id, taskId } },
        body,
      }),
    ),
  );
}

/** Downloads the review as an Excel workbook or a PDF (A4, laid out as a Party document). */
export async function downloadReview(
  id: string,
  kind: ReviewKind,
  asOf: string | undefined,
  fileName: string,
  format: 'xlsx' | 'pdf' = 'xlsx',
) {
  const options = { params: { path: { id }, query: { kind, asOf } }, parseAs: 'blob' as const };
  const blob = await request(
    format === 'pdf'
      ? api.GET('/api/v1/programmes/{id}/review.pdf', options)
      : api.GET('/api/v1/programmes/{id}/review.xlsx', options),
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
