import type { BodyOf, ResponseOf } from '../../api/types';

/** `T` with the properties `K` possibly `null` (the server's @Nullable record components). */
type NullableProps<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };

export type ConferenceSummary = NullableProps<ResponseOf<'/api/v1/conferences', 'get'>[number], 'number'>;
type RawView = ResponseOf<'/api/v1/conferences/{id}', 'get'>;
export type AgendaItem = NullableProps<RawView['agenda'][number], 'presenter'>;
export type Group = NullableProps<RawView['groups'][number], 'leaderName'>;
export type Participant = NullableProps<
  RawView['participants'][number],
  'memberId' | 'positionTitle' | 'exclusion' | 'attendance' | 'groupId'
>;
type RawDraft = RawView['drafts'][number];
export type DraftVersion = NullableProps<RawDraft['versions'][number], 'text' | 'note'>;
export type Draft = Omit<NullableProps<RawDraft, 'responsible' | 'documentId'>, 'versions'> & {
  versions: DraftVersion[];
};
export type Vote = NullableProps<
  RawView['votes'][number],
  'documentId' | 'documentNumber' | 'programmeItemId'
>;
export type ConferenceView = Omit<
  NullableProps<
    RawView,
    'congressNumber' | 'number' | 'topic' | 'place' | 'programmeItemId' | 'participantId'
  >,
  'agenda' | 'groups' | 'participants' | 'drafts' | 'votes'
> & {
  agenda: AgendaItem[];
  groups: Group[];
  participants: Participant[];
  drafts: Draft[];
  votes: Vote[];
};
export type Opinion = NullableProps<
  ResponseOf<'/api/v1/conferences/{id}/opinions', 'get'>[number],
  | 'section'
  | 'participantId'
  | 'speakerUnitId'
  | 'groupId'
  | 'groupName'
  | 'disposition'
  | 'response'
  | 'respondedBy'
  | 'respondedAt'
  | 'takenInVersion'
>;
export type OpinionDigest = ResponseOf<'/api/v1/conferences/{id}/opinions/summary', 'get'>;
export type PlanBody = BodyOf<'/api/v1/conferences', 'post'>;
export type ParticipantBody = BodyOf<'/api/v1/conferences/{id}/participants', 'post'>;
export type ParticipantUpdateBody = BodyOf<'/api/v1/conferences/{id}/participants/{participantId}', 'put'>;
export type DraftBody = BodyOf<'/api/v1/conferences/{id}/drafts', 'post'>;
export type VersionBody = BodyOf<'/api/v1/conferences/{id}/drafts/{draftId}/versions', 'post'>;
export type OpinionBody = BodyOf<'/api/v1/conferences/{id}/opinions', 'post'>;
export type ResponseBody = BodyOf<'/api/v1/conferences/{id}/opinions/{opinionId}/response', 'post'>;
export type VoteBody = BodyOf<'/api/v1/conferences/{id}/votes', 'post'>;
export type AgendaBody = BodyOf<'/api/v1/conferences/{id}/agenda', 'put'>;
type RawProgramme = ResponseOf<'/api/v1/conference-programmes', 'get'>;
export type ProgrammeItem = NullableProps<RawProgramme['items'][number], 'doneBy' | 'doneOn'>;
export type ConferenceProgramme = Omit<NullableProps<RawProgramme, 'id'>, 'items'> & {
  items: ProgrammeItem[];
};
export type ProgrammeItemBody = BodyOf<'/api/v1/conference-programmes/{id}/items', 'post'>;
export type ConferenceBody = ConferenceSummary['body'];
export type ConferenceKind = ConferenceSummary['kind'];
export type Disposition = NonNullable<Opinion['disposition']>;
