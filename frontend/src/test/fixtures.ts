import type { MeView, OrgUnit, Role } from '../api/types';

export function meWith(roles: Role[], overrides: Partial<MeView['account']> = {}): MeView {
  const isMember = roles.includes('MEMBER');
  return {
    account: {
      id: '00000000-0000-0000-0000-000000000001',
      username: 'tester',
      displayName: 'Nguyễn Văn An',
      member: isMember,
      totpEnabled: true,
      totpRequired: roles.some((r) => r !== 'MEMBER'),
      ...overrides,
    },
    roles: roles.map((role, i) => ({ role, orgUnitId: i + 1, orgUnitName: `Đảng bộ ${i + 1}` })),
    member: isMember
      ? {
          id: '00000000-0000-0000-0000-0000000000aa',
          fullName: 'Nguyễn Văn An',
          sex: 'M',
          birthDate: '1980-05-17',
          status: 'OFFICIAL',
          admittedOn: '2005-03-26',
          officialOn: '2006-03-26',
          cardNumber: '01234567',
          citizenIdMasked: '********1234',
          phone: '0912345678',
          cellId: 42,
          cellName: 'Chi bộ Khu phố 1',
        }
      : null,
  };
}

export function unit(id: number, parentId: number | null, overrides: Partial<OrgUnit> = {}): OrgUnit {
  return {
    id,
    parentId,
    kind: 'CELL',
    code: `U${id}`,
    name: `Đơn vị ${id}`,
    path: `/${id}/`,
    depth: 0,
    childCount: 0,
    version: 0,
    state: 'ACTIVE',
    endedOn: null,
    ...overrides,
  };
}
