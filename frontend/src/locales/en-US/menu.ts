import type { Translation } from '../types';
import type vi from '../vi-VN/menu';

const menu: Translation<typeof vi> = {
  home: 'Home',
  org: {
    tree: 'Party organisations',
  },
  member: {
    import: 'Import members',
    list: 'Party members',
    deadlines: 'Due and overdue',
    detail: 'Member record',
  },
  statistics: {
    movements: 'Member movements',
  },
  badge: {
    list: 'Party badges',
  },
  account: {
    me: 'My information',
    totp: 'Two-step verification',
  },
  admin: {
    audit: 'Access log',
    accounts: 'Accounts',
    holidays: 'Holiday calendar',
  },
  navigation: 'Main navigation',
};

export default menu;
