import { Tag } from 'antd';
import { useI18n } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { deadlineColor } from './denunciationTypes';

/** The handling deadline with the working days left, coloured red when overdue and orange when due soon. */
export function DeadlineTag({
  dueOn,
  workingDaysLeft,
}: {
  dueOn: string | null;
  workingDaysLeft: number | null;
}) {
  const { t } = useI18n();
  if (!dueOn) return <>—</>;
  const due = t('denunciation.deadline.due', { date: formatDate(dueOn) });
  if (workingDaysLeft == null) return <span>{due}</span>;
  const left =
    workingDaysLeft < 0
      ? t('denunciation.deadline.overdue', { days: -workingDaysLeft })
      : t('denunciation.deadline.left', { days: workingDaysLeft });
  return (
    <Tag color={deadlineColor(workingDaysLeft)} data-testid="denunciation-deadline">
      {due} · {left}
    </Tag>
  );
}
