import type { Translation } from '../types';
import type vi from '../vi-VN/common';

const common: Translation<typeof vi> = {
  appName: 'Đảng Vụ',
  appTagline: 'Party work management system',
  language: {
    switch: 'Tiếng Việt',
    switchLabel: 'Switch the interface to Vietnamese',
  },
  actions: {
    search: 'Search',
    filter: 'Filter',
    reset: 'Clear filters',
    save: 'Save',
    cancel: 'Cancel',
    confirm: 'Confirm',
    back: 'Back',
    close: 'Close',
    reload: 'Reload',
    copy: 'Copy',
    download: 'Download',
    create: 'Create',
    logout: 'Log out',
    openMenu: 'Open menu',
    skipToContent: 'Skip to main content',
    backHome: 'Back to home',
  },
  states: {
    loading: 'Loading…',
    empty: 'No data',
    yes: 'Yes',
    no: 'No',
    none: '—',
    copied: 'Copied',
  },
  error: {
    title: 'Something went wrong',
    network: 'Cannot reach the server. Please check your network and try again.',
    http: 'The server answered with error {status}.',
    traceId: 'Reference: {traceId}',
    retry: 'Try again',
    forbiddenTitle: 'Access denied',
    forbidden: 'Your account may not view this page.',
    notFoundTitle: 'Page not found',
    notFound: 'The page you asked for does not exist or has moved.',
  },
  pagination: {
    total: '{total} records in total',
  },
  role: {
    MEMBER: 'Party member',
    CELL_SECRETARY: 'Cell secretary',
    ORG_STAFF: 'Organisation staff',
    CITY_ORGANISATION: 'City Organisation Commission',
    CITY_OFFICE: 'City Party Office',
    INSPECTION: 'Inspection Commission',
    LEADERSHIP: 'Standing Committee',
    PETITION_STAFF: 'Citizen reception',
    ADMIN: 'System administrator',
  },
  roleScope: '{role} — {org}',
  sex: {
    M: 'Male',
    F: 'Female',
  },
};

export default common;
