import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, request } from '../../api/http';
import type { AuditQuery } from '../../api/types';

export const adminKeys = {
  audit: (query: AuditQuery) => ['audit-entries', query] as const,
  accounts: (q: string, page: number, size: number) => ['accounts', q, page, size] as const,
};

export function useAuditEntries(query: AuditQuery) {
  return useQuery({
    queryKey: adminKeys.audit(query),
    queryFn: ({ signal }) => request(api.GET('/api/v1/audit-entries', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useVerifyAuditChain() {
  return useMutation({
    mutationFn: () => request(api.POST('/api/v1/audit-entries/verification')),
  });
}

export function useAccounts(q: string, page: number, size: number) {
  return useQuery({
    queryKey: adminKeys.accounts(q, page, size),
    queryFn: ({ signal }) =>
      request(api.GET('/api/v1/accounts', { params: { query: { q: q || undefined, page, size } }, signal })),
    placeholderData: keepPreviousData,
  });
}
