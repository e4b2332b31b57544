import type { DocumentReaders, DocumentScope, DocumentType } from '../../api/types';

/** Every document type, in the order of the type table (REGULATIONS §11.2). */
export const DOCUMENT_TYPES: readonly DocumentType[] = [
  'NQ',
  'CT',
  'KL',
  'QD',
  'QDI',
  'QC',
  'HD',
  'KH',
  'CTR',
  'CTHD',
  'TB',
  'BC',
  'TTR',
  'DA',
  'CV',
  'BB',
  'TT',
];

/** Share of the reached members who opened the document (read or acknowledged), 0–100. */
export function readPercent(readers: Pick<DocumentReaders, 'total' | 'unread'>): number {
  if (readers.total === 0) return 0;
  return Math.round(((readers.total - readers.unread) / readers.total) * 100);
}

/** Whether a scope row is complete enough to send (a unit for SUBTREE/UNIT, a role for ROLE). */
export function scopeRowComplete(row: Partial<DocumentScope>): boolean {
  switch (row.kind) {
    case 'CITY':
      return true;
    case 'SUBTREE':
    case 'UNIT':
      return row.orgUnitId != null;
    case 'ROLE':
      return row.role != null;
    default:
      return false;
  }
}

/** An issuer symbol as staff type it: upper-case letters, Đ included. */
export function isIssuerCode(text: string): boolean {
  return /^[A-ZĐ]{1,20}$/.test(text.trim());
}

export const LEVEL_COLOR = { PUBLIC: 'green', INTERNAL: 'blue', CONFIDENTIAL: 'red' } as const;
export const STATUS_COLOR = { DRAFT: 'default', PUBLISHED: 'green' } as const;
