import type { OrgUnitKind } from '../../../api/types';

/**
 * Which kind may sit directly under which: a copy of the server's nesting policy (QĐ 294-QĐ/TW 2025; Điều lệ
 * Đảng Art 21, 24), used only to offer sensible choices. The server decides, and its 422 answer is shown.
 */
export const CHILD_KINDS: Readonly<Record<OrgUnitKind, readonly OrgUnitKind[]>> = {
  NATIONAL: ['PROVINCIAL'],
  PROVINCIAL: ['COMMUNE', 'SECTORAL', 'GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL'],
  COMMUNE: ['GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL'],
  SECTORAL: ['GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL'],
  GRASSROOTS_COMMITTEE: ['PARTIAL_COMMITTEE', 'CELL'],
  GRASSROOTS_CELL: ['PARTY_GROUP'],
  PARTIAL_COMMITTEE: ['CELL'],
  CELL: ['PARTY_GROUP'],
  PARTY_GROUP: [],
};

export function allowedChildKinds(parent: OrgUnitKind): readonly OrgUnitKind[] {
  return CHILD_KINDS[parent] ?? [];
}
