import type { BodyOf, ResponseOf } from '../../api/types';

/** `T` with the properties `K` possibly `null` (the server's @Nullable record components). */
type NullableProps<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };

type RawPage = ResponseOf<'/api/v1/petitions', 'get'>;
export type PetitionSummary = NullableProps<RawPage['content'][number], 'kind' | 'due' | 'duplicateOf'>;
export type PetitionPage = Omit<RawPage, 'content'> & { content: PetitionSummary[] };
type RawView = ResponseOf<'/api/v1/petitions/{id}', 'get'>;
export type PetitionStep = NullableProps<RawView['steps'][number], 'detail' | 'onDay'>;
export type PetitionAttachment = RawView['attachments'][number];
export type PetitionView = Omit<
  NullableProps<
    RawView,
    | 'petitionerPhone'
    | 'petitionerIdNo'
    | 'kind'
    | 'competence'
    | 'duplicateOf'
    | 'acceptedOn'
    | 'settleDue'
    | 'due'
    | 'rule'
    | 'guidance'
    | 'replyText'
    | 'repliedOn'
  >,
  'steps'
> & { steps: PetitionStep[] };
export type PetitionState = PetitionSummary['state'];
export type PetitionKind = NonNullable<PetitionSummary['kind']>;
export type PetitionChannel = PetitionSummary['channel'];
export type DeadlineStatus = PetitionSummary['deadline'];
export type PetitionCompetence = NonNullable<PetitionView['competence']>;
export type ReceivePetitionBody = BodyOf<'/api/v1/petitions', 'post'>;
export type ClassifyBody = BodyOf<'/api/v1/petitions/{id}/classification', 'post'>;
export type PetitionAgeing = ResponseOf<'/api/v1/petitions/ageing', 'get'>;
export type AgeingRow = PetitionAgeing['total'];
export type ReceptionDay = NullableProps<
  ResponseOf<'/api/v1/petitions/reception-days', 'get'>[number],
  'headTitle' | 'headMemberId' | 'notes'
>;
export type ReceptionDayBody = BodyOf<'/api/v1/petitions/reception-days', 'post'>;
