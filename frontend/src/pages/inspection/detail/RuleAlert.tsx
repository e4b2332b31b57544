import { Alert, Typography } from 'antd';
import { ApiError } from '../../../api/http';
import { useI18n } from '../../../i18n';

/**
 * A refusal explained: the server's title and detail and the rule it names (regulation and article), so that the
 * user sees why the decision cannot be taken, not just that it failed.
 */
export function RuleAlert({ error, testId }: { error: unknown; testId: string }) {
  const { t } = useI18n();
  if (!(error instanceof ApiError)) return null;
  const rule = typeof error.extensions.rule === 'string' ? error.extensions.rule : undefined;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid={testId}
      title={error.title}
      description={
        <>
          {error.detail && error.detail !== error.title ? <div>{error.detail}</div> : null}
          {rule ? (
            <Typography.Text strong data-testid={`${testId}-rule`}>
              {t('inspection.discipline.rule', { rule })}
            </Typography.Text>
          ) : null}
        </>
      }
    />
  );
}
