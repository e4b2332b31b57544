import type { MeView, Role } from './api/types';

/**
 * What the signed-in user may see, derived from `GET /api/v1/me`. Only for showing and hiding: the server applies
 * the same rules (and the org scope) to every call.
 */
export interface Access {
  /** Anyone signed in. */
  everyone: boolean;
  /** Has a member record (the member card, the handbook). */
  isMember: boolean;
  /** Holds any role but the plain member role. */
  isStaff: boolean;
  /** May browse the organisation tree: every staff role. */
  canSeeOrg: boolean;
  /** May create and move organisation units. */
  canEditOrg: boolean;
  /** May list and open member records. */
  canSeeMembers: boolean;
  /** May import members from Excel/CSV: organisation staff (their subtree) and the city organisation department. */
  canImportMembers: boolean;
  /** May register candidates and arriving members, record lifecycle steps and confirm incoming transfers. */
  canRecordSteps: boolean;
  /** May read and answer members' questions and opinions from the cells of their scope. */
  canAnswerFeedback: boolean;
  /** May open the document library: every staff role but the administrator. */
  canSeeDocuments: boolean;
  /** May draft, publish and attach documents of the units in their scope. */
  canWriteDocuments: boolean;
  /** May open work programmes (issued in or above their subtree): the server's ProgrammeManagement.READERS. */
  canSeeProgrammes: boolean;
  /** May receive and handle citizens' petitions of their scope: petition staff and the leadership. */
  canHandlePetitions: boolean;
  /** May open grassroots work: committee members (their own visits) and the staff who follow a committee. */
  canSeeGrassroots: boolean;
  /** May open conferences: the staff and leadership of a subtree, and members (those they take part in). */
  canSeeConferences: boolean;
  /** May open a body's term work programme: the server's ConferenceAccess.STAFF_READERS. */
  canSeeConferenceProgrammes: boolean;
  /** May prepare and run the elections of their subtree (the server's ElectionManagement.MANAGERS). */
  canManageElections: boolean;
  /** May open congresses and their season progress (the server's Congresses.READERS). */
  canSeeCongresses: boolean;
  /** May plan and record congresses of their scope (the server's Congresses.WRITERS). */
  canWriteCongresses: boolean;
  /** May open the confidential inspection cases and discipline decisions of their commission. */
  canInspect: boolean;
  /** May keep or read inspection and supervision plans: the commission's, or the committee's or cell's own. */
  canPlanInspections: boolean;
  /** System administrator: audit log, accounts. */
  isAdmin: boolean;
  /** A staff account that must enrol a TOTP device before using anything else. */
  totpEnrolmentRequired: boolean;
}

export type AccessFlag = keyof Access;

export const ORG_EDITOR_ROLES: readonly Role[] = ['ORG_STAFF', 'CITY_ORGANISATION'];
/** Who may import members (the administrator has no member records). */
export const MEMBER_IMPORTER_ROLES: readonly Role[] = ['ORG_STAFF', 'CITY_ORGANISATION'];
export const STEP_RECORDER_ROLES: readonly Role[] = ['CELL_SECRETARY', 'ORG_STAFF', 'CITY_ORGANISATION'];
/** Who manages documents of the units in their scope (the server's DocumentQueries.MANAGERS). */
export const DOCUMENT_WRITER_ROLES: readonly Role[] = [
  'CITY_OFFICE',
  'CITY_ORGANISATION',
  'ORG_STAFF',
  'CELL_SECRETARY',
  'LEADERSHIP',
];
export const MEMBER_READER_ROLES: readonly Role[] = [
  'CELL_SECRETARY',
  'ORG_STAFF',
  'CITY_ORGANISATION',
  'LEADERSHIP',
  'INSPECTION',
];

export const FEEDBACK_ANSWERER_ROLES: readonly Role[] = [
  'CELL_SECRETARY',
  'ORG_STAFF',
  'CITY_ORGANISATION',
  'CITY_OFFICE',
  'LEADERSHIP',
];

/** Who keeps inspection and supervision plans (the server's PlanController). */
export const INSPECTION_PLANNER_ROLES: readonly Role[] = ['INSPECTION', 'ORG_STAFF', 'CELL_SECRETARY'];
/** Who reads work programmes (the server's ProgrammeManagement.READERS). */
export const PROGRAMME_READER_ROLES: readonly Role[] = [
  'CELL_SECRETARY',
  'ORG_STAFF',
  'CITY_ORGANISATION',
  'CITY_OFFICE',
  'INSPECTION',
  'LEADERSHIP',
];

