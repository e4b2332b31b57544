import type { Translation } from '../types';
import type vi from '../vi-VN/memberFile';

const memberFile: Translation<typeof vi> = {
  tab: 'File and documents',
  empty: 'The file holds no documents yet.',
  add: 'Add a document',
  kind: 'Kind of document',
  title: 'Title',
  file: 'File (PDF, JPEG, PNG; at most 10 MB)',
  choose: 'Choose a file',
  uploadedAt: 'Filed on',
  uploadedBy: 'Filed by',
  size: 'Size',
  open: 'Open',
  withdraw: 'Withdraw from the file',
  withdrawReason: 'Reason for the withdrawal',
  withdrawn: 'Withdrawn',
  withdrawnBy: 'Withdrawn by {who} on {when}: {reason}',
  saved: 'The document was added to the file.',
  removed: 'The document was withdrawn from the file.',
  required: 'Enter the kind, the title and the file.',
  kinds: {
    MEMBER_HISTORY: 'Member personal history',
    MEMBER_FORM: 'Member form (2-HSĐV)',
    ANNUAL_SUPPLEMENT: 'Annual supplement to the file',
    COURSE_CERTIFICATE: 'Course certificate on the Party (CN-NTVĐ)',
    APPLICATION: 'Application to join (1-KNĐ)',
    APPLICANT_HISTORY: "Applicant's personal history (2-KNĐ)",
    INTRODUCTION: 'Introduction letter (3-KNĐ)',
    CELL_RESOLUTION: "Cell's resolution proposing admission (6-KNĐ)",
    ADMISSION_DECISION: 'Admission decision (9-KNĐ)',
    PROBATION_SELF_REVIEW: 'Probationary self-review (10-KNĐ)',
    RECOGNITION_DECISION: 'Decision recognising official membership',
    TRANSFER_LETTER: 'Transfer introduction letter',
    OTHER: 'Other document',
  },
};

export default memberFile;
