import { describe, expect, it } from 'vitest';
import { allowedChildKinds, CHILD_KINDS } from './nesting';

describe('nesting table (mirror of the server policy)', () => {
  it('offers the kinds the regulations allow under each parent', () => {
    expect(allowedChildKinds('NATIONAL')).toEqual(['PROVINCIAL']);
    expect(allowedChildKinds('PROVINCIAL')).toEqual([
      'COMMUNE',
      'SECTORAL',
      'GRASSROOTS_COMMITTEE',
      'GRASSROOTS_CELL',
    ]);
    expect(allowedChildKinds('COMMUNE')).toEqual(['GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL']);
    expect(allowedChildKinds('SECTORAL')).toEqual(['GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL']);
    expect(allowedChildKinds('GRASSROOTS_COMMITTEE')).toEqual(['PARTIAL_COMMITTEE', 'CELL']);
    expect(allowedChildKinds('PARTIAL_COMMITTEE')).toEqual(['CELL']);
    expect(allowedChildKinds('GRASSROOTS_CELL')).toEqual(['PARTY_GROUP']);
    expect(allowedChildKinds('CELL')).toEqual(['PARTY_GROUP']);
    expect(allowedChildKinds('PARTY_GROUP')).toEqual([]);
  });

  it('covers every kind', () => {
    expect(Object.keys(CHILD_KINDS)).toHaveLength(9);
  });
});
