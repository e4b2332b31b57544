import { Alert, Button, Typography } from 'antd';
import { ApiError } from '../api/http';
import { useI18n } from '../i18n';

interface Props {
  error: unknown;
  onRetry?: () => void;
  testId?: string;
}

/** An API failure as the server explained it (localized title and detail), with its trace id for support. */
export function ProblemAlert({ error, onRetry, testId }: Props) {
  const { t } = useI18n();
  if (!error) return null;
  const problem = error instanceof ApiError ? error : undefined;
  const title = problem?.title ?? t('common.error.title');
  const detail = problem ? problem.detail : error instanceof Error ? error.message : undefined;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid={testId}
      title={title}
      description={
        detail || problem?.traceId ? (
          <>
            {detail && detail !== title ? <div>{detail}</div> : null}
            {problem?.traceId ? (
              <Typography.Text type="secondary" copyable={{ text: problem.traceId }}>
                {t('common.error.traceId', { traceId: problem.traceId })}
              </Typography.Text>
            ) : null}
          </>
        ) : undefined
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.error.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
