import type { BodyOf, ResponseOf } from '../../api/types';

export type Election = ResponseOf<'/api/v1/elections/{id}', 'get'>;
export type ElectionSummary = ResponseOf<'/api/v1/elections', 'get'>[number];
export type Voter = Election['voters'][number];
export type Candidate = Election['candidates'][number];
export type Round = Election['rounds'][number];
export type RoundResult = Round['results'][number];
export type Check = Election['checks'][number];
export type CreateElectionBody = BodyOf<'/api/v1/elections', 'post'>;
export type VoterInput = BodyOf<'/api/v1/elections/{id}/voters', 'put'>['voters'][number];
export type CandidateInput = BodyOf<'/api/v1/elections/{id}/candidates', 'put'>['candidates'][number];
export type StepBody = BodyOf<'/api/v1/elections/{id}/steps', 'post'>;
export type BallotForm = Election['form'];
export type ElectionState = Election['state'];
