import { Descriptions, Grid } from 'antd';
import type { MemberCard, MemberView } from '../api/types';
import { codeLabel, useI18n } from '../i18n';
import { formatDate } from '../i18n/format';
import { ethnicityName } from '../pages/member/ethnicity';
import { MemberStatusTag } from './MemberStatusTag';

/** A member's card (the handbook summary) or full record, read-only. */
export function MemberDescriptions({
  member,
  columns,
}: {
  member: MemberCard | MemberView;
  columns?: number;
}) {
  const { t } = useI18n();
  const narrow = Grid.useBreakpoint().sm === false;
  const none = t('common.states.none');
  const items = [
    { key: 'fullName', label: t('member.field.fullName'), children: member.fullName },
    { key: 'sex', label: t('member.field.sex'), children: codeLabel(t, 'common.sex', member.sex) },
    { key: 'birthDate', label: t('member.field.birthDate'), children: formatDate(member.birthDate) },
    ...('ethnicity' in member
      ? [{ key: 'ethnicity', label: t('member.field.ethnicity'), children: ethnicityName(member.ethnicity) }]
      : []),
    { key: 'status', label: t('member.field.status'), children: <MemberStatusTag status={member.status} /> },
    {
      key: 'admittedOn',
      label: t('member.field.admittedOn'),
      children: formatDate(member.admittedOn) || none,
    },
    {
      key: 'officialOn',
      label: t('member.field.officialOn'),
      children: formatDate(member.officialOn) || none,
    },
    { key: 'cardNumber', label: t('member.field.cardNumber'), children: member.cardNumber || none },
    { key: 'citizenId', label: t('member.field.citizenId'), children: member.citizenIdMasked || none },
    { key: 'phone', label: t('member.field.phone'), children: member.phone || none },
    { key: 'cell', label: t('member.field.cell'), children: member.cellName },
  ];
  return (
    <Descriptions
      bordered
      size="small"
      column={columns ?? { xs: 1, sm: 1, md: 2 }}
      items={items}
      styles={{ label: { width: narrow ? 112 : 170 } }}
    />
  );
}
