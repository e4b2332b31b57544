import type { Translation } from '../types';
import type vi from '../vi-VN/inspectionReport';

const en: Translation<typeof vi> = {
  title: 'Inspection summary report',
  intro:
    'The results of inspection, supervision and discipline of an inspection commission and the levels below it over a period, worded as Party reports are. Confidential: every view and download is logged.',
  filter: {
    unit: 'Inspection commission (party organisation)',
    period: 'Period',
  },
  pickUnit: 'Choose the party organisation to report on.',
  download: {
    pdf: 'Download PDF',
    xlsx: 'Download Excel',
    progress: 'Preparing the file…',
  },
  paragraphTitle: 'Summary',
  organisations: 'Party organisations',
  members: 'Party members',
  short: {
    organisations: 'org.',
    members: 'member',
  },
  measure: {
    inspected: 'Inspected',
    supervised: 'Supervised',
    signsOfViolation: 'Signs of violation',
    violationFound: 'Violation found',
    disciplined: 'Disciplined',
  },
  card: {
    inspected: 'Inspected',
    supervised: 'Supervised',
    signsOfViolation: 'Inspected on signs of violation',
    violationFound: 'Found in violation',
    share: 'Share: organisations {organisations}, members {members}',
    disciplined: 'Disciplined',
    appeals: 'Discipline appeals',
    appealsDetail: 'Decided {decided} · pending {pending}',
  },
  cardsHint: 'Figures read organisations / members; each subject is counted once.',
  chart: {
    figures: 'Organisations and members by measure',
    forms: 'Discipline decisions by form',
  },
  tableTitle: 'By unit',
  column: {
    unit: 'Committee, inspection commission',
  },
  total: 'Total',
  empty: 'No figures in the period.',
};

export default en;
