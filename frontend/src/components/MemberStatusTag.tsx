import { Tag } from 'antd';
import { codeLabel, useI18n } from '../i18n';

/** Candidates grey (early) or cyan (in the admission procedure), members in colour, terminal statuses default. */
const COLORS: Record<string, string> = {
  OUTSTANDING_MASS: '#595959',
  SYMPATHISER: '#595959',
  VERIFYING: 'cyan',
  PROPOSED: 'cyan',
  ADMITTED: 'cyan',
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
