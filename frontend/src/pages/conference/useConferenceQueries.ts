import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../api/http';
import type {
  AgendaBody,
  ConferenceBody,
  ConferenceProgramme,
  ConferenceSummary,
  ConferenceView,
  Disposition,
  DraftBody,
  Opinion,
  OpinionBody,
  OpinionDigest,
  ParticipantBody,
  ParticipantUpdateBody,
  PlanBody,
  ProgrammeItemBody,
  ResponseBody,
  VersionBody,
  Vote,
  VoteBody,
} from './conferenceTypes';

export const conferenceKeys = {
  all: ['conferences'] as const,
  list: (orgUnitId: number | undefined, body: ConferenceBody | undefined) =>
    [...conferenceKeys.all, 'list', orgUnitId, body] as const,
  detail: (id: string) => [...conferenceKeys.all, 'detail', id] as const,
  opinions: (id: string) => [...conferenceKeys.all, 'opinions', id] as const,
  summary: (id: string) => [...conferenceKeys.all, 'summary', id] as const,
  programme: (orgUnitId: number | undefined, body: ConferenceBody) =>
    [...conferenceKeys.all, 'programme', orgUnitId, body] as const,
};

export function useConferences(orgUnitId: number | undefined, body: ConferenceBody | undefined) {
  return useQuery({
    queryKey: conferenceKeys.list(orgUnitId, body),
    queryFn: ({ signal }) =>
      request(api.GET('/api/v1/conferences', { params: { query: { orgUnitId, body } }, signal })) as Promise<
        ConferenceSummary[]
      >,
    placeholderData: keepPreviousData,
  });
}

export function useConference(id: string) {
  return useQuery({
    queryKey: conferenceKeys.detail(id),
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/conferences/{id}', { params: { path: { id } }, signal }),
      ) as Promise<ConferenceView>,
  });
}

export interface OpinionFilter {
  draftId?: string;
  groupId?: string;
  disposition?: Disposition;
  pending?: boolean;
}

export function useOpinions(id: string, filter: OpinionFilter) {
  return useQuery({
    queryKey: [...conferenceKeys.opinions(id), filter],
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/conferences/{id}/opinions', {
          params: { path: { id }, query: filter },
          signal,
        }),
      ) as Promise<Opinion[]>,
    placeholderData: keepPreviousData,
  });
}

export function useOpinionSummary(id: string) {
  return useQuery({
    queryKey: conferenceKeys.summary(id),
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/conferences/{id}/opinions/summary', { params: { path: { id } }, signal }),
      ) as Promise<OpinionDigest>,
  });
}

export function usePlanConference() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanBody) =>
      request(api.POST('/api/v1/conferences', { body })) as Promise<ConferenceView>,
    onSuccess: () => client.invalidateQueries({ queryKey: conferenceKeys.all }),
  });
}

/** Writes that answer the whole conference replace the cached page; opinions and counts are read again. */
function useConferenceWrite<T>(id: string, write: (body: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (result) => {
      if (result && typeof result === 'object' && 'participants' in result) {
        client.setQueryData(conferenceKeys.detail(id), result);
      } else {
        client.invalidateQueries({ queryKey: conferenceKeys.detail(id) });
      }
      client.invalidateQueries({ queryKey: conferenceKeys.opinions(id) });
      client.invalidateQueries({ queryKey: conferenceKeys.summary(id) });
      client.invalidateQueries({ queryKey: [...conferenceKeys.all, 'list'] });
      client.invalidateQueries({ queryKey: [...conferenceKeys.all, 'programme'] });
    },
  });
}

export function useReplaceAgenda(id: string) {
  return useConferenceWrite(id, (body: AgendaBody) =>
    request(api.PUT('/api/v1/conferences/{id}/agenda', { params: { path: { id } }, body })),
  );
}

export function useAddGroup(id: string) {
  return useConferenceWrite(id, (name: string) =>
    request(api.POST('/api/v1/conferences/{id}/groups', { params: { path: { id } }, body: { name } })),
  );
}

export function useAddParticipant(id: string) {
  return useConferenceWrite(id, (body: ParticipantBody) =>
    request(api.POST('/api/v1/conferences/{id}/participants', { params: { path: { id } }, body })),
  );
}

export function useUpdateParticipant(id: string) {
  return useConferenceWrite(
    id,
    ({ participantId, body }: { participantId: string; body: ParticipantUpdateBody }) =>
      request(
        api.PUT('/api/v1/conferences/{id}/participants/{participantId}', {
          params: { path: { id, participantId } },
          body,
        }),
      ),
  );
}

export function useAddDraft(id: string) {
  return useConferenceWrite(id, (body: DraftBody) =>
    request(api.POST('/api/v1/conferences/{id}/drafts', { params: { path: { id } }, body })),
  );
}

export function useAddVersion(id: string) {
  return useConferenceWrite(id, ({ draftId, body }: { draftId: string; body: VersionBody }) =>
    request(
      api.POST('/api/v1/conferences/{id}/drafts/{draftId}/versions', {
        params: { path: { id, draftId } },
        body,
      }),
    ),
  );
}

export function useSubmitOpinion(id: string) {
  return useConferenceWrite(id, (body: OpinionBody) =>
    request(api.POST('/api/v1/conferences/{id}/opinions', { params: { path: { id } }, body })),
  );
}

export function useRespond(id: string) {
  return useConferenceWrite(id, ({ opinionId, body }: { opinionId: string; body: ResponseBody }) =>
    request(
      api.POST('/api/v1/conferences/{id}/opinions/{opinionId}/response', {
        params: { path: { id, opinionId } },
        body,
      }),
    ),
  );
}

export function useRecordVote(id: string) {
  return useConferenceWrite(
    id,
    (body: VoteBody) =>
      request(
        api.POST('/api/v1/conferences/{id}/votes', { params: { path: { id } }, body }),
      ) as Promise<Vote>,
  );
}

export function useConferenceProgramme(orgUnitId: number | undefined, body: ConferenceBody) {
  return useQuery({
    queryKey: conferenceKeys.programme(orgUnitId, body),
    enabled: orgUnitId !== undefined,
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/conference-programmes', {
          params: { query: { orgUnitId: orgUnitId ?? 0, body } },
          signal,
        }),
      ) as Promise<ConferenceProgramme>,
  });
}

export function useSetPlanned() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      orgUnitId: number;
      body: ConferenceBody;
      plannedRegular: number;
      version?: number;
    }) => request(api.PUT('/api/v1/conference-programmes', { body })) as Promise<ConferenceProgramme>,
    onSuccess: (result) =>
      client.setQueryData(conferenceKeys.programme(result.orgUnitId, result.body), result),
  });
}

export function useAddProgrammeItem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ProgrammeItemBody }) =>
      request(
        api.POST('/api/v1/conference-programmes/{id}/items', { params: { path: { id } }, body }),
      ) as Promise<ConferenceProgramme>,
    onSuccess: (result) =>
      client.setQueryData(conferenceKeys.programme(result.orgUnitId, result.body), result),
  });
}
