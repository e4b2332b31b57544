import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../api/generated/schema';
import { api, request } from '../api/http';
import { clearOfflineData, forgetOffline, saveForOffline } from './offline';

export type HandbookCard = components['schemas']['HandbookCard'];
export type HandbookHome = components['schemas']['HandbookHome'];
export type Notification = components['schemas']['Notification'];
export type Feedback = components['schemas']['Feedback'];
export type FeedbackKind = components['schemas']['SendFeedbackRequest']['kind'];
export type MyMeeting = components['schemas']['MyMeeting'];
export type DocumentSummary = components['schemas']['DocumentSummary'];
export type DocumentView = components['schemas']['DocumentView'];
export type DocumentFilter = 'all' | 'unread' | 'saved';

export const handbookKeys = {
  me: ['handbook', 'me'] as const,
  card: ['handbook', 'card'] as const,
  home: ['handbook', 'home'] as const,
  notifications: ['handbook', 'notifications'] as const,
  feedback: ['handbook', 'feedback'] as const,
  meetings: (upcoming: boolean) => ['handbook', 'meetings', upcoming] as const,
  documents: (q: string, filter: DocumentFilter) => ['handbook', 'documents', q, filter] as const,
  document: (id: number) => ['handbook', 'document', id] as const,
};

/** Where a meeting material is downloaded from (also the key of its offline copy). */
export const materialUrl = (meetingId: string, materialId: string) =>
  `/api/v1/meetings/${meetingId}/materials/${materialId}`;
/** Where a document's attachment is downloaded from. */
export const attachmentUrl = (documentId: number, attachmentId: number) =>
  `/api/v1/documents/${documentId}/attachments/${attachmentId}`;
export const documentUrl = (documentId: number) => `/api/v1/documents/${documentId}`;

export function useMe() {
  return useQuery({ queryKey: handbookKeys.me, queryFn: () => request(api.GET('/api/v1/me')) });
}

export function useCard() {
  return useQuery({
    queryKey: handbookKeys.card,
    queryFn: () => request(api.GET('/api/v1/handbook/card')),
    staleTime: 5 * 60_000,
  });
}

export function useHome() {
  return useQuery({
    queryKey: handbookKeys.home,
    queryFn: () => request(api.GET('/api/v1/handbook/home')),
    staleTime: 0,
  });
}

export function useNotifications() {
  return useQuery({
    queryKey: handbookKeys.notifications,
    queryFn: () => request(api.GET('/api/v1/handbook/notifications', { params: { query: { size: 100 } } })),
    // the unread badge is live: read again on every visit, on return to the app and every minute
    staleTime: 0,
    refetchOnWindowFocus: true,
    refetchInterval: 60_000,
  });
}

export function useReadNotification() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      request(api.POST('/api/v1/handbook/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: handbookKeys.notifications }),
  });
}

export function useReadAllNotifications() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request(api.POST('/api/v1/handbook/notifications/read-all')),
    onSuccess: () => client.invalidateQueries({ queryKey: handbookKeys.notifications }),
  });
}

export function useMyFeedback() {
  return useQuery({
    queryKey: handbookKeys.feedback,
    queryFn: () => request(api.GET('/api/v1/handbook/feedback')),
    staleTime: 0,
  });
}

export function useSendFeedback() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { kind: FeedbackKind; subject: string; body: string }) =>
      request(api.POST('/api/v1/handbook/feedback', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: handbookKeys.feedback }),
  });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) =>
      request(api.POST('/api/v1/auth/login', { body })),
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request(api.POST('/api/v1/auth/logout')),
    onSettled: async () => {
      await clearOfflineData();
      client.clear();
    },
  });
}

export function useMyMeetings(upcoming: boolean) {
  return useQuery({
    queryKey: handbookKeys.meetings(upcoming),
    queryFn: () => request(api.GET('/api/v1/meetings/mine', { params: { query: { upcoming } } })),
    staleTime: 0,
  });
}

