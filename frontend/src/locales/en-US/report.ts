import type { Translation } from '../types';
import type vi from '../vi-VN/report';

const report: Translation<typeof vi> = {
  title: 'Statistical reports',
  intro:
    'The basic statistical forms on Party members and organisations (modelled on forms 1–4-TCTW), for one Party organisation and those under it, on a reference date. The same parameters always give the same file.',
  filter: {
    kind: 'Form',
    orgUnit: 'Party organisation',
    date: 'Reference date',
    dateHint: 'Default: 31/12 once reached, else today.',
  },
  column: {
    no: 'No.',
  },
  download: {
    xlsx: 'Download Excel',
    pdf: 'Download PDF',
    members: 'Member list (Excel)',
    progress: 'Preparing the file…',
  },
  membersFile: 'Party members {date}.xlsx',
  loading: 'Gathering the figures…',
};

export default report;
