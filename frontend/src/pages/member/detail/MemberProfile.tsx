import { UploadOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Descriptions, Flex, Typography, Upload } from 'antd';
import type { MemberView } from '../../../api/types';
import { MemberStatusTag } from '../../../components/MemberStatusTag';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { useUploadPhoto } from '../useMemberQueries';
import { changeValue, fieldLabel } from './values';

/** The groups of the Party's member form (REGULATIONS §2.2) and the record fields in each. */
const SECTIONS: { key: string; fields: string[] }[] = [
  {
    key: 'identity',
    fields: [
      'fullName',
      'birthName',
      'aliases',
      'sex',
      'birthDate',
      'ethnicity',
      'religion',
      'citizenId',
      'status',
    ],
  },
  { key: 'origin', fields: ['birthPlace', 'homeTown', 'permanentAddress', 'temporaryAddress'] },
  { key: 'education', fields: ['generalEducation', 'professionalLevel', 'academicTitle', 'theoryLevel'] },
  {
    key: 'party',
    fields: [
      'admittedOn',
      'admissionDecisionNumber',
      'admissionDecisionBody',
      'ceremonyDate',
      'ceremonyPlace',
      'officialOn',
      'officialPlace',
      'cardNumber',
      'historyNumber',
      'cell',
      'partyPosts',
    ],
  },
  { key: 'work', fields: ['occupation', 'workplace', 'phone', 'email'] },
];

function raw(member: MemberView, field: string): string | null {
  if (field === 'citizenId') return member.citizenIdMasked;
  if (field === 'cell') return member.cellName;
  return (member as unknown as Record<string, string | null>)[field] ?? null;
}

/** The whole record, read-only, with the photo (and its upload for editors). */
export function MemberProfile({ member, canEdit }: { member: MemberView; canEdit: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const upload = useUploadPhoto(member.id);
  const none = t('common.states.none');
  return (
    <Flex vertical gap={16}>
      <Flex gap={16} align="center" wrap>
        <Avatar
          shape="square"
          size={120}
          icon={<UserOutlined />}
          src={
            member.hasPhoto
              ? `/api/v1/members/${member.id}/photo?v=${member.version}-${upload.submittedAt}`
              : undefined
          }
          alt={member.hasPhoto ? member.fullName : t('member.profile.noPhoto')}
          data-testid="member-photo"
        />
        {canEdit ? (
          <Flex vertical gap={4}>
            <Upload
              accept="image/jpeg,image/png"
              showUploadList={false}
              beforeUpload={(file) => {
                upload.mutate(file, { onSuccess: () => message.success(t('member.profile.photoSaved')) });
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="member-photo-upload">
                {t('member.profile.uploadPhoto')}
              </Button>
            </Upload>
            <Typography.Text type="secondary">{t('member.profile.photoHint')}</Typography.Text>
          </Flex>
        ) : null}
      </Flex>
      {upload.isError ? <ProblemAlert error={upload.error} testId="member-photo-error" /> : null}
      {SECTIONS.map((section) => (
        <Descriptions
          key={section.key}
          title={t(`member.section.${section.key}` as never)}
          bordered
          size="small"
          column={{ xs: 1, sm: 1, md: 2 }}
          data-testid={`member-section-${section.key}`}
          items={section.fields.map((field) => ({
            key: field,
            label: fieldLabel(t, field),
            children:
              field === 'status' ? (
                <MemberStatusTag status={member.status} />
              ) : (
                changeValue(t, field, raw(member, field)) || none
              ),
          }))}
        />
      ))}
    </Flex>
  );
}
