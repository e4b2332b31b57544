import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useI18n } from '../i18n';

/** Switches between Vietnamese and English; the choice is remembered in this browser. */
export function LanguageSwitch({ compact = false, className }: { compact?: boolean; className?: string }) {
  const { language, setLanguage, t } = useI18n();
  const next = language === 'vi' ? 'en' : 'vi';
  return (
    <Button
      type="text"
      className={className}
      icon={<GlobalOutlined />}
      data-testid="lang-switch"
      aria-label={t('common.language.switchLabel')}
      lang={next}
      onClick={() => setLanguage(next)}
    >
      {compact ? next.toUpperCase() : t('common.language.switch')}
    </Button>
  );
}
