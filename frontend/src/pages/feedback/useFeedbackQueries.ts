import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/generated/schema';
import { api, request } from '../../api/http';

export type Feedback = components['schemas']['Feedback'];
export type FeedbackState = Feedback['state'];

export interface FeedbackFilter {
  orgUnitId?: number;
  state?: FeedbackState;
  page: number;
  size: number;
}

export const feedbackKeys = {
  all: ['feedback'] as const,
  list: (filter: FeedbackFilter) => [...feedbackKeys.all, 'list', filter] as const,
};

export function useFeedbackList(filter: FeedbackFilter) {
  return useQuery({
    queryKey: feedbackKeys.list(filter),
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/feedback', {
          params: {
            query: {
              orgUnitId: filter.orgUnitId,
              state: filter.state,
              page: filter.page,
              size: filter.size,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useAnswerFeedback() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer, version }: { id: string; answer: string; version: number }) =>
      request(
        api.POST('/api/v1/feedback/{id}/answer', {
          params: { path: { id } },
          body: { answer, version },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: feedbackKeys.all }),
  });
}
