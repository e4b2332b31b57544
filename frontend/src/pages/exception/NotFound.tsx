import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { PageShell } from '../../components/PageShell';
import { useI18n } from '../../i18n';

export default function NotFound() {
  const { t } = useI18n();
  return (
    <PageShell title={t('common.error.notFoundTitle')}>
      <Result
        status="404"
        title="404"
        subTitle={t('common.error.notFound')}
        extra={
          <Link to="/" data-testid="not-found-home">
            <Button type="primary">{t('common.actions.backHome')}</Button>
          </Link>
        }
      />
    </PageShell>
  );
}
