import type { Translation } from '../types';
import type vi from '../vi-VN/admin';

const admin: Translation<typeof vi> = {
  audit: {
    title: 'Access log',
    period: 'Period',
    username: 'User name',
    action: 'Action',
    entityType: 'Entity type',
    entityId: 'Entity id',
    seq: 'No.',
    occurredAt: 'Time',
    address: 'IP address',
    requestId: 'Request id',
    entity: 'Entity',
    digest: 'Content digest',
    hash: 'Hash',
    verify: 'Verify chain',
    verifyValid: 'The log chain is intact: {checked} entries checked, none changed or deleted.',
    verifyBroken:
      'The log chain is broken at entry {seq} ({checked} entries checked). Investigate immediately.',
    showBroken: 'Show this entry',
  },
  accounts: {
    title: 'Accounts',
    search: 'Search by user name or name',
    searchLabel: 'Find an account',
    username: 'User name',
    displayName: 'Name',
    roles: 'Roles',
    state: 'State',
    enabled: 'Active',
    disabled: 'Disabled',
    locked: 'Locked',
    totp: 'Two-step verification',
  },
};

export default admin;
