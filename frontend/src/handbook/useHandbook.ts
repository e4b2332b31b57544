import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../api/generated/schema';
import { api, request } from '../api/http';
import { clearOfflineData } from './offline';

export type HandbookCard = components['schemas']['HandbookCard'];
export type HandbookHome = components['schemas']['HandbookHome'];
export type Notification = components['schemas']['Notification'];
export type Feedback = components['schemas']['Feedback'];
export type FeedbackKind = components['schemas']['SendFeedbackRequest']['kind'];

export const handbookKeys = {
  me: ['handbook', 'me'] as const,
  card: ['handbook', 'card'] as const,
  home: ['handbook', 'home'] as const,
  notifications: ['handbook', 'notifications'] as const,
  feedback: ['handbook', 'feedback'] as const,
};

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
