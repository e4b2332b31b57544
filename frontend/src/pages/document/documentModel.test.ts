import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES, isIssuerCode, readPercent, scopeRowComplete } from './documentModel';

describe('document model', () => {
  it('counts read and acknowledged members as having read', () => {
    expect(readPercent({ total: 8, unread: 2 })).toBe(75);
    expect(readPercent({ total: 0, unread: 0 })).toBe(0);
    expect(readPercent({ total: 3, unread: 3 })).toBe(0);
  });

  it('asks a unit of subtree and unit rows and a role of role rows', () => {
    expect(scopeRowComplete({ kind: 'CITY' })).toBe(true);
    expect(scopeRowComplete({ kind: 'SUBTREE' })).toBe(false);
    expect(scopeRowComplete({ kind: 'UNIT', orgUnitId: 4 })).toBe(true);
    expect(scopeRowComplete({ kind: 'ROLE', role: 'CELL_SECRETARY' })).toBe(true);
    expect(scopeRowComplete({})).toBe(false);
  });

  it('accepts upper-case issuer symbols with Đ', () => {
    expect(isIssuerCode('TU')).toBe(true);
    expect(isIssuerCode('ĐU')).toBe(true);
    expect(isIssuerCode('Tu')).toBe(false);
    expect(isIssuerCode('T U')).toBe(false);
  });

  it('lists the seventeen types of the type table', () => {
    expect(DOCUMENT_TYPES).toHaveLength(17);
    expect(new Set(DOCUMENT_TYPES).size).toBe(17);
  });
});
