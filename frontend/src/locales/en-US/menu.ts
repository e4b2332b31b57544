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
  fee: {
    ledger: 'Party fees',
  },
  badge: {
    list: 'Party badges',
  },
  meeting: {
    list: 'Cell meetings',
    detail: 'Cell meeting',
    attendance: 'Attendance statistics',
  },
  document: {
    list: 'Documents',
    detail: 'Document',
    create: 'New document',
    edit: 'Edit document',
  },
  inspection: {
    cases: 'Inspection',
    detail: 'Inspection case',
    denunciations: 'Denunciations',
    denunciation: 'Denunciation',
    plans: 'Inspection plans',
    plan: 'Plan',
    summary: 'Summary report',
  },
  evaluation: {
    board: 'Evaluation and rating',
  },
  report: {
    list: 'Statistical reports',
  },
  statistics: {
    page: 'Statistics',
    movements: 'Member movements',
  },
  programme: {
    list: 'Work programmes',
    detail: 'Work programme',
  },
  conference: {
    list: 'Conferences',
    detail: 'Conference',
    programme: 'Term programme',
  },
  congress: {
    list: 'Congresses',
    detail: 'Congress',
  },
  grassroots: {
    page: 'Grassroots work',
  },
  election: {
    list: 'Elections',
    detail: 'Election',
    count: 'Ballot entry',
    results: 'Election results',
    vote: 'Electronic voting',
  },
  petition: {
    inbox: 'Petitions',
    detail: 'Petition',
  },
  feedback: {
    list: "Members' feedback",
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
