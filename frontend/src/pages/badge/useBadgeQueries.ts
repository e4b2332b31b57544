import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../api/http';
import type { BadgeAward, EligibleList, MembershipAge, SubmitBadge } from '../../api/types';

export interface EligibleFilter {
  /** ISO date of the occasion; undefined: the next one. */
  occasion?: string;
  orgUnitId?: number;
  early: boolean;
  milestone?: number;
  page: number;
  size: number;
}

export const badgeKeys = {
  all: ['badges'] as const,
  eligible: (filter: EligibleFilter) => [...badgeKeys.all, 'eligible', filter] as const,
  ofMember: (id: string) => [...badgeKeys.all, 'member', id] as const,
  age: (id: string) => [...badgeKeys.all, 'age', id] as const,
};

export function useEligible(filter: EligibleFilter) {
  return useQuery({
    queryKey: badgeKeys.eligible(filter),
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/badges/eligible', {
          params: {
            query: {
              occasion: filter.occasion,
              orgUnitId: filter.orgUnitId,
              early: filter.early,
              milestone: filter.milestone,
              page: filter.page,
              size: filter.size,
            },
          },
          signal,
        }),
      ) as Promise<EligibleList>,
    placeholderData: keepPreviousData,
  });
}

/** Proposes a badge or records its award; every cached list and the member's badges are read again. */
export function useSubmitBadge() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SubmitBadge) =>
      request(api.POST('/api/v1/badges/awards', { body: body as never })) as Promise<BadgeAward>,
    onSuccess: () => client.invalidateQueries({ queryKey: badgeKeys.all }),
  });
}

/** The member's membership age today with its gaps (an audited read: not refetched behind the user's back). */
export function useMembershipAge(id: string, enabled: boolean) {
  return useQuery({
    queryKey: badgeKeys.age(id),
    queryFn: () =>
      request(
        api.GET('/api/v1/members/{id}/membership-age', { params: { path: { id } } }),
      ) as Promise<MembershipAge>,
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useMemberBadges(id: string, enabled: boolean) {
  return useQuery({
    queryKey: badgeKeys.ofMember(id),
    queryFn: () =>
      request(api.GET('/api/v1/members/{id}/badges', { params: { path: { id } } })) as Promise<BadgeAward[]>,
    enabled,
    staleTime: 5 * 60_000,
  });
}
