import { Tag } from 'antd';
import { codeLabel, useI18n } from '../i18n';

const COLORS: Record<string, string> = {
  OFFICIAL: 'green',
  PROBATIONARY: 'blue',
  EXEMPTED: 'orange',
  IN_TRANSIT: 'purple',
};

/** A membership status; the member card carries it as a plain code, the lists as an enum. */
export function MemberStatusTag({ status }: { status: string }) {
  const { t } = useI18n();
  return <Tag color={COLORS[status] ?? 'default'}>{codeLabel(t, 'member.status', status)}</Tag>;
}
