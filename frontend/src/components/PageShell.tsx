import { Flex, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useI18n } from '../i18n';

interface Props {
  title: string;
  extra?: ReactNode;
  children: ReactNode;
}

/** A page: its heading (also the window title) and content. */
export function PageShell({ title, extra, children }: Props) {
  const { t } = useI18n();
  const appName = t('common.appName');
  useEffect(() => {
    document.title = `${title} · ${appName}`;
  }, [title, appName]);
  return (
    <div className="page">
      <Flex className="page-header" justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={1} className="page-title">
          {title}
        </Typography.Title>
        {extra ? <div className="page-extra">{extra}</div> : null}
      </Flex>
      {children}
    </div>
  );
}
