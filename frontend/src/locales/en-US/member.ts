import type { Translation } from '../types';
import type vi from '../vi-VN/member';

const member: Translation<typeof vi> = {
  status: {
    PROBATIONARY: 'Probationary',
    OFFICIAL: 'Official',
    EXEMPTED: 'Exempted',
    IN_TRANSIT: 'Being transferred',
    REMOVED: 'Struck off',
    EXPELLED: 'Expelled',
    LEFT: 'Left the Party',
    DECEASED: 'Deceased',
  },
  field: {
    fullName: 'Full name',
    sex: 'Sex',
    birthDate: 'Date of birth',
    ethnicity: 'Ethnicity',
    status: 'Status',
    admittedOn: 'Admitted on',
    officialOn: 'Official since',
    cardNumber: 'Party card number',
    citizenId: 'Citizen ID',
    phone: 'Phone',
    cell: 'Party cell',
  },
  list: {
    title: 'Party members',
    search: 'Search by name or card number (diacritics optional)',
    searchLabel: 'Find a member',
    orgUnit: 'In organisation',
    allScope: 'Your whole scope',
    openRecord: 'Open the record of {name}',
  },
  detail: {
    title: 'Member record',
    back: 'Member list',
    audited: 'Viewing this record has been written to the access log.',
  },
};

export default member;
