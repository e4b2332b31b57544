import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, CSRF_COOKIE, CSRF_HEADER, readCookie, request } from '../../api/http';
import { toApiError } from '../../api/problem';
import { getLanguage } from '../../i18n';
import type {
  Attendance,
  AttendanceStatistics,
  BaseExclusion,
  InvitationView,
  MaterialView,
  MeetingPage,
  MeetingState,
  MeetingView,
  PlanMeetingBody,
  ScheduleBody,
  ScheduleView,
} from './meetingTypes';

export interface MeetingFilter {
  orgUnitId?: number;
  state?: MeetingState;
  from?: string;
  to?: string;
  page: number;
  size: number;
}

export const meetingKeys = {
  all: ['meetings'] as const,
  list: (filter: MeetingFilter) => [...meetingKeys.all, 'list', filter] as const,
  detail: (id: string) => [...meetingKeys.all, 'detail', id] as const,
  schedules: () => [...meetingKeys.all, 'schedules'] as const,
  attendance: (unitId: number | undefined, from: string | undefined, to: string | undefined) =>
    [...meetingKeys.all, 'attendance', unitId, from, to] as const,
};

export function useMeetings(filter: MeetingFilter) {
  return useQuery({
    queryKey: meetingKeys.list(filter),
    queryFn: ({ signal }) =>
      request(api.GET('/api/v1/meetings', { params: { query: filter }, signal })) as Promise<MeetingPage>,
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: meetingKeys.detail(id),
    queryFn: ({ signal }) =>
      request(api.GET('/api/v1/meetings/{id}', { params: { path: { id } }, signal })) as Promise<MeetingView>,
  });
}

/** Every write of a meeting answers the meeting; it replaces the cached detail and the lists are read again. */
function useMeetingWrite<T>(id: string, write: (body: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (result) => {
      if (result && typeof result === 'object' && 'invitations' in result) {
        client.setQueryData(meetingKeys.detail(id), result);
      } else {
        client.invalidateQueries({ queryKey: meetingKeys.detail(id) });
      }
      client.invalidateQueries({ queryKey: [...meetingKeys.all, 'list'] });
    },
  });
}

export function usePlanMeeting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanMeetingBody) =>
      request(api.POST('/api/v1/meetings', { body })) as Promise<MeetingView>,
    onSuccess: () => client.invalidateQueries({ queryKey: meetingKeys.all }),
  });
}

export function useUpdateMeeting(id: string) {
  return useMeetingWrite(id, (body: PlanMeetingBody) =>
    request(api.PUT('/api/v1/meetings/{id}', { params: { path: { id } }, body })),
  );
}

export function useCancelMeeting(id: string) {
  return useMeetingWrite(id, (body: { reason: string; version: number }) =>
    request(api.POST('/api/v1/meetings/{id}/cancel', { params: { path: { id } }, body })),
  );
}

export function useSendInvitations(id: string) {
  return useMeetingWrite(id, (guests: { name?: string; role: string }[]) =>
    request(
      api.POST('/api/v1/meetings/{id}/invitations', {
        params: { path: { id } },
        body: { guests } as never,
      }),
    ),
  );
}

export function useStartEnd(id: string, action: 'start' | 'end') {
  return useMeetingWrite(id, (version: number) =>
    action === 'start'
      ? request(api.POST('/api/v1/meetings/{id}/start', { params: { path: { id } }, body: { version } }))
      : request(api.POST('/api/v1/meetings/{id}/end', { params: { path: { id } }, body: { version } })),
  );
}

export function useCheckIn(id: string) {
  return useMeetingWrite(
    id,
    (body: { memberId?: string; cardNumber?: string }) =>
      request(
        api.POST('/api/v1/meetings/{id}/check-ins', { params: { path: { id } }, body: body as never }),
      ) as Promise<InvitationView>,
  );
}

export function useMarkAttendance(id: string) {
  return useMeetingWrite(
    id,
    (body: {
      invitationId: string;
      attendance: Attendance;
      absenceReason?: string;
      baseExclusion?: BaseExclusion;
    }) =>
      request(
        api.PUT('/api/v1/meetings/{id}/invitations/{invitationId}', {
          params: { path: { id, invitationId: body.invitationId } },
          body: {
            attendance: body.attendance,
            absenceReason: body.absenceReason,
            baseExclusion: body.baseExclusion,
          } as never,
        }),
      ),
  );
}

export function useRecordMinutes(id: string) {
  return useMeetingWrite(
    id,
    (body: {
      minutesText: string;
      resolutionText?: string;
      votesFor: number;
      votesAgainst: number;
      votesAbstain: number;
      version: number;
    }) =>
      request(api.PUT('/api/v1/meetings/{id}/minutes', { params: { path: { id } }, body: body as never })),
  );
}

export function usePublishMaterial(id: string) {
  return useMeetingWrite(id, (materialId: string) =>
    request(
      api.POST('/api/v1/meetings/{id}/materials/{materialId}/publish', {
        params: { path: { id, materialId } },
      }),
    ),
  );
}

/**
 * Uploads a file with progress (fetch reports none): a plain XMLHttpRequest carrying the same language and CSRF
 * headers as the generated client, its problem answers turned into the same ApiError.
 */
export function uploadMaterial(
  id: string,
  file: File,
  title: string,
  onProgress: (percent: number) => void,
): Promise<MaterialView> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/meetings/${id}/materials?title=${encodeURIComponent(title)}`);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', getLanguage());
    const token = readCookie(CSRF_COOKIE);
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((100 * event.loaded) / event.total));
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = xhr.responseText;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as MaterialView);
      else reject(toApiError(xhr.status, body));
    };
    xhr.onerror = () => reject(toApiError(0, undefined));
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}

export function useUploadMaterial(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      file,
      title,
      onProgress,
    }: {
      file: File;
      title: string;
      onProgress: (p: number) => void;
    }) => uploadMaterial(id, file, title, onProgress),
    onSuccess: () => client.invalidateQueries({ queryKey: meetingKeys.detail(id) }),
  });
}

export function useAttendance(unitId: number | undefined, from?: string, to?: string) {
  return useQuery({
    queryKey: meetingKeys.attendance(unitId, from, to),
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/meetings/attendance', { params: { query: { unitId, from, to } }, signal }),
      ) as Promise<AttendanceStatistics>,
    placeholderData: keepPreviousData,
  });
}

export function useSchedules() {
  return useQuery({
    queryKey: meetingKeys.schedules(),
    queryFn: ({ signal }) =>
      request(api.GET('/api/v1/meetings/schedules', { signal })) as Promise<ScheduleView[]>,
  });
}

export function useSaveSchedule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ScheduleBody) =>
      request(api.POST('/api/v1/meetings/schedules', { body })) as Promise<ScheduleView>,
    onSuccess: () => client.invalidateQueries({ queryKey: meetingKeys.schedules() }),
  });
}

export function useDeleteSchedule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (s: ScheduleView) =>
      request(
        api.DELETE('/api/v1/meetings/schedules/{id}', {
          params: { path: { id: s.id }, query: { version: s.version } },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: meetingKeys.schedules() }),
  });
}

export function useGenerate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      request(
        api.POST('/api/v1/meetings/schedules/{id}/generate', {
          params: { path: { id }, query: { months: 3 } },
        }),
      ) as Promise<string[]>,
    onSuccess: () => client.invalidateQueries({ queryKey: meetingKeys.all }),
  });
}
