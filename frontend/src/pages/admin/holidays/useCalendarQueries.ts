import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../../api/http';
import type { AddHolidayAdjustment } from '../../../api/types';

export const calendarKeys = {
  all: ['calendar'] as const,
  holidays: (year: number) => [...calendarKeys.all, 'holidays', year] as const,
  deadline: (from: string, days: number) => [...calendarKeys.all, 'deadline', from, days] as const,
};

export function useHolidays(year: number) {
  return useQuery({
    queryKey: calendarKeys.holidays(year),
    queryFn: ({ signal }) => request(api.GET('/api/v1/holidays', { params: { query: { year } }, signal })),
  });
}

/** Any change to the calendar may move any deadline, so both kinds of cached answer are dropped. */
function useInvalidateCalendar() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: calendarKeys.all });
}

export function useAddAdjustment() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: (body: AddHolidayAdjustment) => request(api.POST('/api/v1/holiday-adjustments', { body })),
    onSuccess: invalidate,
  });
}

export function useRemoveAdjustment() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: (date: string) =>
      request(api.DELETE('/api/v1/holiday-adjustments/{date}', { params: { path: { date } } })),
    onSuccess: invalidate,
  });
}

export function useDeadline(from: string | undefined, days: number | undefined) {
  return useQuery({
    queryKey: calendarKeys.deadline(from ?? '', days ?? -1),
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/working-days', {
          params: { query: { from: from ?? '', days: days ?? 0 } },
          signal,
        }),
      ),
    enabled: from !== undefined && days !== undefined,
  });
}
