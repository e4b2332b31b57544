import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../api/http';
import type {
  CandidateInput,
  CreateElectionBody,
  Election,
  ElectionSummary,
  StepBody,
  VoterInput,
} from './electionTypes';

export const electionKeys = {
  all: ['elections'] as const,
  list: () => [...electionKeys.all, 'list'] as const,
  one: (id: string) => [...electionKeys.all, 'one', id] as const,
};

export function useElections() {
  return useQuery({
    queryKey: electionKeys.list(),
    queryFn: ({ signal }) => request(api.GET('/api/v1/elections', { signal })) as Promise<ElectionSummary[]>,
  });
}

/** One election; the results screen and the entry screen poll it while the count goes on. */
export function useElection(id: string, refetchInterval?: number) {
  return useQuery({
    queryKey: electionKeys.one(id),
    refetchInterval,
    queryFn: ({ signal }) =>
      request(api.GET('/api/v1/elections/{id}', { params: { path: { id } }, signal })) as Promise<Election>,
  });
}

function useElectionWrite<V>(id: string, write: (vars: V) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: V) => write(vars) as Promise<Election>,
    onSuccess: (election) => {
      client.setQueryData(electionKeys.one(id), election);
      client.invalidateQueries({ queryKey: electionKeys.list() });
    },
  });
}

export function useCreateElection() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateElectionBody) =>
      request(api.POST('/api/v1/elections', { body })) as Promise<Election>,
    onSuccess: () => client.invalidateQueries({ queryKey: electionKeys.list() }),
  });
}

export function useSaveVoters(id: string) {
  return useElectionWrite(id, (vars: { version: number; voters: VoterInput[] }) =>
    request(api.PUT('/api/v1/elections/{id}/voters', { params: { path: { id } }, body: vars })),
  );
}

export function useImportVoters(id: string) {
  return useElectionWrite(id, (version: number) =>
    request(
      api.POST('/api/v1/elections/{id}/voters/import', { params: { path: { id } }, body: { version } }),
    ),
  );
}

/** The delegates' congresses of an organisation, to take a delegates' congress roll from. */
export function useDelegatesCongresses(orgUnitId: number, enabled: boolean) {
  return useQuery({
    queryKey: ['congresses', 'of-unit', orgUnitId],
    enabled,
    queryFn: async ({ signal }) => {
      const all = await request(api.GET('/api/v1/congresses', { params: { query: { orgUnitId } }, signal }));
      return all.filter((c) => c.kind === 'DELEGATES' && c.orgUnitId === orgUnitId);
    },
  });
}

export function useVotersFromCongress(id: string) {
  return useElectionWrite(id, (vars: { version: number; congressId: string }) =>
    request(
      api.POST('/api/v1/elections/{id}/voters/from-congress', { params: { path: { id } }, body: vars }),
    ),
  );
}

export function useSaveCandidates(id: string) {
  return useElectionWrite(id, (vars: { version: number; candidates: CandidateInput[] }) =>
    request(api.PUT('/api/v1/elections/{id}/candidates', { params: { path: { id } }, body: vars })),
  );
}

export function useStep(id: string) {
  return useElectionWrite(id, (body: StepBody) =>
    request(api.POST('/api/v1/elections/{id}/steps', { params: { path: { id } }, body })),
  );
}

export function useEnterBallot(id: string) {
  return useElectionWrite(id, (body: { ballotNumber: number; marks: string; spoiled: boolean }) =>
    request(api.POST('/api/v1/elections/{id}/ballot-entries', { params: { path: { id } }, body })),
  );
}

export function useDiscardBallot(id: string) {
  return useElectionWrite(id, (ballotNumber: number) =>
    request(
      api.DELETE('/api/v1/elections/{id}/ballot-entries/{ballotNumber}', {
        params: { path: { id, ballotNumber } },
      }),
    ),
  );
}

export function useVoterBallot(id: string) {
  return useQuery({
    queryKey: [...electionKeys.one(id), 'e-ballot'],
    queryFn: ({ signal }) =>
      request(api.GET('/api/v1/elections/{id}/e-ballot', { params: { path: { id } }, signal })),
  });
}

export function useCastBallot(id: string) {
  return useMutation({
    mutationFn: (body: { token: string; marks: string }) =>
      request(api.POST('/api/v1/elections/{id}/e-ballot', { params: { path: { id } }, body })),
  });
}

export function useCheckReceipt(id: string) {
  return useMutation({
    mutationFn: (receipt: string) =>
      request(api.GET('/api/v1/elections/{id}/receipts/{receipt}', { params: { path: { id, receipt } } })),
  });
}

export function useIssueCodes(id: string) {
  return useMutation({
    mutationFn: () => request(api.POST('/api/v1/elections/{id}/voting-codes', { params: { path: { id } } })),
  });
}
