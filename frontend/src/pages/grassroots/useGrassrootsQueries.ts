import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../api/http';
import type {
  CommitteeMember,
  ComplianceReport,
  FollowUp,
  FollowUpStatus,
  LogVisitBody,
  ProgrammeTaskBody,
  ReviseVisitBody,
  Visit,
} from './grassrootsTypes';

export const grassrootsKeys = {
  all: ['grassroots'] as const,
  mine: () => [...grassrootsKeys.all, 'mine'] as const,
  committee: (unitId: number | undefined) => [...grassrootsKeys.all, 'committee', unitId] as const,
  visits: (id: string, from: string, to: string) => [...grassrootsKeys.all, 'visits', id, from, to] as const,
  compliance: (unitId: number | undefined, from: string, to: string) =>
    [...grassrootsKeys.all, 'compliance', unitId, from, to] as const,
};

export function useMyAppointments() {
  return useQuery({
    queryKey: grassrootsKeys.mine(),
    queryFn: ({ signal }) =>
      request(api.GET('/api/v1/grassroots-work/committee-members/mine', { signal })) as Promise<
        CommitteeMember[]
      >,
  });
}

export function useCommitteeMembers(unitId: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: grassrootsKeys.committee(unitId),
    enabled: enabled && unitId !== undefined,
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/grassroots-work/committee-members', {
          params: { query: { committeeUnitId: unitId as number } },
          signal,
        }),
      ) as Promise<CommitteeMember[]>,
  });
}

export function useVisits(id: string, from: string, to: string) {
  return useQuery({
    queryKey: grassrootsKeys.visits(id, from, to),
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/grassroots-work/committee-members/{id}/visits', {
          params: { path: { id }, query: { from, to } },
          signal,
        }),
      ) as Promise<Visit[]>,
  });
}

export function useCompliance(unitId: number | undefined, from: string, to: string, enabled: boolean) {
  return useQuery({
    queryKey: grassrootsKeys.compliance(unitId, from, to),
    enabled: enabled && unitId !== undefined,
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/grassroots-work/compliance', {
          params: { query: { committeeUnitId: unitId as number, from, to } },
          signal,
        }),
      ) as Promise<ComplianceReport>,
  });
}

/** A logged visit changes the member's visits and every compliance view. */
export function useLogVisit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LogVisitBody) =>
      request(api.POST('/api/v1/grassroots-work/visits', { body })) as Promise<Visit>,
    onSuccess: () => client.invalidateQueries({ queryKey: grassrootsKeys.all }),
  });
}

/** A revised visit changes the member's visits and every compliance view; a stale version reads them again. */
export function useReviseVisit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ReviseVisitBody }) =>
      request(
        api.PUT('/api/v1/grassroots-work/visits/{id}', { params: { path: { id } }, body }),
      ) as Promise<Visit>,
    onSettled: () => client.invalidateQueries({ queryKey: grassrootsKeys.all }),
  });
}

/** A withdrawn visit changes the member's visits and every compliance view. */
export function useWithdrawVisit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      request(
        api.DELETE('/api/v1/grassroots-work/visits/{id}', { params: { path: { id }, query: { version } } }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: grassrootsKeys.all }),
  });
}

/** Turns a follow-up task into a programme task; the visits and the programme are read again. */
export function useFollowUpToTask() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ProgrammeTaskBody }) =>
      request(
        api.POST('/api/v1/grassroots-work/follow-ups/{id}/programme-task', {
          params: { path: { id } },
          body,
        }),
      ) as Promise<FollowUp>,
    onSettled: () => {
      client.invalidateQueries({ queryKey: [...grassrootsKeys.all, 'visits'] });
      client.invalidateQueries({ queryKey: ['programmes'] });
    },
  });
}

export function useFollowUpStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status, version }: { id: string; status: FollowUpStatus; version: number }) =>
      request(
        api.POST('/api/v1/grassroots-work/follow-ups/{id}/status', {
          params: { path: { id } },
          body: { status, version },
        }),
      ) as Promise<FollowUp>,
    onSuccess: () => client.invalidateQueries({ queryKey: [...grassrootsKeys.all, 'visits'] }),
  });
}

export function useSendReminders() {
  return useMutation({
    mutationFn: (body: { committeeUnitId: number; from: string; to: string }) =>
      request(api.POST('/api/v1/grassroots-work/compliance/reminders', { body })) as Promise<{
        reminded: number;
      }>,
  });
}

export function useAppoint() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { committeeUnitId: number; memberId: string; head: boolean }) =>
      request(api.POST('/api/v1/grassroots-work/committee-members', { body })) as Promise<CommitteeMember>,
    onSuccess: () => client.invalidateQueries({ queryKey: grassrootsKeys.all }),
  });
}

export function useAssign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, unitIds, version }: { id: string; unitIds: number[]; version: number }) =>
      request(
        api.PUT('/api/v1/grassroots-work/committee-members/{id}/assignments', {
          params: { path: { id } },
          body: { unitIds, version },
        }),
      ) as Promise<CommitteeMember>,
    onSuccess: () => client.invalidateQueries({ queryKey: grassrootsKeys.all }),
  });
}
