import { DeleteOutlined, EditOutlined, HistoryOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Tooltip } from 'antd';
import { ApiError } from '../../../api/http';
import { useI18n } from '../../../i18n';

/**
 * Edit and remove buttons of an indicator or task, for the staff of the issuing unit. Removal is offered only while
 * nothing is reported on the row and no adopting unit copied it (the server's rule); otherwise the button says why.
 */
export function ItemActions({
  testId,
  canRemove,
  onEdit,
  onRemove,
  removing,
}: {
  testId: string;
  canRemove: boolean;
  onEdit: () => void;
  onRemove: () => Promise<unknown>;
  removing: boolean;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const remove = () =>
    onRemove().then(
      () => message.success(t('programme.edit.removed')),
      (error: unknown) =>
        message.error(
          error instanceof ApiError && error.status === 409
            ? t('programme.edit.stale')
            : error instanceof ApiError
              ? error.text
              : String(error),
        ),
    );
  return (
    <>
      <Button
        size="small"
        icon={<EditOutlined />}
        onClick={onEdit}
        data-testid={`${testId}-edit`}
        aria-label={t('programme.edit.action')}
      />
      {canRemove ? (
        <Popconfirm
          title={t('programme.edit.removeConfirm')}
          okText={t('programme.edit.remove')}
          okButtonProps={{ danger: true, 'data-testid': `${testId}-remove-ok` } as never}
          onConfirm={remove}
        >
          <Button
            size="small"
            danger
            icon={<DeleteOutlined />}
            loading={removing}
            data-testid={`${testId}-remove`}
            aria-label={t('programme.edit.remove')}
          />
        </Popconfirm>
      ) : (
        <Tooltip title={t('programme.edit.cannotRemove')}>
          <Button
            size="small"
            icon={<DeleteOutlined />}
            disabled
            data-testid={`${testId}-remove`}
            aria-label={t('programme.edit.cannotRemove')}
          />
        </Tooltip>
      )}
    </>
  );
}

/**
 * The actions of a row of the indicator or task board: report (when the user may), the history, and for the issuing
 * unit's staff edit and remove. Test ids follow `{kind}-report-{seq}`, `{kind}-history-{seq}`, `{kind}-{seq}-edit`.
 */
export function RowActions({
  kind,
  seq,
  report,
  onHistory,
  edit,
}: {
  kind: 'indicator' | 'task';
  seq: number;
  report?: { label: string; onClick: () => void };
  onHistory: () => void;
  edit?: { canRemove: boolean; onEdit: () => void; onRemove: () => Promise<unknown>; removing: boolean };
}) {
  const { t } = useI18n();
  return (
    <Flex gap="small">
      {report ? (
        <Button size="small" type="primary" onClick={report.onClick} data-testid={`${kind}-report-${seq}`}>
          {report.label}
        </Button>
      ) : null}
      <Button
        size="small"
        icon={<HistoryOutlined />}
        onClick={onHistory}
        data-testid={`${kind}-history-${seq}`}
        aria-label={t('programme.indicator.history')}
      />
      {edit ? <ItemActions testId={`${kind}-${seq}`} {...edit} /> : null}
    </Flex>
  );
}
