import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { computeAccess } from '../access';
import { ApiError } from '../api/http';
import { useI18n } from '../i18n';
import { useMe } from '../session';
import { PageLoading } from './PageLoading';
import { ProblemAlert } from './ProblemAlert';

export const TOTP_ENROLMENT_PATH = '/me/totp';

/**
 * Renders its children for a signed-in user only. Sends anyone else to the login page (and back here afterwards),
 * and keeps a staff account that still has to enrol TOTP on the enrolment page.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const location = useLocation();
  const me = useMe();
  if (me.isPending) return <PageLoading fullScreen />;
  if (me.isError) {
    if (me.error instanceof ApiError && me.error.status === 401) {
      const redirect = `${location.pathname}${location.search}${location.hash}`;
      return <Navigate to={`/login?redirect=${encodeURIComponent(redirect)}`} replace />;
    }
    return (
      <Result
        status="error"
        title={t('common.error.title')}
        extra={
          <>
            <ProblemAlert error={me.error} />
            <Button type="primary" onClick={() => me.refetch()} style={{ marginTop: 16 }}>
              {t('common.error.retry')}
            </Button>
          </>
        }
      />
    );
  }
  if (computeAccess(me.data).totpEnrolmentRequired && location.pathname !== TOTP_ENROLMENT_PATH) {
    return <Navigate to={TOTP_ENROLMENT_PATH} replace />;
  }
  return children;
}
