import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { AccessFlag } from '../access';
import { useI18n } from '../i18n';
import { useSession } from '../session';

/** Shows a 403 result instead of a page the user's roles do not open. */
export function AccessGuard({ flag, children }: { flag: AccessFlag; children: ReactNode }) {
  const { access } = useSession();
  const { t } = useI18n();
  if (access[flag]) return children;
  return (
    <Result
      status="403"
      title={t('common.error.forbiddenTitle')}
      subTitle={t('common.error.forbidden')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.actions.backHome')}</Button>
        </Link>
      }
    />
  );
}
