import { Flex, Spin } from 'antd';
import { useI18n } from '../i18n';

export function PageLoading({ fullScreen = false }: { fullScreen?: boolean }) {
  const { t } = useI18n();
  return (
    <Flex align="center" justify="center" style={{ minHeight: fullScreen ? '100vh' : 240 }}>
      <Spin size="large" description={t('common.states.loading')} />
    </Flex>
  );
}