function useMeetingWrite<T>(call: (input: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ['handbook', 'meetings'] });
      client.invalidateQueries({ queryKey: handbookKeys.home });
    },
  });
}

export function useReply() {
  return useMeetingWrite((input: { id: string; reply: 'ATTENDING' | 'ABSENT'; reason?: string }) =>
    request(
      api.POST('/api/v1/meetings/{id}/reply', {
        params: { path: { id: input.id } },
        body: { reply: input.reply, reason: input.reason ?? null } as never,
      }),
    ),
  );
}

export function useCheckIn() {
  return useMeetingWrite((id: string) =>
    request(api.POST('/api/v1/meetings/{id}/check-in', { params: { path: { id } } })),
  );
}

export function useDocuments(q: string, filter: DocumentFilter) {
  return useQuery({
    queryKey: handbookKeys.documents(q, filter),
    queryFn: () =>
      request(
        api.GET('/api/v1/documents', {
          params: {
            query: {
              q: q || undefined,
              status: 'PUBLISHED',
              unread: filter === 'unread',
              bookmarked: filter === 'saved',
              size: 50,
            },
          },
        }),
      ),
    staleTime: 0,
  });
}

export function useDocument(id: number) {
  const client = useQueryClient();
  return useQuery({
    queryKey: handbookKeys.document(id),
    queryFn: async () => {
      const view = await request(api.GET('/api/v1/documents/{id}', { params: { path: { id } } }));
      // opening it wrote the read receipt: the unread counts change
      client.invalidateQueries({ queryKey: ['handbook', 'documents'] });
      client.invalidateQueries({ queryKey: handbookKeys.home });
      return view;
    },
  });
}

export function useAcknowledge(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      request(api.POST('/api/v1/documents/{id}/acknowledgement', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: handbookKeys.document(id) }),
  });
}

/** Saves a document for offline reading: bookmarks it, then keeps its answer and attachments on the device. */
export function useSaveDocument(view: DocumentView | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (save: boolean) => {
      if (!view) return;
      const urls = [documentUrl(view.id), ...view.attachments.map((a) => attachmentUrl(view.id, a.id))];
      if (save) {
        await request(api.PUT('/api/v1/documents/{id}/bookmark', { params: { path: { id: view.id } } }));
        await saveForOffline(urls);
      } else {
        await request(api.DELETE('/api/v1/documents/{id}/bookmark', { params: { path: { id: view.id } } }));
        await forgetOffline(urls);
      }
    },
    onSuccess: () => {
      if (!view) return;
      client.invalidateQueries({ queryKey: handbookKeys.document(view.id) });
      client.invalidateQueries({ queryKey: ['handbook', 'documents'] });
    },
  });
}

export type EvaluationOwn = components['schemas']['EvaluationOwn'];
export type EvaluationLevel = components['schemas']['EvaluationEntry']['selfLevel'];

export function useMyEvaluations() {
  return useQuery({
    queryKey: ['handbook', 'evaluations'],
    queryFn: () => request(api.GET('/api/v1/evaluations/mine')),
    staleTime: 0,
  });
}

export function useSelfAssess() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      cycleId: string;
      score: number | null;
      level: EvaluationLevel | null;
      tasksTotal: number | null;
      tasksExceeding: number | null;
      tasksLate: number | null;
      comment: string;
      version: number | null;
    }) => {
      const { cycleId, ...body } = input;
      return request(
        api.PUT('/api/v1/evaluations/mine/{cycleId}', {
          params: { path: { cycleId } },
          body: body as never,
        }),
      );
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['handbook', 'evaluations'] }),
  });
}

export type FeeMemberYear = components['schemas']['FeeMemberYear'];

export function useMyFees(year: number) {
  return useQuery({
    queryKey: ['handbook', 'fees', year],
    queryFn: () => request(api.GET('/api/v1/fees/mine', { params: { query: { year } } })),
  });
}