/** Who follows the grassroots work of a committee's members (the server's GrassrootsManagement.STAFF). */
export const GRASSROOTS_STAFF_ROLES: readonly Role[] = [
  'ORG_STAFF',
  'CITY_ORGANISATION',
  'CITY_OFFICE',
  'LEADERSHIP',
];

/** Who manages conferences of their subtree (the server's ConferenceAccess.MANAGERS). */
export const CONFERENCE_MANAGER_ROLES: readonly Role[] = [
  'CITY_OFFICE',
  'CITY_ORGANISATION',
  'ORG_STAFF',
  'CELL_SECRETARY',
];
/** Who reads term work programmes (the server's ConferenceAccess.STAFF_READERS). */
export const CONFERENCE_STAFF_READER_ROLES: readonly Role[] = [...CONFERENCE_MANAGER_ROLES, 'LEADERSHIP'];
/** Who manages the elections of their subtree (the server's ElectionManagement.MANAGERS). */
export const ELECTION_MANAGER_ROLES: readonly Role[] = ['ORG_STAFF', 'CITY_ORGANISATION'];
/** Who plans and records congresses (the server's Congresses.WRITERS). */
export const CONGRESS_WRITER_ROLES: readonly Role[] = [
  'ORG_STAFF',
  'CITY_ORGANISATION',
  'CITY_OFFICE',
  'CELL_SECRETARY',
];

/** Who reads congresses (the server's Congresses.READERS). */
export const CONGRESS_READER_ROLES: readonly Role[] = [...CONGRESS_WRITER_ROLES, 'LEADERSHIP'];

/** Who reads and handles petitions (the server's PetitionManagement.HANDLERS). */
export const PETITION_HANDLER_ROLES: readonly Role[] = ['PETITION_STAFF', 'LEADERSHIP'];

const NONE: Access = {
  everyone: false,
  isMember: false,
  isStaff: false,
  canSeeOrg: false,
  canEditOrg: false,
  canSeeMembers: false,
  canImportMembers: false,
  canRecordSteps: false,
  canAnswerFeedback: false,
  canSeeDocuments: false,
  canWriteDocuments: false,
  canSeeProgrammes: false,
  canHandlePetitions: false,
  canSeeGrassroots: false,
  canSeeConferences: false,
  canSeeConferenceProgrammes: false,
  canManageElections: false,
  canSeeCongresses: false,
  canWriteCongresses: false,
  canInspect: false,
  canPlanInspections: false,
  isAdmin: false,
  totpEnrolmentRequired: false,
};

export function computeAccess(me: MeView | null | undefined): Access {
  if (!me) return NONE;
  const roles = new Set(me.roles.map((grant) => grant.role));
  const any = (wanted: readonly Role[]) => wanted.some((role) => roles.has(role));
  const isStaff = [...roles].some((role) => role !== 'MEMBER');
  return {
    everyone: true,
    isMember: me.account.member || me.member != null,
    isStaff,
    canSeeOrg: isStaff,
    canEditOrg: any(ORG_EDITOR_ROLES),
    canSeeMembers: any(MEMBER_READER_ROLES),
    canImportMembers: any(MEMBER_IMPORTER_ROLES),
    canRecordSteps: any(STEP_RECORDER_ROLES),
    canAnswerFeedback: any(FEEDBACK_ANSWERER_ROLES),
    canSeeDocuments: [...roles].some((role) => role !== 'MEMBER' && role !== 'ADMIN'),
    canWriteDocuments: any(DOCUMENT_WRITER_ROLES),
    canSeeProgrammes: any(PROGRAMME_READER_ROLES),
    canHandlePetitions: any(PETITION_HANDLER_ROLES),
    canSeeGrassroots: me.account.member || me.member != null || any(GRASSROOTS_STAFF_ROLES),
    canSeeConferences: me.account.member || me.member != null || any(CONFERENCE_STAFF_READER_ROLES),
    canSeeConferenceProgrammes: any(CONFERENCE_STAFF_READER_ROLES),
    canManageElections: any(ELECTION_MANAGER_ROLES),
    canSeeCongresses: any(CONGRESS_READER_ROLES),
    canWriteCongresses: any(CONGRESS_WRITER_ROLES),
    canInspect: roles.has('INSPECTION'),
    canPlanInspections: any(INSPECTION_PLANNER_ROLES),
    isAdmin: roles.has('ADMIN'),
    totpEnrolmentRequired: me.account.totpRequired && !me.account.totpEnabled,
  };
}
