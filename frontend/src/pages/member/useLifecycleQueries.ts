import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../api/http';
import type {
  DeadlineKind,
  LifecycleOverview,
  MemberEvent,
  MemberSummary,
  RegisterMember,
  StepRequest,
} from '../../api/types';
import { memberKeys } from './useMemberQueries';

export interface DeadlineFilter {
  orgUnitId?: number;
  kind?: DeadlineKind;
  overdueOnly: boolean;
  horizonDays: number;
}

export const lifecycleKeys = {
  events: (id: string) => [...memberKeys.all, 'events', id] as const,
  overview: (id: string) => [...memberKeys.all, 'lifecycle', id] as const,
  officials: (cellId: number) => [...memberKeys.all, 'officials', cellId] as const,
  deadlines: (filter: DeadlineFilter) => ['deadlines', filter] as const,
  incoming: ['transfers', 'incoming'] as const,
};

/** The party history, oldest first, superseded steps included. */
export function useMemberEvents(id: string, enabled = true) {
  return useQuery({
    queryKey: lifecycleKeys.events(id),
    queryFn: () =>
      request(api.GET('/api/v1/members/{id}/events', { params: { path: { id } } })) as Promise<MemberEvent[]>,
    enabled,
  });
}

/** Status, pending deadline, overlays and the steps that may follow (with the member version to send back). */
export function useLifecycle(id: string, enabled = true) {
  return useQuery({
    queryKey: lifecycleKeys.overview(id),
    queryFn: () =>
      request(
        api.GET('/api/v1/members/{id}/lifecycle', { params: { path: { id } } }),
      ) as Promise<LifecycleOverview>,
    enabled,
  });
}

/** After a step the record, its history, the overview and every deadline view may have changed. */
function useAfterStep(id: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: lifecycleKeys.events(id) }),
      client.invalidateQueries({ queryKey: lifecycleKeys.overview(id) }),
      client.invalidateQueries({ queryKey: memberKeys.detail(id) }),
      client.invalidateQueries({ queryKey: [...memberKeys.all, 'list'] }),
      client.invalidateQueries({ queryKey: ['deadlines'] }),
      client.invalidateQueries({ queryKey: lifecycleKeys.incoming }),
    ]);
}

/** Records a step, or (with `correcting`) a correction superseding that step. */
export function useRecordStep(id: string) {
  const after = useAfterStep(id);
  return useMutation({
    mutationFn: ({ body, correcting }: { body: StepRequest; correcting?: number }) =>
      correcting == null
        ? request(api.POST('/api/v1/members/{id}/events', { params: { path: { id } }, body }))
        : request(
            api.POST('/api/v1/members/{id}/events/{eventId}/corrections', {
              params: { path: { id, eventId: correcting } },
              body,
            }),
          ),
    onSuccess: after,
  });
}

/** Annuls the latest step, recorded in error. */
export function useAnnulStep(id: string) {
  const after = useAfterStep(id);
  return useMutation({
    mutationFn: ({ eventId, reason, version }: { eventId: number; reason: string; version: number }) =>
      request(
        api.POST('/api/v1/members/{id}/events/{eventId}/annulment', {
          params: { path: { id, eventId } },
          body: { reason, version },
        }),
      ),
    onSuccess: after,
  });
}

/** Registers a candidate or a member arriving from outside the registry. */
export function useRegisterMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterMember) => request(api.POST('/api/v1/members', { body })),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: [...memberKeys.all, 'list'] }),
        client.invalidateQueries({ queryKey: ['deadlines'] }),
      ]),
  });
}

/** Official members of a cell: those who may help a sympathiser or introduce a candidate. */
export function useCellOfficials(cellId: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: lifecycleKeys.officials(cellId ?? -1),
    queryFn: async () => {
      const page = await request(
        api.GET('/api/v1/members', {
          params: { query: { orgUnitId: cellId as number, page: 0, size: 500 } },
        }),
      );
      return (page.content as MemberSummary[]).filter((m) => m.status === 'OFFICIAL');
    },
    enabled: enabled && cellId != null,
    staleTime: 5 * 60_000,
  });
}

export function useDeadlines(filter: DeadlineFilter) {
  return useQuery({
    queryKey: lifecycleKeys.deadlines(filter),
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/deadlines', {
          params: {
            query: {
              orgUnitId: filter.orgUnitId,
              kind: filter.kind,
              overdueOnly: filter.overdueOnly,
              horizonDays: filter.horizonDays,
              limit: 500,
            },
          },
          signal,
        }),
      ),
  });
}

export function useIncomingTransfers(enabled: boolean) {
  return useQuery({
    queryKey: lifecycleKeys.incoming,
    queryFn: ({ signal }) => request(api.GET('/api/v1/transfers/incoming', { signal })),
    enabled,
  });
}
