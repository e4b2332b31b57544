import { describe, expect, it } from 'vitest';
import { type Access, computeAccess } from './access';
import type { Role } from './api/types';
import { meWith } from './test/fixtures';

const flags = (...roles: Role[]): Access => computeAccess(meWith(roles));

describe('access flags', () => {
  it('gives nothing to an anonymous visitor', () => {
    expect(Object.values(computeAccess(undefined)).every((v) => v === false)).toBe(true);
  });

  it.each<[Role, Partial<Access>]>([
    [
      'MEMBER',
      {
        isMember: true,
        isStaff: false,
        canSeeOrg: false,
        canEditOrg: false,
        canSeeMembers: false,
        isAdmin: false,
      },
    ],
    [
      'CELL_SECRETARY',
      {
        isStaff: true,
        canSeeOrg: true,
        canEditOrg: false,
        canSeeMembers: true,
        canRecordSteps: true,
        isAdmin: false,
      },
    ],
    ['ORG_STAFF', { isStaff: true, canSeeOrg: true, canEditOrg: true, canSeeMembers: true, isAdmin: false }],
    [
      'CITY_ORGANISATION',
      { isStaff: true, canSeeOrg: true, canEditOrg: true, canSeeMembers: true, isAdmin: false },
    ],
    [
      'CITY_OFFICE',
      { isStaff: true, canSeeOrg: true, canEditOrg: false, canSeeMembers: false, isAdmin: false },
    ],
    [
      'INSPECTION',
      { isStaff: true, canSeeOrg: true, canEditOrg: false, canSeeMembers: true, isAdmin: false },
    ],
    [
      'LEADERSHIP',
      {
        isStaff: true,
        canSeeOrg: true,
        canEditOrg: false,
        canSeeMembers: true,
        canRecordSteps: false,
        canHandlePetitions: true,
        isAdmin: false,
      },
    ],
    [
      'PETITION_STAFF',
      {
        isStaff: true,
        canSeeOrg: true,
        canEditOrg: false,
        canSeeMembers: false,
        canHandlePetitions: true,
        isAdmin: false,
      },
    ],
    ['ADMIN', { isStaff: true, canSeeOrg: true, canEditOrg: false, canSeeMembers: false, isAdmin: true }],
  ])('%s', (role, expected) => {
    expect(flags(role)).toMatchObject({ everyone: true, ...expected });
  });

  it('opens the document library to staff but the administrator, and writing to its managers', () => {
    expect(flags('MEMBER')).toMatchObject({ canSeeDocuments: false, canWriteDocuments: false });
    expect(flags('CELL_SECRETARY')).toMatchObject({ canSeeDocuments: true, canWriteDocuments: true });
    expect(flags('CITY_OFFICE')).toMatchObject({ canSeeDocuments: true, canWriteDocuments: true });
    expect(flags('INSPECTION')).toMatchObject({ canSeeDocuments: true, canWriteDocuments: false });
    expect(flags('ADMIN')).toMatchObject({ canSeeDocuments: false, canWriteDocuments: false });
    expect(flags('INSPECTION')).toMatchObject({ canInspect: true });
    expect(flags('ORG_STAFF')).toMatchObject({ canInspect: false });
    expect(flags('CITY_ORGANISATION')).toMatchObject({ canInspect: false });
  });

  it('opens grassroots work to members and to the staff who follow a committee', () => {
    expect(flags('MEMBER').canSeeGrassroots).toBe(true);
    expect(flags('ORG_STAFF').canSeeGrassroots).toBe(true);
    expect(flags('LEADERSHIP').canSeeGrassroots).toBe(true);
    expect(flags('PETITION_STAFF').canSeeGrassroots).toBe(false);
    expect(flags('ADMIN').canSeeGrassroots).toBe(false);
    expect(flags('ORG_STAFF').canManageElections).toBe(true);
    expect(flags('CITY_ORGANISATION').canManageElections).toBe(true);
    expect(flags('CELL_SECRETARY').canManageElections).toBe(false);
    expect(flags('MEMBER').canManageElections).toBe(false);
  });

  it('combines the roles of a member who is also staff', () => {
    expect(flags('MEMBER', 'CELL_SECRETARY')).toMatchObject({
      isMember: true,
      isStaff: true,
      canSeeMembers: true,
    });
  });

  it('requires TOTP enrolment only while required and not yet enabled', () => {
    expect(
      computeAccess(meWith(['ORG_STAFF'], { totpRequired: true, totpEnabled: false })).totpEnrolmentRequired,
    ).toBe(true);
    expect(
      computeAccess(meWith(['ORG_STAFF'], { totpRequired: true, totpEnabled: true })).totpEnrolmentRequired,
    ).toBe(false);
    expect(
      computeAccess(meWith(['MEMBER'], { totpRequired: false, totpEnabled: false })).totpEnrolmentRequired,
    ).toBe(false);
  });
});
