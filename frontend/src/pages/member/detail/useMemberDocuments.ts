import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../../api/http';
import type { ResponseOf } from '../../../api/types';

type RawDocument = ResponseOf<'/api/v1/members/{id}/documents', 'get'>[number];
/** A document of the member's file; `withdrawn*` and `eventId` are null while it stands / when unlinked. */
export type MemberDocument = Omit<
  RawDocument,
  'withdrawnAt' | 'withdrawnBy' | 'withdrawnReason' | 'eventId'
> & {
  withdrawnAt: string | null;
  withdrawnBy: string | null;
  withdrawnReason: string | null;
  eventId: number | null;
};
export type MemberDocumentKind = RawDocument['kind'];

export const MEMBER_DOCUMENT_KINDS: readonly MemberDocumentKind[] = [
  'MEMBER_HISTORY',
  'MEMBER_FORM',
  'ANNUAL_SUPPLEMENT',
  'COURSE_CERTIFICATE',
  'APPLICATION',
  'APPLICANT_HISTORY',
  'INTRODUCTION',
  'CELL_RESOLUTION',
  'ADMISSION_DECISION',
  'PROBATION_SELF_REVIEW',
  'RECOGNITION_DECISION',
  'TRANSFER_LETTER',
  'OTHER',
];

const documentKeys = {
  list: (id: string) => ['members', 'documents', id] as const,
};

/** The file's documents; every read of another member's file is audited, so it is read only when the tab opens. */
export function useMemberDocuments(id: string, enabled: boolean) {
  return useQuery({
    queryKey: documentKeys.list(id),
    queryFn: () => request(api.GET('/api/v1/members/{id}/documents', { params: { path: { id } } })),
    enabled,
    staleTime: 5 * 60_000,
    select: (rows) => rows as unknown as MemberDocument[],
  });
}

/** Files a document: multipart part `file`, kind and title as parameters; the server checks the type by content. */
export function useAddMemberDocument(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, kind, title }: { file: File; kind: MemberDocumentKind; title: string }) => {
      const form = new FormData();
      form.append('file', file);
      return request(
        api.POST('/api/v1/members/{id}/documents', {
          params: { path: { id }, query: { kind, title } },
          body: form as never,
          bodySerializer: (body: unknown) => body as FormData,
        }),
      );
    },
    onSuccess: () => client.invalidateQueries({ queryKey: documentKeys.list(id) }),
  });
}

export function useWithdrawMemberDocument(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ documentId, reason }: { documentId: string; reason: string }) =>
      request(
        api.POST('/api/v1/members/{id}/documents/{documentId}/withdrawal', {
          params: { path: { id, documentId } },
          body: { reason },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: documentKeys.list(id) }),
  });
}

/** Where the browser opens a document (same-origin, the session cookie authenticates it). */
export function documentUrl(memberId: string, documentId: string): string {
  return `/api/v1/members/${memberId}/documents/${documentId}`;
}
