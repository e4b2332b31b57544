import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../api/http';
import type {
  FeeArrears,
  FeeCashPayments,
  FeeCollectionReport,
  FeeImportReport,
  FeeLedger,
  FeeMemberRecord,
  FeeMonth,
  FeePaidUpTo,
  RemovalProposal,
} from '../../api/types';

export const feeKeys = {
  all: ['fees'] as const,
  ledger: (orgUnitId: number, year: number) => [...feeKeys.all, 'ledger', orgUnitId, year] as const,
  arrears: (orgUnitId: number, year: number, page = 0) =>
    [...feeKeys.all, 'arrears', orgUnitId, year, page] as const,
  report: (orgUnitId: number, year: number, month?: number) =>
    [...feeKeys.all, 'report', orgUnitId, year, month ?? 0] as const,
  member: (memberId: string, year?: number) => [...feeKeys.all, 'member', memberId, year ?? 0] as const,
  paidUpTo: (memberId: string) => [...feeKeys.all, 'paid-up-to', memberId] as const,
};

/**
 * A member's fee record for a year (default: the server's current year): bases, reliefs and the months. An audited
 * read of personal data, fetched only when the profile's fee tab is open.
 */
export function useFeeMemberRecord(memberId: string, year: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: feeKeys.member(memberId, year),
    enabled,
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/fees/members/{id}', { params: { path: { id: memberId }, query: { year } }, signal }),
      ) as Promise<FeeMemberRecord>,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The month up to which the member has paid ("đã đóng đảng phí đến hết tháng", for the transfer letter). */
export function useFeePaidUpTo(memberId: string, enabled: boolean) {
  return useQuery({
    queryKey: feeKeys.paidUpTo(memberId),
    enabled,
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/fees/members/{id}/paid-up-to', { params: { path: { id: memberId } }, signal }),
      ) as Promise<FeePaidUpTo>,
    staleTime: 60_000,
  });
}

/** A cell's ledger for a year (an audited read of personal data: fetched when the cell or year changes). */
export function useFeeLedger(orgUnitId: number | undefined, year: number) {
  return useQuery({
    queryKey: feeKeys.ledger(orgUnitId ?? 0, year),
    enabled: orgUnitId != null,
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/fees/ledger', { params: { query: { orgUnitId: orgUnitId ?? 0, year } }, signal }),
      ) as Promise<FeeLedger>,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** Page size of the arrears list (the server pages it: a city's list can be long). */
export const ARREARS_PAGE_SIZE = 50;

export function useFeeArrears(orgUnitId: number | undefined, year: number, page: number, enabled: boolean) {
  return useQuery({
    queryKey: feeKeys.arrears(orgUnitId ?? 0, year, page),
    enabled: enabled && orgUnitId != null,
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/fees/arrears', {
          params: { query: { orgUnitId: orgUnitId ?? 0, year, page, size: ARREARS_PAGE_SIZE } },
          signal,
        }),
      ) as Promise<FeeArrears>,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useFeeReport(
  orgUnitId: number | undefined,
  year: number,
  month: number | undefined,
  enabled: boolean,
) {
  return useQuery({
    queryKey: feeKeys.report(orgUnitId ?? 0, year, month),
    enabled: enabled && orgUnitId != null,
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/fees/report', {
          params: { query: { orgUnitId: orgUnitId ?? 0, year, month } },
          signal,
        }),
      ) as Promise<FeeCollectionReport>,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** Records cash for one month for one or many members (one transaction); every fee view is read again. */
export function useRecordCash() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: FeeCashPayments) =>
      request(api.POST('/api/v1/fees/payments', { body: body as never })) as Promise<FeeMonth[]>,
    onSuccess: () => client.invalidateQueries({ queryKey: feeKeys.all }),
  });
}

/** Uploads a portal export (multipart `file`); the report says whether it was recorded. */
export function useImportPortalFile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, orgUnitId }: { file: File; orgUnitId: number }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return request(
        api.POST('/api/v1/fees/imports', {
          params: { query: { orgUnitId } },
          body: form as never,
          bodySerializer: (body: unknown) => body as FormData,
        }),
      ) as Promise<FeeImportReport>;
    },
    onSuccess: (report) => {
      if (report.applied) client.invalidateQueries({ queryKey: feeKeys.all });
    },
  });
}

/** Proposes the removal of members meeting the 3-unpaid-months rule. */
export function useProposeRemovals() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { orgUnitId: number; year: number; memberIds: string[] }) =>
      request(api.POST('/api/v1/fees/arrears/proposals', { body })) as Promise<RemovalProposal[]>,
    onSuccess: () => {
      client.invalidateQueries({ queryKey: feeKeys.all });
      client.invalidateQueries({ queryKey: ['deadlines'] });
    },
  });
}
